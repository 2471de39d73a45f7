/** Typed errors for unusable input files, with messages in Thai and English that name the file. */

export type XlsxErrorCode = "missing" | "empty" | "not-zip" | "word-document" | "encrypted" | "legacy-xls" | "corrupt" | "unreadable";

export class XlsxReadError extends Error {
  readonly code: XlsxErrorCode;
  readonly file: string;
  readonly messages: { th: string; en: string };

  constructor(code: XlsxErrorCode, file: string, detail?: string) {
    const messages = describe(code, file, detail);
    super(messages.en);
    this.name = "XlsxReadError";
    this.code = code;
    this.file = file;
    this.messages = messages;
  }
}

function describe(code: XlsxErrorCode, file: string, detail?: string): { th: string; en: string } {
  const extra = detail ? ` (${detail})` : "";
  switch (code) {
    case "missing":
      return { th: `ไม่พบไฟล์ ${file}`, en: `File not found: ${file}` };
    case "empty":
      return { th: `ไฟล์ ${file} ว่างเปล่า (ขนาด 0 ไบต์)`, en: `File ${file} is empty (0 bytes)` };
    case "not-zip":
      return {
        th: `ไฟล์ ${file} ไม่ใช่ไฟล์ Excel (.xlsx) — เปิดใน Excel แล้วบันทึกเป็น .xlsx ใหม่`,
        en: `File ${file} is not an Excel workbook (.xlsx); open it in Excel and save it as .xlsx`,
      };
    case "word-document":
      return {
        th: `ไฟล์ ${file} เป็นเอกสาร Word/Office อื่น ไม่ใช่ไฟล์ Excel — บันทึกเอกสารเป็นข้อความ (.txt) แล้วใช้ budget-plan import หรือ validate กับไฟล์ .txt`,
        en: `File ${file} is a Word (or other Office) document, not an Excel workbook; save it as text (.txt) and use budget-plan import, or validate the .txt`,
      };
    case "encrypted":
      return {
        th: `ไฟล์ ${file} ตั้งรหัสผ่านไว้ — เอารหัสผ่านออกแล้วลองใหม่`,
        en: `File ${file} is password-protected; remove the password and try again`,
      };
    case "legacy-xls":
      return {
        th: `ไฟล์ ${file} เป็นรูปแบบ Excel 97-2003 (.xls) — บันทึกเป็น .xlsx แล้วลองใหม่`,
        en: `File ${file} is in the old Excel 97-2003 format (.xls); save it as .xlsx and try again`,
      };
    case "corrupt":
      return { th: `ไฟล์ ${file} เสียหายหรืออ่านไม่ได้${extra}`, en: `File ${file} is damaged or unreadable${extra}` };
    case "unreadable":
      return { th: `เปิดไฟล์ ${file} ไม่ได้${extra}`, en: `Cannot open ${file}${extra}` };
  }
}
