/**
 * The budget sheet (lines as written, each with its computed amount; both sums in the total row) and
 * the summary sheet (by activity, expense class and quarter, allocation against plan: computed sums).
 */
import type { BudgetLine, Plan } from "../core/model";
import { satangToBaht } from "../core/money";
import { fiscalMonthLabels } from "./monthText";
import { lineAmount } from "../core/budget";
import { classifyItem } from "../core/rates/classifier";
import { sheetRateCategory } from "../core/rates/lineCategory";
import { absCell, absColRange, colLetter } from "./a1";
import {
  EXPENSE_CLASS_CHOICES,
  choiceLabel,
} from "./i18n";
import {
  BUDGET_TABLE,
  FORMULA_TEXT,
  projectFieldRow,
} from "./layout";
import { categoryLabel } from "./rateLabels";
import type { CellScalar, SheetSpec, StyleName, WorkbookSpec } from "./types";
import {
  BUDGET_LEGEND,
  columnWidths,
  headerRow,
  idValue,
  money,
  month,
  tableRow,
  titleRows,
  totalRow,
  SheetBuilder,
  type Layout,
} from "./templateParts";

/** The amount cell of a line: the formula when the stated amount is the computed one (or absent), else the stated number as written. */
export function amountCell(line: BudgetLine): CellScalar | { formula: string } | undefined {
  if (line.unitCost === null) return money(line.statedAmount);
  if (line.statedAmount === null) return undefined;
  const computed = lineAmount(line);
  if (computed !== null && computed === line.statedAmount && !line.invalid?.statedAmount) return undefined;
  return money(line.statedAmount);
}

export function factor(line: BudgetLine, key: "unitCost" | "quantity" | "times"): CellScalar {
  const inv = line.invalid?.[key];
  if (inv !== undefined) return inv;
  if (key === "unitCost") return line.unitCost === null ? null : satangToBaht(line.unitCost);
  return line[key];
}

