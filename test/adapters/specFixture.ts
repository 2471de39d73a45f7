import type { CellSpec, WorkbookSpec } from "../../src/workbook/types";

/**
 * A template shaped like the plan layout (a rates sheet and a budget sheet with `rows` line items, subtotal
 * formulas, a cross-sheet lookup, a list validation and a conditional format), independent of
 * src/workbook/layout.ts so the adapter tests do not depend on another slice's progress.
 */
export function budgetSpec(rows: number, names = { rates: "อัตรา", budget: "งบประมาณ" }): WorkbookSpec {
  const rates: CellSpec[] = [
    { address: "A1", value: "อัตราค่าใช้จ่าย", style: "title" },
    { address: "A3", value: "รายการ", style: "header" },
    { address: "B3", value: "เพดาน", style: "header" },
    { address: "A4", value: "ค่าอาหารกลางวัน", style: "label" },
    { address: "B4", value: 120, style: "inputMoney" },
    { address: "A5", value: "ค่าอาหารว่าง", style: "label" },
    { address: "B5", value: 35, style: "inputMoney" },
  ];
  const b = names.budget;
  const cells: CellSpec[] = [
    { address: "A1", value: "งบประมาณโครงการ", style: "title" },
    { address: "A3", value: "ที่", style: "header" },
    { address: "B3", value: "รายการ", style: "header" },
    { address: "C3", value: "หมวด", style: "header" },
    { address: "D3", value: "ราคาต่อหน่วย", style: "header" },
    { address: "E3", value: "คน", style: "header" },
    { address: "F3", value: "มื้อ/วัน", style: "header" },
    { address: "G3", value: "จำนวนเงิน", style: "header" },
    { address: "H3", value: "เพดาน", style: "header" },
  ];
  for (let i = 0; i < rows; i++) {
    const r = 4 + i;
    cells.push(
      { address: `A${r}`, value: i + 1, style: "inputNumber" },
      { address: `B${r}`, value: i % 2 ? "ค่าอาหารว่าง" : "ค่าอาหารกลางวัน", style: "input" },
      { address: `C${r}`, value: "ค่าใช้สอย", style: "input" },
      { address: `D${r}`, value: i % 2 ? 35 : 120, style: "inputMoney" },
      { address: `E${r}`, value: 50, style: "inputNumber" },
      { address: `F${r}`, value: 2, style: "inputNumber" },
      { address: `G${r}`, formula: `=D${r}*E${r}*F${r}`, style: "formulaMoney" },
      { address: `H${r}`, formula: `=IFERROR(VLOOKUP(B${r},'${names.rates}'!$A$4:$B$5,2,FALSE),"")`, style: "formulaMoney" },
    );
  }
  const last = 3 + rows;
  cells.push(
    { address: `F${last + 1}`, value: "รวม", style: "total" },
    { address: `G${last + 1}`, formula: `=SUM(G4:G${last})`, style: "totalMoney" },
    { address: `A${last + 3}`, value: "00123", style: "note" },
  );
  return {
    sheets: [
      { key: "rates", name: names.rates, cells: rates, columnWidths: { A: 30, B: 14 } },
      {
        key: "budget",
        name: b,
        cells,
        columnWidths: { A: 6, B: 40, G: 16 },
        merges: ["A1:H1"],
        validations: [{ range: `C4:C${last}`, source: ["ค่าตอบแทน", "ค่าใช้สอย", "ค่าวัสดุ"] }, { range: `B4:B${last}`, source: `='${names.rates}'!$A$4:$A$5` }],
        conditionalFormats: [{ range: `D4:D${last}`, formula: "=AND(ISNUMBER(H4),D4>H4)", fill: "#F8CBAD" }],
        freezeRows: 3,
        landscape: true,
        printTitleRows: "3:3",
        tabColor: "#2F5597",
      },
    ],
    charts: [{ sheet: b, title: "งบประมาณ", categoriesRange: `B4:B${last}`, valuesRange: `G4:G${last}`, anchor: "J3" }],
  };
}
