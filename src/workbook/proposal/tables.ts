/**
 * The tables of the printed proposal, drawn from the data sheets by formulas: activities (PDCA step,
 * period, owners), the month calendar, the budget grouped by activity (ค่าตอบแทน / ค่าใช้สอย / ค่าวัสดุ,
 * a รวม row per activity, the grand total of the one model and the amount in words), the evaluation
 * table and the risk analysis.
 */
import type { Plan } from "../../core/model";
import { absColRange } from "../a1";
import { EXPENSE_CLASS_CHOICES, choiceLabel } from "../i18n";
import { GRID_KEYS } from "../layout";
import { LAST_PRINT_COL, ProposalCursor, linesIn, quote, ref, rowOf, shortMonthFormula, monthNames, type ProposalPlaces as Layout } from "./sheet";

type Span = [number, number];

/** Budget lines listed one by one on the printed proposal; a longer plan prints each activity's sums. */
export const MAX_PRINTED_LINES = 200;

/** A header row of cells over column spans. */
function headRow(c: ProposalCursor, cells: ([Span, string] | [Span, string, "pTh" | "pThSmall"])[]): void {
  let lines = 1;
  for (const [[from, to], text, style = "pTh"] of cells) {
    c.cell(from, to, { value: text, style });
    lines = Math.max(lines, linesIn(text, from, to, style));
  }
  c.next(lines);
}

/** A data row: each span a formula and the text it shows now (for the row height). */
function dataRow(c: ProposalCursor, cells: [Span, string, string, "pTd" | "pTdCenter" | "pMoney" | "pMark" | "pTotal" | "pTotalMoney"][]): void {
  let lines = 1;
  for (const [[from, to], formula, shown, style] of cells) {
    c.cell(from, to, { formula, style });
    lines = Math.max(lines, linesIn(shown, from, to, style));
  }
  c.next(lines);
}

/** A column's cell in row r, or an empty text when the workbook has no such column (an older or hand-made table). */
const cellIn = (t: { sheet: string; cols: Record<string, number | undefined> }, r: number) => (k: string) => (t.cols[k] === undefined ? quote("") : ref(t.sheet, r, t.cols[k]!));

const countFlag = (c: ProposalCursor, range: string, n: number, what: { th: string; en: string }) => c.flag(`COUNTA(${range})=${n}`, what);

/** 4. วิธีดำเนินการ: ที่ | กิจกรรม | ขั้นตอน PDCA | ระยะเวลา | ผู้รับผิดชอบ. */
export function activitiesTable(c: ProposalCursor, L: Layout, plan: Plan): void {
  const A = L.activities;
  const th = c.lang === "th";
  countFlag(c, absColRange(A.sheet, A.cols.name, A.firstRow, A.lastRow), plan.activities.length, { th: "กิจกรรม", en: "Activities" });
  c.startHeader();
  headRow(c, [
    [[1, 1], th ? "ที่" : "No."],
    [[2, 6], th ? "กิจกรรม" : "Activity"],
    [[7, 8], "PDCA"],
    [[9, 11], th ? "ระยะเวลา" : "Period"],
    [[12, 15], th ? "ผู้รับผิดชอบ" : "Responsible"],
  ]);
  c.startTable();
  const n = Math.max(plan.activities.length, 3);
  for (let i = 0; i < n; i++) {
    const a = plan.activities[i];
    const r = rowOf(a?.cells?.id ?? a?.cells?.name, A.firstRow + i);
    const cell = cellIn(A, r);
    // the months as dates (template version 3 converts "พ.ย. 2569" typed as text), else as typed
    const s = cell(A.cols.startDate !== undefined ? "startDate" : "start");
    const e = cell(A.cols.endDate !== undefined ? "endDate" : "end");
    const period = `=IF(ISNUMBER(${s}),${shortMonthFormula(s, c.lang)}&IF(AND(ISNUMBER(${e}),${e}<>${s})," – "&${shortMonthFormula(e, c.lang)},""),"")`;
    dataRow(c, [
      [[1, 1], `=IF(${cell("id")}="","",${cell("id")})`, "", "pTdCenter"],
      [[2, 6], `=IF(${cell("name")}="","",${cell("name")})`, a?.name ?? "", "pTd"],
      [[7, 8], `=IF(${cell("pdca")}="","",${cell("pdca")})`, "P วางแผน", "pTdCenter"],
      [[9, 11], period, "พ.ย. 2559 – ธ.ค. 2559", "pTdCenter"],
      [[12, 15], `=IF(${cell("owners")}="","",${cell("owners")})`, a?.owners.join("\n") ?? "", "pTd"],
    ]);
  }
  c.endTable();
}