export function budgetSheet(plan: Plan, L: Layout): SheetSpec {
  const { lang, names } = L;
  const t = L.budget;
  const b = new SheetBuilder({
    key: "budget",
    name: names.budget,
    cells: [],
    columnWidths: columnWidths(BUDGET_TABLE),
    freezeRows: t.headerRow,
    landscape: true,
    printTitleRows: `${t.headerRow}:${t.headerRow}`,
    tabColor: "#C55A11",
  });
  titleRows(b, BUDGET_TABLE.title, lang, {
    value:
      lang === "th"
        ? "จำนวนเงิน = อัตรา × จำนวน × ครั้ง (ปล่อยช่องว่างได้ถ้าไม่มี) · รายการเหมาจ่าย: เว้นอัตราแล้วพิมพ์จำนวนเงิน · แทรกแถวเหนือแถวรวม"
        : "Amount = unit cost × quantity × times (blank factors count as 1) · lump sums: leave the unit cost blank and type the amount · insert rows above the total row",
  });
  b.set(3, 1, { value: BUDGET_LEGEND[lang], style: "note" });
  headerRow(b, BUDGET_TABLE, t, lang);
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const line = plan.budgetLines[r - t.firstRow];
    if (!line) {
      tableRow(b, L, BUDGET_TABLE, t, r, {});
      continue;
    }
    const guess = classifyItem(line.item);
    const amount = amountCell(line);
    tableRow(b, L, BUDGET_TABLE, t, r, {
      activityId: line.activityId ? idValue(line.activityId) : null,
      item: line.item,
      expenseClass: choiceLabel(EXPENSE_CLASS_CHOICES, line.expenseClass ?? guess?.expenseClass, lang) || null,
      rateCategory: categoryLabel(sheetRateCategory(line, plan), lang) || null,
      unitCost: factor(line, "unitCost"),
      quantity: factor(line, "quantity"),
      quantityUnit: line.quantityUnit ?? null,
      times: factor(line, "times"),
      timesUnit: line.timesUnit ?? null,
      ...(amount !== undefined ? { amount: line.invalid?.statedAmount ?? amount } : {}),
      ...(line.month ? { month: month(line.month) } : {}),
      note: line.note ?? null,
    });
  }
  totalRow(b, L, BUDGET_TABLE, t);
  // both sums in the total row: the amounts as written (J) and as computed; the check column says when they differ
  const amtCol = colLetter(t.cols.amount);
  const cmpCol = colLetter(t.cols.computed);
  const tr = t.totalRow!;
  b.set(tr, t.cols.status, {
    formula: `=IF(ROUND(${amtCol}${tr}-${cmpCol}${tr},2)=0,"",${JSON.stringify(lang === "th" ? "ตามที่เขียน ≠ ตามการคำนวณ" : "as written ≠ as computed")})`,
    style: "total",
  });
  const spec = b.done();
  const col = (k: string) => colLetter(t.cols[k]);
  const st = col("status");
  // printed: the table without the instruction lines and the checker's columns (ceiling, check, computed)
  spec.printArea = `A${t.headerRow}:${col("month")}${tr}`;
  spec.conditionalFormats = [
    { range: `${st}${t.firstRow}:${st}${t.lastRow}`, formula: `=$${st}${t.firstRow}="${FORMULA_TEXT.overCeiling[lang]}"`, fill: "#F8CBAD", fontColor: "#9C0006" },
    { range: `${st}${t.firstRow}:${st}${t.lastRow}`, formula: `=$${st}${t.firstRow}="${FORMULA_TEXT.typedAmount[lang]}"`, fill: "#FFE699" },
    // a line whose amount as written differs from its computed amount, and the two totals when they differ
    {
      range: `${amtCol}${t.firstRow}:${amtCol}${t.lastRow}`,
      formula: `=ROUND(N($${amtCol}${t.firstRow})-N($${cmpCol}${t.firstRow}),2)<>0`,
      fill: "#F8CBAD",
      fontColor: "#9C0006",
    },
    ...[amtCol, cmpCol].map((c) => ({
      range: `${c}${tr}`,
      formula: `=ROUND(N($${amtCol}$${tr})-N($${cmpCol}$${tr}),2)<>0`,
      fill: "#F8CBAD",
      fontColor: "#9C0006",
    })),
  ];
  spec.validations = [
    { range: `${col("expenseClass")}${t.firstRow}:${col("expenseClass")}${t.lastRow + 50}`, source: EXPENSE_CLASS_CHOICES.map((c) => c[lang]) },
    {
      range: `${col("rateCategory")}${t.firstRow}:${col("rateCategory")}${t.lastRow + 50}`,
      source: `=${absColRange(L.rates.sheet, L.rates.cols.category, L.rates.firstRow, L.rates.lastRow)}`,
    },
    { range: `${col("month")}${t.firstRow}:${col("month")}${t.lastRow + 50}`, source: fiscalMonthLabels(plan.project.fiscalYear, L.lang), allowOther: true },
  ];
  return spec;
}

