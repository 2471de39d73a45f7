/**
 * The printable proposal sheet (แบบเสนอโครงการ): the form a director signs, A4 portrait, TH SarabunPSK 16 pt,
 * written from the plan's data sheets BY FORMULAS, so its figures and texts never drift from them:
 * header lines, then the numbered sections in the usual order (หลักการและเหตุผล, วัตถุประสงค์, เป้าหมาย,
 * วิธีดำเนินการ, ปฏิทิน, งบประมาณ, การประเมินผล, ผลที่คาดว่าจะได้รับ, การวิเคราะห์ความเสี่ยง) and the
 * signature block. Long texts are rows of wrapped paragraphs whose heights come from their content
 * (./textLayout.ts); column Q (not printed) says when the data changed since the layout, and laying the
 * sheet out again (the pane, `budget-plan fix`) writes it anew from the same function.
 */
import type { Plan } from "../../core/model";
import { absColRange } from "../a1";
import { PRINT_SHEET_NAMES, TARGET_KIND_CHOICES, choiceLabel, type Text } from "../i18n";
import { SIGNER_FIELDS } from "../layout";
import { SheetBuilder } from "../templateParts";
import type { SheetSpec } from "../types";
import { LAST_PRINT_COL, PROPOSAL_MARGINS, PROPOSAL_WIDTHS, ProposalCursor, type PageTop, quote, ref, rowOf, thaiDateFormula, type ProposalPlaces } from "./sheet";
import { stampSpec, type LayoutOrigin } from "./stamp";
import { activitiesTable, budgetTable, calendarTable, evaluationTable, riskTable } from "./tables";

export const PROPOSAL_KEY = "proposal";

const S: Record<string, Text> = {
  title: { th: "แบบเสนอโครงการ", en: "Project proposal" },
  name: { th: "ชื่อโครงการ", en: "Project" },
  workPlan: { th: "แผนงาน", en: "Work plan" },
  strategyObec: { th: "สนองกลยุทธ์ สพฐ.", en: "OBEC strategy" },
  strategyArea: { th: "สนองกลยุทธ์ สพท.", en: "Service area strategy" },
  strategySchool: { th: "สนองกลยุทธ์สถานศึกษา", en: "School strategy" },
  standards: { th: "สนองมาตรฐานการศึกษา/ตัวบ่งชี้", en: "Education standards / indicators" },
  character: { th: "ลักษณะโครงการ", en: "Project type" },
  owner: { th: "ผู้รับผิดชอบโครงการ", en: "Project owner" },
  department: { th: "กลุ่มงาน", en: "Work group" },
  period: { th: "ระยะเวลาดำเนินการ", en: "Period" },
  place: { th: "สถานที่ดำเนินการ", en: "Place" },
  budget: { th: "งบประมาณ", en: "Budget" },
  rationale: { th: "หลักการและเหตุผล", en: "Rationale" },
  objectives: { th: "วัตถุประสงค์", en: "Objectives" },
  targets: { th: "เป้าหมาย", en: "Targets" },
  quantitative: { th: "เชิงปริมาณ", en: "Quantitative" },
  qualitative: { th: "เชิงคุณภาพ", en: "Qualitative" },
  method: { th: "วิธีดำเนินการ", en: "Activities" },
  calendar: { th: "ปฏิทินการดำเนินงาน", en: "Calendar" },
  budgetDetail: { th: "งบประมาณ (รายละเอียดการใช้งบประมาณ)", en: "Budget detail" },
  evaluation: { th: "การประเมินผล", en: "Evaluation" },
  expected: { th: "ผลที่คาดว่าจะได้รับ", en: "Expected results" },
  risk: { th: "การวิเคราะห์ความเสี่ยง", en: "Risk analysis" },
  sign: { th: "ลงชื่อ", en: "Signed" },
  position: { th: "ตำแหน่ง", en: "Position" },
  proposer: { th: "ผู้เสนอโครงการ", en: "Proposed by" },
  endorser: { th: "ผู้เห็นชอบโครงการ", en: "Endorsed by" },
  approver: { th: "ผู้อนุมัติโครงการ", en: "Approved by" },
};

const DOTS = "..............................";
const SIGN_DOTS = "..........................";

/** First row of the signature block (for tests and the layout check). */
export interface ProposalInfo {
  signatureRow: number;
  lastRow: number;
  /** Printed pages, as laid out (manual page breaks: `rowBreaks`), and what each starts with. */
  pages: number;
  pageTops: PageTop[];
}