/** 5. ปฏิทินการดำเนินงาน: the activities sheet's month grid (ต.ค.–ก.ย.) and each activity's budget. */
export function calendarTable(c: ProposalCursor, L: Layout, plan: Plan, fy: string): void {
  const A = L.activities;
  const th = c.lang === "th";
  const short = monthNames(c.lang).short;
  const year = (d: number) => `=${quote(th ? "พ.ศ. " : "")}&(N(${fy})${d >= 0 ? "+" : ""}${d})`;
  // the years over the months: Oct–Dec of the year before, Jan–Sep of the fiscal year
  c.startHeader();
  c.cell(1, 2, { value: "", style: "pTh" });
  c.cell(3, 5, { formula: year(-1), style: "pThSmall" });
  c.cell(6, 14, { formula: year(0), style: "pThSmall" });
  c.cell(15, 15, { value: "", style: "pTh" });
  c.next(1, 14);
  headRow(c, [
    [[1, 1], th ? "ที่" : "No."],
    [[2, 2], th ? "กิจกรรม" : "Activity"],
    // a month's name in its narrow column at 14 pt, so that "เม.ย." (19 pt wide) stays on one line
    ...GRID_KEYS.map((_, k): [Span, string, "pThSmall"] => [[3 + k, 3 + k], short[(9 + k) % 12], "pThSmall"]),
    [[15, 15], th ? "งบประมาณ" : "Budget"],
  ]);
  c.startTable();
  const n = Math.max(plan.activities.length, 3);
  for (let i = 0; i < n; i++) {
    const a = plan.activities[i];
    const r = rowOf(a?.cells?.id ?? a?.cells?.name, A.firstRow + i);
    const cell = cellIn(A, r);
    dataRow(c, [
      [[1, 1], `=IF(${cell("id")}="","",${cell("id")})`, "", "pTdCenter"],
      [[2, 2], `=IF(${cell("name")}="","",${cell("name")})`, plan.activities[i]?.name ?? "", "pTd"],
      ...GRID_KEYS.map((k, j): [Span, string, string, "pMark"] => [[3 + j, 3 + j], `=IF(${cell(k)}="","",${cell(k)})`, "", "pMark"]),
      [[15, 15], `=IF(${cell("id")}="","",N(${cell("budget")}))`, "", "pMoney"],
    ]);
  }
  c.endTable();
}

const CLASS_SPANS: [Span, "compensation" | "services" | "materials"][] = [
  [[3, 6], "compensation"],
  [[7, 10], "services"],
  [[11, 14], "materials"],
];

