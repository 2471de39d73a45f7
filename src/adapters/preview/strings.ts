/**
 * Every user-facing string of the preview grid, in Thai and English (the grid follows the pane's language).
 * Placeholders are written {name}.
 */
import type { Severity } from "../../core/findings";

export type GridLang = "th" | "en";

const catalogue = {
  noPreview: { th: "ไม่มีสมุดงานตัวอย่าง", en: "No preview workbook" },
  sheets: { th: "แผ่นงาน", en: "Sheets" },
  tabsLeft: { th: "แผ่นงานทางซ้าย", en: "Sheets to the left" },
  tabsRight: { th: "แผ่นงานทางขวา", en: "Sheets to the right" },
  formulaBar: { th: "สูตรหรือค่าของเซลล์", en: "Cell formula or value" },
  nameBox: { th: "เซลล์ที่เลือก", en: "Selected cell" },
  grid: { th: "ตาราง", en: "Grid" },
  gridOf: { th: "ตาราง {sheet}", en: "Grid {sheet}" },
  cell: { th: "เซลล์ {sheet}!{cell}", en: "Cell {sheet}!{cell}" },
  choices: { th: "ตัวเลือกของ {cell} (Alt+↓)", en: "Choices for {cell} (Alt+Down)" },
  download: { th: "ดาวน์โหลด .xlsx", en: "Download .xlsx" },
  downloading: { th: "กำลังเตรียมไฟล์…", en: "Preparing the file…" },
  downloadHint: {
    th: "บันทึกสมุดงานตัวอย่างนี้ตามที่เป็นอยู่เป็นไฟล์ Excel (.xlsx) เพื่อเปิดใน Excel หรือตรวจด้วย budget-plan",
    en: "Save this preview workbook as it is now as an Excel file (.xlsx), to open in Excel or check with budget-plan",
  },
  downloadFailed: { th: "สร้างไฟล์ไม่สำเร็จ", en: "Could not make the file" },
  restored: {
    th: "กู้คืนสมุดงานจากก่อนโหลดหน้าใหม่แล้ว",
    en: "Workbook restored from before the page was reloaded",
  },
  restoredHint: {
    th: "สมุดงานตัวอย่างเก็บไว้ในแท็บนี้เท่านั้น: เปิดที่อยู่นี้ในแท็บใหม่เพื่อเริ่มจากสมุดงานเปล่า และดาวน์โหลด .xlsx เพื่อเก็บงานไว้",
    en: "The preview workbook is kept in this tab only: open this address in a new tab to start from an empty workbook, and download the .xlsx to keep your work",
  },
  "severity.error": { th: "ข้อผิดพลาด", en: "Error" },
  "severity.warning": { th: "คำเตือน", en: "Warning" },
  "severity.info": { th: "ข้อสังเกต", en: "Note" },
} as const satisfies Record<string, { th: string; en: string }>;

export type GridStringKey = keyof typeof catalogue;

export const GRID_STRINGS: Readonly<Record<GridStringKey, { th: string; en: string }>> = catalogue;

/** The grid's text for `key` in `lang`, with {placeholders} filled. */
export function gridText(lang: GridLang, key: GridStringKey, vars?: Record<string, string>): string {
  const text: string = catalogue[key][lang];
  return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole) : text;
}

export function severityText(lang: GridLang, severity: Severity): string {
  return gridText(lang, `severity.${severity}`);
}
