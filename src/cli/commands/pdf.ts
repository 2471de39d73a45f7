/**
 * budget-plan pdf <plan.xlsx> [-o plan.pdf]: the PDF a district office can file, through LibreOffice
 * headless (own profile). The printable proposal (แบบเสนอโครงการ) comes first, then the data sheets as
 * their print areas say; the rates sheet is left out unless --with-rates (--proposal: the proposal only).
 * Where TH SarabunPSK is not installed, the copy prints with Laksaman at its metrics (../fonts.ts).
 * Exit 2 with a plain message when LibreOffice is not installed.
 */
import { promises as fs } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { parseArgs, UsageError } from "../args";
import { refusesOverwrite, samePath, writeSafely, type Context } from "../io";
import { failureMessage } from "../load";
import { convertToPdf, findSoffice } from "../soffice";
import { sarabunStandIn } from "../fonts";
import { FONT } from "../../workbook/layoutStyles";
import { readInputBytes } from "../../adapters/xlsx/read";
import { printCopy, sheetNamesOf } from "../../adapters/xlsx/printCopy";
import { PRINT_SHEET_NAMES, SHEET_NAMES, isPrintSheet } from "../../workbook/i18n";
import JSZip from "jszip";

const NO_LIBREOFFICE = {
  th: "ไม่พบ LibreOffice ในเครื่องนี้ จึงสร้าง PDF ไม่ได้ — ติดตั้ง LibreOffice (https://www.libreoffice.org หรือ apt-get install libreoffice-calc-nogui) หรือบอกที่อยู่ด้วยตัวแปร SOFFICE_PATH; หรือเปิดไฟล์ใน Excel แล้วสั่งพิมพ์แผ่นงานแบบเสนอโครงการ",
  en: "LibreOffice is not installed here, so no PDF can be made: install LibreOffice (https://www.libreoffice.org, or apt-get install libreoffice-calc-nogui) or point SOFFICE_PATH at soffice; or open the file in Excel and print the proposal sheet",
};

export async function pdfCommand(argv: string[], ctx: Context): Promise<number> {
  const args = parseArgs(argv, [
    { name: "output", short: "o", value: true },
    { name: "force", value: false },
    { name: "with-rates", value: false },
    { name: "proposal", value: false },
  ]);
  if (args.positional.length !== 1) throw new UsageError("ต้องระบุไฟล์แผน .xlsx หนึ่งไฟล์", "Give one plan workbook (.xlsx)");
  const input = args.positional[0];
  if (!/\.xlsx$/i.test(input)) throw new UsageError(`ไฟล์ต้องเป็น .xlsx: ${input}`, `The input must be an .xlsx file: ${input}`);
  const out = (args.options.output as string | undefined) ?? input.replace(/\.xlsx$/i, ".pdf");
  if (!/\.pdf$/i.test(out)) throw new UsageError(`ไฟล์ผลลัพธ์ต้องลงท้ายด้วย .pdf: ${out}`, `The output must end in .pdf: ${out}`);
  if (samePath(input, out)) throw new UsageError("ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์ต้นฉบับ", "The output must not be the input file");

  const soffice = findSoffice();
  if (!soffice) {
    ctx.io.err(`budget-plan pdf: ${NO_LIBREOFFICE[ctx.lang]}`);
    return 2;
  }
  let buf: Buffer;
  let names: string[];
  try {
    buf = await readInputBytes(input, input);
    const zip = await JSZip.loadAsync(buf);
    names = sheetNamesOf((await zip.file("xl/workbook.xml")?.async("string")) ?? "");
    if (!names.length) throw new Error("no sheets");
  } catch (e) {
    ctx.io.err(`budget-plan: ${failureMessage(e, input).messages[ctx.lang]}`);
    return 2;
  }
  if (await refusesOverwrite(ctx, out, args.options.force)) return 2;

  const proposal = names.filter((n) => isPrintSheet(n));
  const rates = names.filter((n) => n === SHEET_NAMES.th.rates || n === SHEET_NAMES.en.rates);
  const hide = args.options.proposal ? names.filter((n) => !proposal.includes(n)) : args.options["with-rates"] ? [] : rates;
  if (args.options.proposal && !proposal.length) {
    ctx.io.err(
      ctx.lang === "th"
        ? `budget-plan pdf: ไม่มีแผ่นงาน "${PRINT_SHEET_NAMES.th}" ใน ${input} (สมุดงานจากแม่แบบรุ่นก่อน) — ใช้ budget-plan fix เพื่อเพิ่ม`
        : `budget-plan pdf: ${input} has no ${PRINT_SHEET_NAMES.en} sheet (made by an older template); budget-plan fix adds it`,
    );
    return 2;
  }
  // TH SarabunPSK missing here: printed with Laksaman at TH Sarabun's metrics, so pages break as in Excel
  const fontStandIn = sarabunStandIn();
  const copy = await printCopy(buf, { first: proposal, hide, fontStandIn });
  const tmp = await fs.mkdtemp(join(tmpdir(), "budget-plan-print-"));
  const copyPath = join(tmp, basename(input));
  let dir: string | undefined;
  try {
    await fs.writeFile(copyPath, copy.buffer);
    let pdf: string;
    try {
      ({ pdf, dir } = await convertToPdf(soffice, copyPath));
    } catch (e) {
      ctx.io.err(
        ctx.lang === "th"
          ? `budget-plan pdf: LibreOffice แปลงไฟล์ไม่สำเร็จ: ${(e as Error).message.split("\n")[0]}`
          : `budget-plan pdf: LibreOffice could not convert the file: ${(e as Error).message.split("\n")[0]}`,
      );
      return 2;
    }
    const bytes = await fs.readFile(pdf);
    if (!(await writeSafely(ctx, out, async () => bytes))) return 2;
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  }
  // what printed and what not (the sheets left out, and those hidden in the workbook)
  const printed = copy.sheets.filter((n) => !copy.hidden.includes(n));
  const leftOut = copy.sheets.filter((n) => copy.hidden.includes(n));
  ctx.io.out(
    ctx.lang === "th"
      ? `เขียน ${out} แล้ว (แผ่นงานที่พิมพ์: ${printed.join(", ")}${leftOut.length ? `; ไม่พิมพ์: ${leftOut.join(", ")}` : ""})`
      : `Wrote ${out} (sheets printed: ${printed.join(", ")}${leftOut.length ? `; left out: ${leftOut.join(", ")}` : ""})`,
  );
  if (fontStandIn)
    ctx.io.out(
      ctx.lang === "th"
        ? `  เครื่องนี้ไม่มีฟอนต์ ${FONT} จึงพิมพ์ด้วย ${fontStandIn.family} (ฟอนต์จาก TH Sarabun ของ TLWG) ในขนาดที่เท่ากัน`
        : `  ${FONT} is not installed here, so the PDF uses ${fontStandIn.family} (TLWG's font made from TH Sarabun) at the matching size`,
    );
  return 0;
}