/** 6. งบประมาณ: lines grouped by activity with a รวม row after each, the grand total and the amount in words. */
export function budgetTable(c: ProposalCursor, L: Layout, plan: Plan): void {
  const Bu = L.budget;
  const A = L.activities;
  const th = c.lang === "th";
  const col = (k: string) => absColRange(Bu.sheet, Bu.cols[k], Bu.firstRow, Bu.lastRow);
  // the one model's amounts (a workbook of template version 1 has only the amounts as written)
  const amountKey = Bu.cols.computed !== undefined ? "computed" : "amount";
  const computed = col(amountKey);
  countFlag(c, col("item"), plan.budgetLines.length, { th: "รายการงบประมาณ", en: "Budget lines" });
  c.startHeader();
  headRow(c, [
    [[1, 1], th ? "ที่" : "No."],
    [[2, 2], th ? "รายการ" : "Item"],
    ...CLASS_SPANS.map(([span, id]): [Span, string] => [span, choiceLabel(EXPENSE_CLASS_CHOICES, id, c.lang)]),
    [[15, 15], th ? "รวม (บาท)" : "Total (baht)"],
  ]);
  c.startTable();
  // activities in the activity table's order, then lines whose activity is not in it
  const order: { id: string; row?: number }[] = plan.activities.map((a, i) => ({ id: a.id, row: rowOf(a.cells?.id ?? a.cells?.name, A.firstRow + i) }));
  const listed = new Set(order.map((o) => o.id));
  for (const l of plan.budgetLines) {
    if (listed.has(l.activityId)) continue;
    listed.add(l.activityId);
    order.push({ id: l.activityId });
  }
  // each activity's lines, grouped once (a plan of 50,000 lines and 2,500 activities)
  const byActivity = new Map<string, { l: Plan["budgetLines"][number]; r: number }[]>();
  plan.budgetLines.forEach((l, i) => {
    const group = byActivity.get(l.activityId);
    const x = { l, r: rowOf(l.cells?.item, Bu.firstRow + i) };
    if (group) group.push(x);
    else byActivity.set(l.activityId, [x]);
  });
  const activityById = new Map<string, Plan["activities"][number]>();
  for (const a of plan.activities) if (!activityById.has(a.id)) activityById.set(a.id, a);
  // a plan of hundreds of lines prints each activity's sums, the lines staying on the budget sheet
  const detailed = plan.budgetLines.length <= MAX_PRINTED_LINES;
  if (!detailed) c.line({ value: th ? "(รายการละเอียดอยู่ในแผ่นงานงบประมาณ)" : "(the lines are on the budget sheet)" }, "pText");
  // no lines yet (a template as inserted): each activity's sums by expense class, so what is typed later prints
  // before a new layout lists the lines (the flag in column Q asks for one)
  if (!plan.budgetLines.length) activitySums(c, L, plan, computed, col);
  for (const g of order) {
    const all = byActivity.get(g.id) ?? [];
    if (!all.length) continue;
    const lines = detailed ? all : [];
    const idRef = g.row !== undefined ? ref(A.sheet, g.row, A.cols.id) : quote(g.id);
    const nameRef = g.row !== undefined ? ref(A.sheet, g.row, A.cols.name) : quote("");
    const act = activityById.get(g.id);
    c.cell(1, 1, { formula: `=${idRef}`, style: "pTdCenter" });
    c.cell(2, LAST_PRINT_COL, { formula: `=${quote(th ? "กิจกรรมที่ " : "Activity ")}&${idRef}&" "&${nameRef}`, style: "pTdBold" });
    // an activity's heading stays with its first line, its last line with its รวม row
    c.keepWithNext("text");
    c.next(linesIn(`${th ? "กิจกรรมที่" : "Activity"} ${g.id} ${act?.name ?? ""}`, 2, LAST_PRINT_COL, "pTdBold"));
    lines.forEach(({ l, r }, k) => {
      if (k === lines.length - 1) c.keepWithNext("text");
      const cell = cellIn(Bu, r);
      const u = cell("unitCost");
      const num = (x: string) => `IF(${x}=INT(${x}),TEXT(${x},"#,##0"),TEXT(${x},"#,##0.00"))`;
      const factor = (x: string, unit: string) => `IF(ISNUMBER(${x})," x "&${x}&IF(${unit}<>""," "&${unit},""),"")`;
      const desc = `=${cell("item")}&IF(ISNUMBER(${u})," "&${num(u)}&${quote(th ? " บาท" : " baht")}&${factor(cell("quantity"), cell("quantityUnit"))}&${factor(cell("times"), cell("timesUnit"))},"")`;
      // what the row shows: the unit cost in baht (the plan holds satang), as the formula writes it
      const baht = l.unitCost === null ? "" : (l.unitCost / 100).toLocaleString("en-US", { maximumFractionDigits: 2 });
      const shown = `${l.item} ${baht} บาท x ${l.quantity ?? ""} ${l.quantityUnit ?? ""} x ${l.times ?? ""} ${l.timesUnit ?? ""}`;
      dataRow(c, [
        [[1, 1], `=""`, "", "pTdCenter"],
        [[2, 2], desc, shown, "pTd"],
        ...CLASS_SPANS.map(([span, id]): [Span, string, string, "pMoney"] => [
          span,
          `=IF(${cell("expenseClass")}=${quote(choiceLabel(EXPENSE_CLASS_CHOICES, id, c.lang))},N(${cell(amountKey)}),"")`,
          "",
          "pMoney",
        ]),
        [[15, 15], `=N(${cell(amountKey)})`, "", "pMoney"],
      ]);
    });
    dataRow(c, [
      [[1, 2], `=${quote(th ? "รวม" : "Total")}`, "", "pTotal"],
      ...CLASS_SPANS.map(([span, id]): [Span, string, string, "pTotalMoney"] => [
        span,
        `=SUMIFS(${computed},${col("activityId")},${idRef},${col("expenseClass")},${quote(choiceLabel(EXPENSE_CLASS_CHOICES, id, c.lang))})`,
        "",
        "pTotalMoney",
      ]),
      [[15, 15], `=SUMIF(${col("activityId")},${idRef},${computed})`, "", "pTotalMoney"],
    ]);
  }
  const total = ref(Bu.sheet, Bu.totalRow!, Bu.cols[amountKey]);
  // the grand total, the amount in words and the note stay together
  c.keepWithNext("text");
  dataRow(c, [
    [[1, 2], `=${quote(th ? "รวมทั้งสิ้น" : "Grand total")}`, "", "pTotal"],
    ...CLASS_SPANS.map(([span, id]): [Span, string, string, "pTotalMoney"] => [
      span,
      `=SUMIF(${col("expenseClass")},${quote(choiceLabel(EXPENSE_CLASS_CHOICES, id, c.lang))},${computed})`,
      "",
      "pTotalMoney",
    ]),
    // the one model's total: the budget sheet's computed total
    [[15, 15], `=N(${total})`, "", "pTotalMoney"],
  ]);
  c.endTable();
  c.keepWithNext("text");
  c.line({ formula: `="("&IFERROR(BAHTTEXT(N(${total})),TEXT(N(${total}),"#,##0.00")&" บาท")&")"` }, "pBold", "(หนึ่งแสนสองหมื่นหนึ่งพันบาทถ้วน)");
  c.line({ value: th ? "(ขอถัวจ่ายทุกรายการ)" : "(amounts may be moved between lines)" }, "pText");
}