export type { ProposalPlaces } from "./sheet";

/** Targets of one kind from the targets table's rows, by formula: "1) …" as typed, dots while there is none. */
function typedTargets(c: ProposalCursor, Tg: ProposalPlaces["targets"], label: string): void {
  const kinds = (to: number) => absColRange(Tg.sheet, Tg.cols.kind, Tg.firstRow, to);
  const texts = (to: number) => absColRange(Tg.sheet, Tg.cols.text, Tg.firstRow, to);
  const count = (to: number) => `COUNTIFS(${kinds(to)},${quote(label)},${texts(to)},"<>")`;
  for (let r = Tg.firstRow; r <= Tg.lastRow; r++) {
    const kind = ref(Tg.sheet, r, Tg.cols.kind);
    const text = ref(Tg.sheet, r, Tg.cols.text);
    const none = r === Tg.firstRow ? `IF(${count(Tg.lastRow)}=0,${quote(`        ${DOTS}`)},"")` : '""';
    c.line({ formula: `=IF(AND(${kind}=${quote(label)},${text}<>""),"        "&${count(r)}&") "&${text},${none})` }, "pText");
  }
}

export function proposalSheet(plan: Plan, L: ProposalPlaces, indicators: Plan["indicators"], origin: LayoutOrigin = "t"): { sheet: SheetSpec; info: ProposalInfo } {
  const { lang } = L;
  const b = new SheetBuilder({
    key: PROPOSAL_KEY,
    name: PRINT_SHEET_NAMES[lang],
    cells: [],
    columnWidths: PROPOSAL_WIDTHS,
    tabColor: "#1F3864",
  });
  const c = new ProposalCursor(b, lang);
  const T = (t: Text) => t[lang];
  const p = plan.project;
  // a field the workbook does not have (made by an older template) prints empty
  const P = L.pos.project!;
  const proj = (key: string) => (P.rows[key] !== undefined ? ref(P.sheet, P.rows[key], P.valueCol) : '""');
  const orDots = (x: string) => `IF(${x}="",${quote(DOTS)},${x})`;
  const listText = (xs: string[] | undefined) => (xs ?? []).join("\n");

  // title and header lines
  c.line({ value: T(S.title) }, "pTitle");
  c.line(
    { formula: `=${quote(lang === "th" ? "โครงการตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. " : "Action plan project, fiscal year ")}&${proj("fiscalYear")}` },
    "pTitle",
  );
  c.blank();
  const header = (label: Text, x: string, shown: string | undefined) =>
    c.line({ formula: `=${quote(`${T(label)}  `)}&${orDots(x)}` }, "pText", `${T(label)}  ${shown ?? DOTS}`);
  header(S.name, proj("name"), p.name);
  header(S.workPlan, proj("workPlan"), p.workPlan);
  header(S.strategyObec, proj("strategyObec"), p.strategyObec);
  header(S.strategyArea, proj("strategyArea"), p.strategyArea);
  header(S.strategySchool, proj("strategySchool"), p.strategySchool);
  header(S.standards, proj("standards"), listText(p.standards) || undefined);
  header(S.character, proj("character"), p.character);
  header(S.owner, proj("owner"), p.owner);
  header(S.department, proj("department"), p.department);
  const ps = proj("periodStart");
  const fy = proj("fiscalYear");
  const pe = proj("periodEnd");
  c.line(
    {
      // without the project's dates, the fiscal year's (1 ต.ค. – 30 ก.ย.), as the forms print it
      formula:
        `=${quote(`${T(S.period)}  `)}&IF(ISNUMBER(${ps}),${thaiDateFormula(ps, lang)}&IF(ISNUMBER(${pe})," – "&${thaiDateFormula(`EOMONTH(${pe},0)`, lang)},""),` +
        `IF(N(${fy})>2400,${thaiDateFormula(`DATE(N(${fy})-544,10,1)`, lang)}&" – "&${thaiDateFormula(`DATE(N(${fy})-543,9,30)`, lang)},${quote(DOTS)}))`,
    },
    "pText",
  );
  header(S.place, proj("place"), p.place);
  const Bu = L.budget;
  const total = ref(Bu.sheet, Bu.totalRow!, Bu.cols.computed ?? Bu.cols.amount);
  c.line(
    { formula: `=${quote(`${T(S.budget)}  `)}&TEXT(N(${total}),"#,##0.00")&${quote(lang === "th" ? " บาท" : " baht")}&IF(${proj("budgetSource")}="",""," ("&${proj("budgetSource")}&")")` },
    "pText",
    `${T(S.budget)} 120,000.00 บาท (${p.budgetSource ?? ""})`,
  );
  c.blank();

  // 1–3: the texts
  c.heading("1", S.rationale);
  c.field(proj("rationale"), p.rationale ?? "", S.rationale, () => "        ", 2);
  c.heading("2", S.objectives);
  c.field(proj("objectives"), listText(p.objectives), S.objectives, (i) => `    2.${i + 1} `);
  c.heading("3", S.targets);
  const Tg = L.targets;
  c.flag(`COUNTA(${absColRange(Tg.sheet, Tg.cols.text, Tg.firstRow, Tg.lastRow)})=${plan.targets.length}`, S.targets);
  (["quantitative", "qualitative"] as const).forEach((kind, k) => {
    c.sub(`3.${k + 1} ${T(S[kind])}`);
    const rows = plan.targets.map((t, i) => ({ t, r: rowOf(t.cell, Tg.firstRow + i) })).filter((x) => x.t.kind === kind);
    // no targets yet (a template as inserted): the table's rows of this kind as they are typed, numbered
    if (!plan.targets.length && Tg.cols.kind !== undefined) return typedTargets(c, Tg, choiceLabel(TARGET_KIND_CHOICES, kind, lang));
    if (!rows.length) c.line({ value: `        ${DOTS}` }, "pText");
    rows.forEach(({ t, r }, i) => c.line({ formula: `=${quote(`        ${i + 1}) `)}&${ref(Tg.sheet, r, Tg.cols.text)}` }, "pText", `        ${i + 1}) ${t.text}`));
  });

  // 4–7: the tables
  c.heading("4", S.method);
  activitiesTable(c, L, plan);
  c.heading("5", S.calendar);
  calendarTable(c, L, plan, proj("fiscalYear"));
  c.heading("6", S.budgetDetail);
  budgetTable(c, L, plan);
  c.heading("7", S.evaluation);
  evaluationTable(c, L, indicators);
  c.heading("8", S.expected);
  c.field(proj("expectedResults"), listText(p.expectedResults), S.expected, (i) => `    8.${i + 1} `);
  c.heading("9", S.risk);
  riskTable(c, proj("risks"), listText(p.risks), proj("riskResponses"), listText(p.riskResponses));
  // the signature block stays on the page of the risk table's last row: never alone on a page
  c.keepWithNext("text");
  c.blank();
  c.keepWithNext("text");
  c.blank();

  // the signature block: the three signers side by side in ONE row, which a page break never splits
  const spans: [number, number][] = [
    [1, 3],
    [4, 10],
    [11, LAST_PRINT_COL],
  ];
  (["proposer", "endorser", "approver"] as const).forEach((role, k) => {
    const f = SIGNER_FIELDS[role];
    const name = role === "proposer" ? `IF(${proj(f.name)}="",${orDots(proj("owner"))},${proj(f.name)})` : orDots(proj(f.name));
    const formula =
      `=${quote(`${T(S.sign)} ${SIGN_DOTS}`)}&CHAR(10)&"("&${name}&")"&CHAR(10)&` +
      `${quote(`${T(S.position)} `)}&${orDots(proj(f.position))}&CHAR(10)&${quote(T(S[role]))}`;
    c.cell(spans[k][0], spans[k][1], { formula, style: "pSign" });
  });
  c.next(7);
  c.place();

  const spec = b.done();
  const lastRow = c.row - 1;
  const signatureRow = lastRow;
  spec.merges = c.merges;
  spec.rowHeights = c.heights;
  spec.printArea = `A1:O${lastRow}`;
  spec.rowBreaks = [...c.breaks];
  // about 2.5 cm on the left (binding) and 2 cm elsewhere, as the forms are printed
  spec.margins = { ...PROPOSAL_MARGINS };
  // who laid it out, and a fingerprint of what was written (./stamp.ts): R1, outside the print area
  stampSpec(spec, origin);
  return { sheet: spec, info: { signatureRow, lastRow, pages: c.breaks.length + 1, pageTops: [...c.pageTops] } };
}
