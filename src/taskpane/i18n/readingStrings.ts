/**
 * The texts of "What was read" (ReadingPanel), in Thai (the default) and English: a catalogue of its own so
 * that they load with the panel's chunk, not with the pane. Placeholders are written {name}.
 */
import { fill, type Lang, type Vars } from "./strings";

export const READING_STRINGS = {
  "title": { th: "ส่วนเสริมอ่านสมุดงานอย่างไร", en: "What was read" },
  "help": {
    th: "ตรวจว่าอ่านตารางของคุณถูกต้อง ถ้าคอลัมน์ใดอ่านผิด เลือกให้ถูกแล้วกดบันทึก การเลือกเก็บไว้ในสมุดงานนี้ (ในแผ่นงานที่ซ่อนไว้ของส่วนเสริม) การตรวจครั้งต่อไปใช้การเลือกนี้ด้วย ข้อมูลในแผ่นงานของคุณไม่ถูกแก้",
    en: "Check that your tables were read right. If a column was read wrong, choose what it holds and save: the choice is kept in this workbook (in a hidden sheet of the add-in), and later checks use it. Your own cells are not changed.",
  },
  "template": { th: "แผ่นงานเป็นแม่แบบของส่วนเสริม อ่านตามตำแหน่งของแม่แบบ", en: "The sheets are the add-in's template, read by its own layout" },
  "table.budget": { th: "ตารางงบประมาณ", en: "Budget table" },
  "table.activities": { th: "ตารางกิจกรรม", en: "Activities table" },
  "table.indicators": { th: "ตารางตัวชี้วัด", en: "Indicators table" },
  "table.targets": { th: "ตารางเป้าหมาย", en: "Targets table" },
  "table.rates": { th: "ตารางอัตรา", en: "Rates table" },
  "where": { th: "แผ่นงาน {sheet} · หัวตารางแถว {header} · รายการ {lines} แถว", en: "Sheet {sheet} · header row {header} · {lines} {lines|line row|line rows}" },
  "corrected": { th: "ใช้การอ่านคอลัมน์ที่บันทึกไว้", en: "Using the saved column reading" },
  "column": { th: "คอลัมน์", en: "Column" },
  "header": { th: "หัวตาราง", en: "Header" },
  "role": { th: "อ่านเป็น", en: "Read as" },
  "ignore": { th: "(ไม่ใช้)", en: "(not used)" },
  "save": { th: "บันทึกการอ่านคอลัมน์", en: "Save the column reading" },
  "noItem": { th: "ต้องมีคอลัมน์ รายการ และ จำนวนเงิน (หรือราคาต่อหน่วย) จึงบันทึกได้", en: "Choose an item column and an amount (or unit cost) column to save" },
  "rows": { th: "แถวที่ไม่ใช่รายการ", en: "Rows that are not lines" },
  "kind.heading": { th: "หัวข้อกิจกรรม", en: "activity heading" },
  "kind.classHead": { th: "หัวข้อหมวดรายจ่าย (ไม่ใช่กิจกรรม)", en: "expense-class heading (not an activity)" },
  "kind.subtotal": { th: "รวมย่อย", en: "subtotal" },
  "kind.total": { th: "รวมทั้งสิ้น", en: "grand total" },
  "kind.amountInWords": { th: "จำนวนเงินตัวอักษร (ไม่นับ)", en: "amount in words (not counted)" },
  "kind.note": { th: "หมายเหตุ (ไม่นับ)", en: "note (not counted)" },
  "kind.hidden": { th: "แถวที่ซ่อนไว้ (ไม่ได้อ่าน)", en: "hidden row (not read)" },
  "row": { th: "แถว {row}", en: "Row {row}" },
  "year": { th: "ปีงบประมาณ {year}: {how}", en: "Fiscal year {year}: {how}" },
  "year.field": { th: "จากช่องปีงบประมาณ", en: "from the fiscal-year field" },
  "year.title": { th: "จากชื่อเรื่อง", en: "from a title" },
  "year.period": { th: "จากระยะเวลาดำเนินการ", en: "from the period" },
  "year.months": { th: "จากเดือนของกิจกรรม", en: "from the activities' months" },
  "year.current": { th: "ไม่พบในสมุดงาน ใช้ปีงบประมาณปัจจุบัน", en: "not found in the workbook; the current fiscal year is assumed" },
  "sheetsNotRead": { th: "แผ่นงานที่ไม่ได้อ่าน: {names}", en: "Sheets not read: {names}" },
} as const satisfies Record<string, { th: string; en: string }>;

export type ReadingKey = keyof typeof READING_STRINGS;

/** A text of the panel in the pane's language, placeholders filled. */
export function rt(lang: Lang, key: ReadingKey, vars?: Vars): string {
  const text: string = READING_STRINGS[key][lang];
  return fill(text, vars);
}
