/** Help texts of the budget-plan CLI, in Thai and English. */
import type { Lang } from "./report";

export const COMMANDS = ["new", "validate", "import", "consolidate", "fix", "inspect", "pdf"] as const;
export type CommandName = (typeof COMMANDS)[number];

const HELP: Record<"main" | Exclude<CommandName, "pdf">, Record<Lang, string>> = {
  main: {
    th: `budget-plan — เครื่องมือแผนปฏิบัติการโครงการ (แม่แบบ Excel และตรวจงบประมาณ)

วิธีใช้: budget-plan <คำสั่ง> [ตัวเลือก]

คำสั่ง:
  new <plan.xlsx>                  สร้างแม่แบบแผนโครงการ (--example ใส่ตัวอย่างโครงการจริง)
  validate <ไฟล์...>               ตรวจไฟล์ .xlsx หรือเอกสารโครงการ .docx / .txt
  import <doc.docx> -o <plan.xlsx> แปลงเอกสารโครงการ (Word หรือข้อความ) เป็นแม่แบบ Excel
  consolidate <ไฟล์...> -o <summary.xlsx>
                                   สรุปหลายโครงการในไฟล์เดียว (สำหรับผู้รวบรวมแผน)
  fix <plan.xlsx> -o <fixed.xlsx>  ใส่สูตรของแม่แบบกลับในช่องที่พิมพ์ตัวเลขทับ
  inspect <xlsx|docx|txt>          แสดงว่าอ่านอะไรจากไฟล์ (ตาราง คอลัมน์ แถว) และแก้การจับคู่คอลัมน์
  pdf <plan.xlsx> [-o plan.pdf]    พิมพ์แบบเสนอโครงการและแผ่นงานข้อมูลเป็น PDF (ต้องมี LibreOffice)

ตัวเลือกทั่วไป:
  --lang th|en   ภาษาของข้อความ (ค่าเริ่มต้น th)
  -h, --help     แสดงวิธีใช้ (budget-plan <คำสั่ง> --help สำหรับแต่ละคำสั่ง)
  --version      แสดงรุ่นโปรแกรม

รหัสออก: 0 = ไม่พบข้อผิดพลาด, 1 = พบข้อผิดพลาด, 2 = ใช้งานผิดหรือไฟล์ใช้ไม่ได้`,
    en: `budget-plan — annual project plans for Thai public-sector offices (Excel template and budget checks)

Usage: budget-plan <command> [options]

Commands:
  new <plan.xlsx>                  write a plan template (--example fills in a real sample project)
  validate <files...>              check .xlsx plans and Thai project documents (.docx, .txt)
  import <doc.docx> -o <plan.xlsx> turn a project document (Word or text) into a plan workbook
  consolidate <files...> -o <summary.xlsx>
                                   one summary workbook over many projects (for plan officers)
  fix <plan.xlsx> -o <fixed.xlsx>  put the template's formulas back where numbers were typed over them
  inspect <xlsx|docx|txt>          show what was read (tables, columns, rows) and correct a column mapping
  pdf <plan.xlsx> [-o plan.pdf]    print the proposal and the data sheets to PDF (needs LibreOffice)

Common options:
  --lang th|en   language of messages (default th)
  -h, --help     show help (budget-plan <command> --help for each command)
  --version      show the version

Exit codes: 0 = no errors, 1 = errors found, 2 = wrong usage or unusable input`,
  },
  new: {
    th: `วิธีใช้: budget-plan new <plan.xlsx> [--fiscal-year 2569] [--lang th|en] [--example] [--force]

สร้างไฟล์แม่แบบแผนโครงการ (ข้อมูลโครงการ กิจกรรม งบประมาณ สรุป ตัวชี้วัด อัตรา)
  --fiscal-year ปี   ปีงบประมาณ พ.ศ. (ค่าเริ่มต้น: ปีงบประมาณปัจจุบัน)
  --example          ใส่โครงการตัวอย่างจากเอกสารจริง ปี 2560 (รวมข้อผิดพลาดตามต้นฉบับ)
  --force            เขียนทับไฟล์ที่มีอยู่แล้ว
  --lang th|en       ภาษาของชื่อแผ่นงานและหัวตาราง

ตัวอย่าง:
  budget-plan new แผนโครงการ.xlsx --fiscal-year 2569
  budget-plan new ตัวอย่าง.xlsx --example`,
    en: `Usage: budget-plan new <plan.xlsx> [--fiscal-year 2569] [--lang th|en] [--example] [--force]

Write a plan template workbook (project, activities, budget, summary, indicators, rates).
  --fiscal-year YEAR   Buddhist-era fiscal year (default: the current fiscal year)
  --example            fill in the sample project from a real FY2560 document (its mistakes included)
  --force              overwrite an existing file
  --lang th|en         language of sheet names and headers

Examples:
  budget-plan new plan.xlsx --fiscal-year 2569 --lang en
  budget-plan new sample.xlsx --example`,
  },
  validate: {
    th: `วิธีใช้: budget-plan validate <ไฟล์...> [--format text|json | --json] [--lang th|en]

ตรวจแผนโครงการ: ไฟล์ .xlsx ของแม่แบบ เอกสาร Word ของโครงการ (.docx) หรือไฟล์ข้อความโครงการ (.txt)
ผลของเอกสาร Word บอกตำแหน่งเป็นย่อหน้าและแถวของตาราง (ย่อหน้า 12, ตาราง 2 แถว 3)
ตรวจยอดเงินแต่ละรายการ ยอดรวม วงเงินที่ได้รับจัดสรร อัตราเพดาน ช่วงเวลา ฯลฯ
  --format text|json   รูปแบบผลลัพธ์ (ค่าเริ่มต้น text)
  --json               เหมือน --format json

รหัสออก: 0 = ไม่พบข้อผิดพลาด, 1 = พบข้อผิดพลาด, 2 = มีไฟล์ที่ใช้ไม่ได้ (ยังตรวจไฟล์อื่นต่อ)

ตัวอย่าง:
  budget-plan validate แผน1.xlsx แผน2.xlsx
  budget-plan validate โครงการ.txt --format json`,
    en: `Usage: budget-plan validate <files...> [--format text|json | --json] [--lang th|en]

Check plans: template .xlsx files, Word project documents (.docx) or Thai project text files (.txt):
line amounts, totals, allocation, rate ceilings, schedule and more. Findings in a Word document name
their paragraph or table row (paragraph 12, table 2, row 3).
  --format text|json   output format (default text)
  --json               same as --format json

Exit codes: 0 = no errors, 1 = errors found, 2 = some input was unusable (the others are still checked)

Examples:
  budget-plan validate plan1.xlsx plan2.xlsx --lang en
  budget-plan validate project.txt --format json`,
  },
  import: {
    th: `วิธีใช้: budget-plan import <doc.docx|doc.txt> -o <plan.xlsx> [--lang th|en] [--force]

อ่านเอกสารโครงการ (ไฟล์ Word .docx หรือข้อความที่คัดลอกจาก Word/PDF) แล้วสร้างไฟล์แม่แบบ Excel
แสดงส่วนที่อ่านไม่ได้พร้อมเลขบรรทัด (หรือย่อหน้า/แถวของตารางในเอกสาร Word)
  -o, --output ไฟล์   ไฟล์ .xlsx ที่จะสร้าง
  --force             เขียนทับไฟล์ที่มีอยู่แล้ว

ตัวอย่าง:
  budget-plan import โครงการ.docx -o แผนโครงการ.xlsx`,
    en: `Usage: budget-plan import <doc.docx|doc.txt> -o <plan.xlsx> [--lang th|en] [--force]

Read a project document (a Word .docx, or text copied from Word/PDF) and write a plan workbook.
What could not be read is listed with its line number (its paragraph or table row in a Word document).
  -o, --output FILE   the .xlsx file to write
  --force             overwrite an existing file

Example:
  budget-plan import project.docx -o plan.xlsx --lang en`,
  },
  consolidate: {
    th: `วิธีใช้: budget-plan consolidate <ไฟล์...> -o <summary.xlsx> [--lang th|en] [--force]

รวมหลายโครงการเป็นตารางสรุปเดียว: หนึ่งแถวต่อหนึ่งโครงการ (ไฟล์ ชื่อ ผู้รับผิดชอบ งบจัดสรร
งบตามแผน แยกตามหมวดรายจ่าย แยกตามไตรมาส จำนวนข้อผิดพลาด/คำเตือน) และแถวรวม (สูตร SUM)
  -o, --output ไฟล์   ไฟล์สรุป .xlsx
  --force             เขียนทับไฟล์ที่มีอยู่แล้ว

ตัวอย่าง:
  budget-plan consolidate แผน/*.xlsx -o สรุปแผนปฏิบัติการ.xlsx`,
    en: `Usage: budget-plan consolidate <files...> -o <summary.xlsx> [--lang th|en] [--force]

One summary over many projects: a row per project (file, name, owner, allocation, planned,
per expense class, per quarter, error and warning counts) and a totals row (SUM formulas).
  -o, --output FILE   the summary .xlsx
  --force             overwrite an existing file

Example:
  budget-plan consolidate plans/*.xlsx -o summary.xlsx --lang en`,
  },
  inspect: {
    th: `วิธีใช้: budget-plan inspect <plan.xlsx|doc.docx|doc.txt> [--format text|json | --json] [--columns บทบาท=คอลัมน์,... [--sheet ชื่อ] [--header-row แถว] -o <out.xlsx>]

แสดงว่าอ่านอะไรจากไฟล์: แผ่นงานและแถวของแต่ละตาราง คอลัมน์ที่ใช้เป็นรายการ ราคาต่อหน่วย จำนวน ครั้ง
จำนวนเงิน กิจกรรม เดือน แถวที่เป็นหัวข้อกิจกรรม รวมย่อย รวมทั้งสิ้น และคอลัมน์/แผ่นงานที่ไม่ได้ใช้พร้อมเหตุผล
ปีงบประมาณมาจากไหน; เอกสาร Word (.docx): รายการ กิจกรรม ยอดรวม และแถวตารางที่อ่านได้ พร้อมย่อหน้า/แถว
  --format text|json   รูปแบบผลลัพธ์ (ค่าเริ่มต้น text); --json เหมือน --format json
  --columns       แก้การจับคู่: เช่น unitCost=E,quantity=D,times=F (none = ไม่มีคอลัมน์นี้)
                  บทบาท: item unitCost quantity times days amount activityId month quantityUnit note
                  (quantity อ่านช่องแบบ "30 คน x 2 วัน" เป็นตัวคูณได้; days = ตัวคูณที่สาม เช่น จำนวนวัน)
  --sheet         แผ่นงานของตารางงบประมาณ (ค่าเริ่มต้น: ที่อ่านได้)
  --header-row    แถวหัวตาราง
  -o              เขียนสำเนาที่เก็บการจับคู่ไว้ในแผ่นงานซ่อน ${"_budgetplan_mapping"} (การตรวจครั้งต่อไปใช้ค่านี้)

ตัวอย่าง:
  budget-plan inspect แผนงบ.xlsx
  budget-plan inspect แผนงบ.xlsx --columns unitCost=E,quantity=D -o แผนงบ-แก้.xlsx`,
    en: `Usage: budget-plan inspect <plan.xlsx|doc.docx|doc.txt> [--format text|json | --json] [--columns role=COLUMN,... [--sheet NAME] [--header-row N] -o <out.xlsx>]

Show what was read: the sheet and rows of each table, which column was taken as item, unit cost,
quantity, times, amount, activity and month, which rows were activity headings, subtotals and totals,
which columns and sheets were left out and why, and where the fiscal year came from; for a Word
document (.docx): the lines, activities, totals and table rows read, each with its paragraph or row.
  --format text|json   output format (default text); --json is the same as --format json
  --columns       correct the mapping, e.g. unitCost=E,quantity=D,times=F (none: no such column)
                  roles: item unitCost quantity times days amount activityId month quantityUnit note
                  (quantity reads cells such as "30 persons x 2 days" as factors; days = a third factor column)
  --sheet         the budget table's sheet (default: the one read)
  --header-row    the header row
  -o              write a copy that keeps the choice in the hidden sheet ${"_budgetplan_mapping"} (later checks use it)

Examples:
  budget-plan inspect budget.xlsx --lang en
  budget-plan inspect budget.xlsx --columns unitCost=E,quantity=D -o budget-fixed.xlsx`,
  },
  fix: {
    th: `วิธีใช้: budget-plan fix <plan.xlsx> -o <fixed.xlsx> [--lang th|en] [--force]

ใส่สูตรของแม่แบบกลับในช่องที่ถูกพิมพ์ตัวเลขทับ (เช่น จำนวนเงิน = ราคาต่อหน่วย × จำนวน × ครั้ง)
แสดงทุกช่องที่แก้ ไม่เขียนทับไฟล์ต้นฉบับเด็ดขาด
  -o, --output ไฟล์   ไฟล์ใหม่ที่แก้แล้ว (ต้องไม่ใช่ไฟล์ต้นฉบับ)
  --force             เขียนทับไฟล์ผลลัพธ์ที่มีอยู่แล้ว

ตัวอย่าง:
  budget-plan fix แผน.xlsx -o แผน-แก้แล้ว.xlsx`,
    en: `Usage: budget-plan fix <plan.xlsx> -o <fixed.xlsx> [--lang th|en] [--force]

Put the template's formulas back where numbers were typed over them (e.g. amount = unit cost ×
quantity × times) and list every change. The input file is never overwritten.
  -o, --output FILE   the new, fixed file (must differ from the input)
  --force             overwrite an existing output file

Example:
  budget-plan fix plan.xlsx -o plan-fixed.xlsx --lang en`,
  },
};