export function summarySheet(plan: Plan, L: Layout): { sheet: SheetSpec; chart: NonNullable<WorkbookSpec["charts"]>[number] } {
  const { lang, names } = L;
  const b = new SheetBuilder({ key: "summary", name: names.summary, cells: [], columnWidths: { A: 12, B: 52, C: 18, D: 16 }, tabColor: "#7030A0" });
  const T = (th: string, en: string) => (lang === "th" ? th : en);
  const projName = absCell(names.project, projectFieldRow("name"), 2);
  const fy = `N(${absCell(names.project, projectFieldRow("fiscalYear"), 2)})`;
  titleRows(b, { th: "สรุปงบประมาณโครงการ", en: "Budget summary" }, lang, { formula: `=${projName}&""` });
  const A = L.activities;
  const Bu = L.budget;
  // the one model: every sum on this sheet is of the computed amounts (the amounts as written are shown beside them)
  const total = absCell(Bu.sheet, Bu.totalRow!, Bu.cols.computed);
  const writtenTotal = absCell(Bu.sheet, Bu.totalRow!, Bu.cols.amount);
  // 1. by activity
  let r = 4;
  b.label(r - 1, 1, T("งบประมาณรายกิจกรรม", "Budget by activity"));
  ["ที่|No.", "กิจกรรม|Activity", "งบประมาณ (บาท)|Budget (baht)", "ร้อยละ|Share"].forEach((h, i) => b.set(r, i + 1, { value: h.split("|")[lang === "th" ? 0 : 1], style: "header" }));
  const first = r + 1;
  for (let ar = A.firstRow; ar <= A.lastRow; ar++) {
    r++;
    const id = absCell(A.sheet, ar, A.cols.id).replace(/\$/g, "");
    const nm = absCell(A.sheet, ar, A.cols.name).replace(/\$/g, "");
    const bud = absCell(A.sheet, ar, A.cols.budget).replace(/\$/g, "");
    b.set(r, 1, { formula: `=IF(${id}="","",${id})`, style: "formula" });
    b.set(r, 2, { formula: `=IF(${id}="","",${nm})`, style: "formula" });
    b.set(r, 3, { formula: `=IF(${id}="","",N(${bud}))`, style: "formulaMoney" });
    b.set(r, 4, { formula: `=IF(OR(C${r}="",N(${total})=0),"",C${r}/${total})`, style: "formulaNumber", numberFormat: "0.0%" });
  }
  const last = r;
  r++;
  b.set(r, 2, { value: T("รวม", "Total"), style: "total" });
  b.set(r, 3, { formula: `=SUM(C${first}:C${last})`, style: "totalMoney" });
  b.set(r, 4, { formula: `=IF(N(${total})=0,"",C${r}/${total})`, style: "total", numberFormat: "0.0%" });
  // 2. by expense class
  r += 2;
  b.label(r, 1, T("งบประมาณตามหมวดรายจ่าย", "Budget by expense class"));
  r++;
  ["", "หมวดรายจ่าย|Expense class", "งบประมาณ (บาท)|Budget (baht)", "ร้อยละ|Share"].forEach((h, i) => h && b.set(r, i + 1, { value: h.split("|")[lang === "th" ? 0 : 1], style: "header" }));
  const cls = absColRange(Bu.sheet, Bu.cols.expenseClass, Bu.firstRow, Bu.lastRow);
  const amt = absColRange(Bu.sheet, Bu.cols.computed, Bu.firstRow, Bu.lastRow);
  const clsFirst = r + 1;
  for (const c of EXPENSE_CLASS_CHOICES) {
    r++;
    b.set(r, 2, { value: c[lang], style: "label" });
    b.set(r, 3, { formula: `=SUMIF(${cls},B${r},${amt})`, style: "formulaMoney" });
    b.set(r, 4, { formula: `=IF(N(${total})=0,"",C${r}/${total})`, style: "formulaNumber", numberFormat: "0.0%" });
  }
  r++;
  b.set(r, 2, { value: T("ไม่ระบุหมวด", "No class given"), style: "label" });
  b.set(r, 3, { formula: `=N(${total})-SUM(C${clsFirst}:C${r - 1})`, style: "formulaMoney" });
  b.set(r, 4, { formula: `=IF(N(${total})=0,"",C${r}/${total})`, style: "formulaNumber", numberFormat: "0.0%" });
  // 3. quarterly spending plan
  r += 2;
  b.label(r, 1, T("แผนการใช้จ่ายงบประมาณรายไตรมาส", "Quarterly spending plan"));
  r++;
  ["ไตรมาส|Quarter", "ช่วงเดือน|Months", "งบประมาณ (บาท)|Budget (baht)", "สะสม (บาท)|Cumulative (baht)"].forEach((h, i) => b.set(r, i + 1, { value: h.split("|")[lang === "th" ? 0 : 1], style: "header" }));
  // the months as dates (a month written as shown, "มี.ค. 2560", counts in its quarter as the pane counts it)
  const mon = absColRange(Bu.sheet, Bu.cols.monthDate ?? Bu.cols.month, Bu.firstRow, Bu.lastRow);
  const qMonths = lang === "th" ? ["ต.ค. – ธ.ค.", "ม.ค. – มี.ค.", "เม.ย. – มิ.ย.", "ก.ค. – ก.ย."] : ["Oct – Dec", "Jan – Mar", "Apr – Jun", "Jul – Sep"];
  const qStart = [`DATE(${fy}-544,10,1)`, `DATE(${fy}-543,1,1)`, `DATE(${fy}-543,4,1)`, `DATE(${fy}-543,7,1)`, `DATE(${fy}-543,10,1)`];
  const qFirst = r + 1;
  for (let q = 0; q < 4; q++) {
    r++;
    b.set(r, 1, { value: T(`ไตรมาส ${q + 1}`, `Q${q + 1}`), style: "label" });
    b.set(r, 2, { value: qMonths[q], style: "label" });
    b.set(r, 3, { formula: `=SUMIFS(${amt},${mon},">="&${qStart[q]},${mon},"<"&${qStart[q + 1]})`, style: "formulaMoney" });
    b.set(r, 4, { formula: `=SUM(C$${qFirst}:C${r})`, style: "formulaMoney" });
  }
  r++;
  b.set(r, 1, { value: T("ไม่ระบุเดือน", "No month"), style: "label" });
  b.set(r, 3, { formula: `=N(${total})-SUM(C${qFirst}:C${r - 1})`, style: "formulaMoney" });
  // 4. allocation against planned
  r += 2;
  b.label(r, 1, T("งบประมาณที่ได้รับจัดสรรเทียบกับแผน", "Allocation against planned"));
  const alloc = absCell(names.project, projectFieldRow("allocation"), 2);
  const rows: [string, string, string, string?][] = [
    [T("งบประมาณที่ได้รับจัดสรร", "Allocation"), `=N(${alloc})`, "formulaMoney"],
    [T("งบประมาณตามแผน (ตามการคำนวณ อัตรา × จำนวน × ครั้ง)", "Planned (as computed: unit cost × quantity × times)"), `=N(${total})`, "formulaMoney"],
    [T("ผลต่าง (จัดสรร − แผน)", "Difference (allocation − planned)"), "", "formulaMoney"],
    [T("ร้อยละของงบจัดสรร", "Share of allocation"), "", "formulaNumber", "0.0%"],
    [T("งบประมาณตามแผน (ตัวอักษร)", "Planned, in Thai words"), `=BAHTTEXT(N(${total}))`, "formula"],
  ];
  const a0 = r + 1;
  rows.forEach(([label, f, style, fmt], i) => {
    r++;
    const formula = i === 2 ? `=C${a0}-C${a0 + 1}` : i === 3 ? `=IF(C${a0}=0,"",C${a0 + 1}/C${a0})` : f;
    b.set(r, 2, { value: label, style: "label" });
    b.set(r, 3, { formula, style: style as StyleName, ...(fmt ? { numberFormat: fmt } : {}) });
  });
  // the sum of the amounts as written, and a note when it differs from the computed one
  r++;
  b.set(r, 2, { value: T("รวมจำนวนเงินตามที่เขียนในรายการ", "Sum of the amounts as written"), style: "label" });
  b.set(r, 3, { formula: `=N(${writtenTotal})`, style: "formulaMoney" });
  b.set(r, 4, {
    formula: `=IF(ROUND(C${r}-C${a0 + 1},2)=0,"",${JSON.stringify(T("ไม่ตรงกับที่คำนวณ: ดูช่องผลตรวจในแผ่นงานงบประมาณ", "differs from the computed sum: see the check column of the budget sheet"))})`,
    style: "note",
  });
  const sheet = b.done();
  sheet.printTitleRows = undefined;
  // printed with its chart (anchored at F3, 8 columns by 16 rows)
  sheet.landscape = true;
  sheet.printArea = `A1:M${Math.max(r, 19)}`;
  return {
    sheet,
    chart: {
      sheet: names.summary,
      title: T("งบประมาณรายกิจกรรม", "Budget by activity"),
      categoriesRange: `B${first}:B${last}`,
      valuesRange: `C${first}:C${last}`,
      anchor: "F3",
    },
  };
}