/** The budget of a plan without lines: one row per row of the activity table (at least 3), its sums by class. */
function activitySums(c: ProposalCursor, L: Layout, plan: Plan, computed: string, col: (k: string) => string): void {
  const A = L.activities;
  const th = c.lang === "th";
  for (let i = 0; i < Math.max(plan.activities.length, 3); i++) {
    const a = plan.activities[i];
    const cell = cellIn(A, rowOf(a?.cells?.id ?? a?.cells?.name, A.firstRow + i));
    const id = cell("id");
    const when = (x: string) => `=IF(${id}="","",${x})`;
    dataRow(c, [
      [[1, 1], when(id), "", "pTdCenter"],
      [[2, 2], when(`${quote(th ? "กิจกรรมที่ " : "Activity ")}&${id}&" "&${cell("name")}`), `${th ? "กิจกรรมที่" : "Activity"} ${a?.id ?? ""} ${a?.name ?? ""}`, "pTd"],
      ...CLASS_SPANS.map(([span, k]): [Span, string, string, "pMoney"] => [
        span,
        when(`SUMIFS(${computed},${col("activityId")},${id},${col("expenseClass")},${quote(choiceLabel(EXPENSE_CLASS_CHOICES, k, c.lang))})`),
        "",
        "pMoney",
      ]),
      [[15, 15], when(`SUMIF(${col("activityId")},${id},${computed})`), "", "pMoney"],
    ]);
  }
}

