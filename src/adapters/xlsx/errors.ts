/** Typed errors for unusable input files, with messages in Thai and English that name the file. */

export type XlsxErrorCode =
  | "missing"
  | "empty"
  | "not-zip"
  | "word-document"
  | "opendocument"
  | "encrypted"
  | "legacy-xls"
  | "legacy-doc"
  | "not-docx"
  | "corrupt"
  | "unreadable"
  | "directory"
  | "too-large"
  | "too-many-cells";

/** Extra detail: one text for both languages (file names, codes) or one per language. */
export type Detail = string | { th: string; en: string };

export class XlsxReadError extends Error {
  readonly code: XlsxErrorCode;
  readonly file: string;
  readonly messages: { th: string; en: string };

  constructor(code: XlsxErrorCode, file: string, detail?: Detail) {
    const messages = describe(code, file, detail);
    super(messages.en);
    this.name = "XlsxReadError";
    this.code = code;
    this.file = file;
    this.messages = messages;
  }
}

function describe(code: XlsxErrorCode, file: string, detail?: Detail): { th: string; en: string } {
  const d = detail === undefined ? undefined : typeof detail === "string" ? { th: detail, en: detail } : detail;
  const extra = { th: d ? ` (${d.th})` : "", en: d ? ` (${d.en})` : "" };
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
        th: `ไฟล์ ${file} เป็นเอกสาร Word/Office อื่น ไม่ใช่ไฟล์ Excel — เอกสารโครงการ Word (.docx) ใช้กับ budget-plan import หรือ validate ได้โดยตรง`,
        en: `File ${file} is a Word (or other Office) document, not an Excel workbook; a Word project document (.docx) can be given to budget-plan validate or import as it is`,
      };
    case "legacy-doc":
      return {
        th: `ไฟล์ ${file} เป็นเอกสาร Word 97-2003 (.doc) — เปิดใน Word แล้วบันทึกเป็น .docx แล้วลองใหม่`,
        en: `File ${file} is an old Word 97-2003 document (.doc); open it in Word, save it as .docx and try again`,
      };
    case "not-docx":
      return {
        th: `ไฟล์ ${file} ไม่ใช่เอกสาร Word (.docx)${extra.th} — เปิดใน Word แล้วบันทึกเป็น .docx ใหม่`,
        en: `File ${file} is not a Word document (.docx)${extra.en}; open it in Word and save it as .docx again`,
      };
    case "opendocument":
      return {
        th: `ไฟล์ ${file} เป็นไฟล์ OpenDocument (LibreOffice/OpenOffice .ods) — เปิดแล้วบันทึกเป็น .xlsx (Excel 2007-365) แล้วลองใหม่`,
        en: `File ${file} is an OpenDocument spreadsheet (.ods); save it as .xlsx (Excel 2007-365) and try again`,
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
      return { th: `ไฟล์ ${file} เสียหายหรืออ่านไม่ได้${extra.th}`, en: `File ${file} is damaged or unreadable${extra.en}` };
    case "unreadable":
      return { th: `เปิดไฟล์ ${file} ไม่ได้${extra.th}`, en: `Cannot open ${file}${extra.en}` };
    case "directory":
      return { th: `${file} เป็นโฟลเดอร์ ไม่ใช่ไฟล์`, en: `${file} is a folder, not a file` };
    case "too-large":
      return {
        th: `ไฟล์ ${file} ใหญ่เกินไปเมื่อแตกไฟล์ออก${extra.th} — แผนโครงการปกติเล็กกว่านี้มาก ไฟล์อาจเสียหายหรือถูกสร้างมาเพื่อโจมตี จึงไม่อ่าน`,
        en: `File ${file} is too large when unpacked${extra.en}; a plan file is far smaller, so the file may be broken or hostile and was not read`,
      };
    case "too-many-cells":
      return {
        th: `ไฟล์ ${file} มีข้อมูลมากเกินไป${extra.th} — แผนโครงการมีไม่กี่พันช่อง ลบช่องที่ไม่ใช้หรือย้ายข้อมูลไปไว้ในไฟล์อื่น`,
        en: `File ${file} holds too many cells${extra.en}; a plan has a few thousand: delete the unused cells or move the data to another workbook`,
      };
  }
}
