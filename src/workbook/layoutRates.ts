/** The rates sheet (อัตรา) of THE layout (see layout.ts): the rules in force; users may edit ceilings and add their own caps. */
import type { TableDef } from "./layoutTypes";
import { nonDefaultConditionLabels } from "./rateLabels";

export const RATES_TABLE: TableDef = {
  key: "rates",
  sheet: "rates",
  title: { th: "อัตราเพดานค่าใช้จ่ายที่ใช้ตรวจ", en: "Rate ceilings used for checks" },
  minRows: 20,
  spareRows: 10,
  columns: [
    { key: "id", header: { th: "รหัส", en: "Rule id" }, aliases: ["id"], width: 16, kind: "input", type: "text" },
    { key: "category", header: { th: "หมวดอัตรา", en: "Category" }, aliases: ["rate category"], width: 26, kind: "input", type: "text", required: true },
    { key: "label", header: { th: "รายการ", en: "Item" }, width: 34, kind: "input", type: "text" },
    { key: "unit", header: { th: "หน่วย", en: "Unit" }, width: 18, kind: "input", type: "text" },
    { key: "ceiling", header: { th: "เพดาน (บาท)", en: "Ceiling (baht)" }, aliases: ["เพดาน", "ceiling"], width: 12, kind: "input", type: "money", required: true },
    { key: "venue", header: { th: "สถานที่", en: "Venue" }, width: 15, kind: "input", type: "enum", choices: "venue" },
    { key: "trainingType", header: { th: "ประเภทการอบรม", en: "Training type" }, width: 12, kind: "input", type: "enum", choices: "trainingType" },
    { key: "staffLevel", header: { th: "ระดับตำแหน่ง", en: "Staff level" }, width: 16, kind: "input", type: "enum", choices: "staffLevel" },
    {
      key: "otherConditions",
      header: { th: "เงื่อนไขอื่น", en: "Other conditions" },
      aliases: ["เงื่อนไข", "conditions"],
      width: 16,
      kind: "input",
      type: "text",
    },
    { key: "effectiveFrom", header: { th: "มีผลตั้งแต่", en: "From" }, aliases: ["effective from"], width: 14, kind: "input", type: "date" },
    { key: "effectiveTo", header: { th: "ถึง", en: "To" }, aliases: ["effective to", "สิ้นสุด"], width: 14, kind: "input", type: "date" },
    { key: "source", header: { th: "ที่มา", en: "Source" }, aliases: ["แหล่งที่มา", "อ้างอิง"], width: 40, kind: "input", type: "text" },
    { key: "confidence", header: { th: "ความเชื่อมั่น", en: "Confidence" }, width: 12, kind: "input", type: "enum", choices: "confidence" },
    { key: "note", header: { th: "หมายเหตุ", en: "Note" }, width: 30, kind: "input", type: "text" },
    {
      key: "applies",
      header: { th: "ใช้กับโครงการนี้", en: "Applies" },
      width: 9,
      kind: "formula",
      type: "number",
      formula: (x) => {
        const r = x.row;
        const cond = (col: string, which: "venue" | "trainingType" | "staffLevel") =>
          `OR($${x.c(col)}${r}="",$${x.c(col)}${r}=${x.ratesCond(which)})`;
        // rows for a lower-ceiling condition (shared room, half day, …) are not the default a line gets
        const other = nonDefaultConditionLabels(x.lang).map((t) => `ISERROR(SEARCH("${t}",$${x.c("otherConditions")}${r}))`);
        return `=IF(AND(${cond("venue", "venue")},${cond("trainingType", "trainingType")},${cond("staffLevel", "staffLevel")},${other.join(",")}),1,0)`;
      },
    },
    {
      key: "fromCalc",
      header: { th: "เริ่ม (คำนวณ)", en: "From (calc)" },
      width: 9,
      kind: "formula",
      type: "number",
      formula: (x) => `=IF(ISNUMBER($${x.c("effectiveFrom")}${x.row}),$${x.c("effectiveFrom")}${x.row},0)`,
    },
    {
      key: "toCalc",
      header: { th: "ถึง (คำนวณ)", en: "To (calc)" },
      width: 9,
      kind: "formula",
      type: "number",
      formula: (x) => `=IF(ISNUMBER($${x.c("effectiveTo")}${x.row}),$${x.c("effectiveTo")}${x.row},2958465)`,
    },
  ],
};

/** Row 2 of the rates sheet: the conditions in force for this plan (venue, training type, staff level), drawn from the project sheet. */
export const RATES_COND_ROW = 2;