/** 7. การประเมินผล: ตัวชี้วัดความสำเร็จ | ค่าเป้าหมาย | วิธีการวัดและประเมินผล | เครื่องมือที่ใช้. */
export function evaluationTable(c: ProposalCursor, L: Layout, indicators: Plan["indicators"]): void {
  const I = L.indicators;
  const th = c.lang === "th";
  countFlag(c, absColRange(I.sheet, I.cols.text, I.firstRow, I.lastRow), indicators.length, { th: "ตัวชี้วัด", en: "Indicators" });
  const spans: Span[] = [
    [1, 2],
    [3, 6],
    [7, 11],
    [12, 15],
  ];
  c.startHeader();
  headRow(c, [
    [spans[0], th ? "ตัวชี้วัดความสำเร็จ" : "Indicator"],
    [spans[1], th ? "ค่าเป้าหมาย" : "Target"],
    [spans[2], th ? "วิธีการวัดและประเมินผล" : "How measured"],
    [spans[3], th ? "เครื่องมือที่ใช้" : "Tool"],
  ]);
  c.startTable();
  const n = Math.max(indicators.length, 2);
  for (let i = 0; i < n; i++) {
    const ind = indicators[i];
    const r = rowOf(ind?.cells?.text, I.firstRow + i);
    const cell = cellIn(I, r);
    const text = `=IF(${cell("text")}="","",IF(${cell("kind")}<>"",${cell("kind")}&": ","")&${cell("text")})`;
    // a percentage as Thai writes it, "ร้อยละ 80" (or "80%"); other units after the number, "200 คน"
    const v = cell("targetValue");
    const u = cell("targetUnit");
    const valued = `IF(${u}="ร้อยละ","ร้อยละ "&${v},IF(OR(${u}="%",${u}="percent"),${v}&"%",${v}&IF(${u}<>""," "&${u},"")))`;
    const target = `=IF(ISNUMBER(${v}),${valued},IF(${cell("targetText")}="","",${cell("targetText")}))`;
    const shownTarget = ind?.targetValue !== undefined ? `ร้อยละ ${ind.targetValue} ${ind.targetUnit ?? ""}` : (ind?.targetText ?? "");
    dataRow(c, [
      [spans[0], text, `${ind?.kind ?? ""}: ${ind?.text ?? ""}`, "pTd"],
      [spans[1], target, shownTarget, "pTdCenter"],
      [spans[2], `=IF(${cell("method")}="","",${cell("method")})`, ind?.method ?? "", "pTd"],
      [spans[3], `=IF(${cell("tool")}="","",${cell("tool")})`, ind?.tool ?? "", "pTd"],
    ]);
  }
  c.endTable();
}

/** Non-empty lines of a field: 1-based start and length, as MID takes them. */
function itemSpans(text: string): { start: number; length: number; text: string }[] {
  const out: { start: number; length: number; text: string }[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) out.push({ start: offset + 1, length: line.length, text: line });
    offset += line.length + 1;
  }
  return out;
}

/** 9. การวิเคราะห์ความเสี่ยง: ปัจจัยความเสี่ยง | แนวทางการบริหารความเสี่ยง, item by item. */
export function riskTable(c: ProposalCursor, srcRisks: string, risks: string, srcResponses: string, responses: string): void {
  const th = c.lang === "th";
  c.flag(`AND(LEN(${srcRisks})=${risks.length},LEN(${srcResponses})=${responses.length})`, { th: "ความเสี่ยง", en: "Risks" });
  const left: Span = [1, 8];
  const right: Span = [9, 15];
  c.startHeader();
  headRow(c, [
    [left, th ? "ปัจจัยความเสี่ยง" : "Risk factor"],
    [right, th ? "แนวทางการบริหารความเสี่ยง" : "Response"],
  ]);
  c.startTable();
  const a = itemSpans(risks);
  const b = itemSpans(responses);
  const n = Math.max(a.length, b.length, 1);
  const piece = (src: string, s: { start: number; length: number } | undefined, k: number, last: boolean) =>
    s ? `=${quote(`${k + 1}. `)}&TRIM(MID(${src},${s.start},${last ? 32767 : s.length}))` : `=""`;
  for (let k = 0; k < n; k++) {
    // the last row stays with what follows (the signature block)
    if (k === n - 1) c.keepWithNext("text");
    dataRow(c, [
      [left, piece(srcRisks, a[k], k, k === a.length - 1), `${k + 1}. ${a[k]?.text ?? ""}`, "pTd"],
      [right, piece(srcResponses, b[k], k, k === b.length - 1), `${k + 1}. ${b[k]?.text ?? ""}`, "pTd"],
    ]);
  }
  c.endTable();
}