const PDF_HELP: Record<Lang, string> = {
  th: `วิธีใช้: budget-plan pdf <plan.xlsx> [-o plan.pdf] [--proposal] [--with-rates] [--force] [--lang th|en]

พิมพ์แผนเป็น PDF ขนาด A4 ด้วย LibreOffice (ต้องติดตั้ง LibreOffice): แบบเสนอโครงการก่อน แล้วตามด้วยแผ่นงานข้อมูล
ตามพื้นที่พิมพ์ (ไม่พิมพ์บรรทัดคำแนะนำและคอลัมน์ตรวจ) ไม่แก้ไฟล์ต้นฉบับ
  -o, --output ไฟล์   ไฟล์ PDF (ค่าเริ่มต้น: ชื่อเดียวกับไฟล์แผน .pdf)
  --proposal          พิมพ์เฉพาะแบบเสนอโครงการ
  --with-rates        พิมพ์แผ่นงานอัตราด้วย (ปกติไม่พิมพ์)
  --force             เขียนทับไฟล์ PDF ที่มีอยู่แล้ว

รหัสออก: 0 = สำเร็จ, 2 = ไม่มี LibreOffice หรือไฟล์ใช้ไม่ได้

ตัวอย่าง:
  budget-plan pdf แผน.xlsx -o แผน.pdf`,
  en: `Usage: budget-plan pdf <plan.xlsx> [-o plan.pdf] [--proposal] [--with-rates] [--force] [--lang th|en]

Print a plan to an A4 PDF through LibreOffice (it must be installed): the proposal first, then the data
sheets as their print areas say (no instruction lines, no checker columns). The input is never changed.
  -o, --output FILE   the PDF (default: the plan's name with .pdf)
  --proposal          the proposal sheet only
  --with-rates        print the rates sheet too (left out by default)
  --force             overwrite an existing PDF

Exit codes: 0 = written, 2 = LibreOffice missing or the file unusable

Example:
  budget-plan pdf plan.xlsx -o plan.pdf --lang en`,
};

export function helpText(cmd: "main" | CommandName, lang: Lang): string {
  if (cmd === "pdf") return PDF_HELP[lang];
  return HELP[cmd][lang];
}
