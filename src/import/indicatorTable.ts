/**
 * The indicator table (ตัวชี้วัดความสำเร็จ | ค่าเป้าหมาย | วิธีการ | เครื่องมือ): outputs and outcomes, rows
 * split over lines, inline "1. … 2. …" lists, a target column that lost its tab.
 */
import type { Indicator } from "../core/model";
import { extractQuantity, splitInlineItems, splitInlineSequences } from "./items";
import { hasTab, PartState, tabCells } from "./part";
import { collapseSpaces, joinWrapped, SourceLine, stripNumbering } from "./text";

interface IndicatorRow {
  kind: "output" | "outcome";
  cells: string[];
  line: number;
  /** A "ผลผลิต 1. … 2. …" row: its indicators numbered inline after the label. */
  labelled?: boolean;
}

/** A list number at the start of an item: "2)", "๒.", "(3)" (not "1.5"). */
const LIST_NUMBER = /^\s*(?:\(\s*[0-9๐-๙]{1,3}\s*\)|[0-9๐-๙]{1,3}[.)](?![0-9๐-๙]))\s*/;

/** An evaluation method or tool named at the start of a line (สังเกต, สอบถาม, แบบทดสอบ, ตรวจ…, สัมภาษณ์). */
const METHOD =
  /^(?:การ|โดย|ด้วย|ใช้)?\s*(?:สังเกต|สอบถาม|สัมภาษณ์|ทดสอบ|ตรวจ|ประเมินความพึงพอใจ|ประเมินผล|บันทึก|แบบ(?:สอบถาม|ทดสอบ|สังเกต|ประเมิน|บันทึก|สัมภาษณ์)|observ|questionnaire|survey|interview|test)/i;

const OUTPUT_LABELS = ["ผลผลิต", "output", "Output", "OUTPUT"];
const OUTCOME_LABELS = ["ผลลัพธ์", "outcome", "Outcome", "OUTCOME"];

export class IndicatorReader {
  private cols: { text: number; target?: number; method?: number; tool?: number } = { text: 0, target: 1 };
  private rows: IndicatorRow[] = [];
  kind: "output" | "outcome" = "output";
  /** Rows under a header with a ตัวชี้วัด column (not a plain list under การประเมินผล). */
  private table = false;

  constructor(private readonly st: PartState) {}

  // indicators

  isHeader(t: string): boolean {
    if (!hasTab(t)) return false;
    const cells = tabCells(t);
    // "ตัวชี้วัด | ค่าเป้าหมาย | …", or "ตัวชี้วัด | วิธีการ | เครื่องมือ" with no target column
    const other = (c: string) => c.includes("เป้าหมาย") || c.startsWith("วิธี") || c.startsWith("เครื่องมือ");
    return cells.some((c) => c.startsWith("ตัวชี้วัด")) && cells.some((c) => !c.startsWith("ตัวชี้วัด") && other(c)) && cells.every((c) => c.length < 80);
  }

  header(t: string): void {
    this.table = true;
    const cells = tabCells(t);
    const cols: { text: number; target?: number; method?: number; tool?: number } = { text: 0 };
    cells.forEach((c, i) => {
      if (c.startsWith("ตัวชี้วัด")) cols.text = i;
      else if (c.includes("เป้าหมาย") && cols.target === undefined) cols.target = i;
      else if (c.startsWith("วิธี") && cols.method === undefined) cols.method = i;
      else if (c.startsWith("เครื่องมือ") && cols.tool === undefined) cols.tool = i;
    });
    this.cols = cols;
  }

  line(
    line: SourceLine,
    t: string,
    flat: string,
    num: ReturnType<typeof stripNumbering>,
    wasBlank: boolean,
  ): void {
    const label = labelKind(num.rest);
    const rows = this.rows;
    if (label) {
      this.kind = label.kind;
      const cells = hasTab(t) ? tabCells(t) : [collapseSpaces(t)];
      const first = stripNumbering(cells[0] ?? "");
      cells[0] = stripLabel(first.rest);
      if (cells.some((c) => c)) rows.push({ kind: label.kind, cells, line: line.no, labelled: LIST_NUMBER.test(cells[0]) });
      else rows.push({ kind: label.kind, cells: [], line: line.no });
      return;
    }
    const last = rows[rows.length - 1];
    if (hasTab(t)) {
      const cells = tabCells(t);
      // in a table with a header, a row with its indicator cell and another cell filled is a new row;
      // a row with an empty indicator cell continues the one above, and so does an unnumbered row after a
      // "ผลลัพธ์ 1. … 2. …" row (its list carried over a page break, often under a repeated header)
      const textCell = cells[this.cols.text] ?? "";
      const carried = last?.labelled === true && !LIST_NUMBER.test(textCell);
      const newRow = this.table && textCell !== "" && cells.filter((c) => c !== "").length >= 2 && !carried;
      if (last && !newRow) {
        for (let i = 0; i < cells.length; i++) last.cells[i] = joinWrapped(last.cells[i] ?? "", cells[i]);
      } else rows.push({ kind: this.kind, cells, line: line.no });
      return;
    }
    if (num.number !== "" || num.bullet || wasBlank || !last || last.cells.length === 0) {
      const text = num.bullet ? num.rest : flat;
      if (last && last.cells.length === 0 && last.kind === this.kind) last.cells = [text];
      else rows.push({ kind: this.kind, cells: [text], line: line.no });
      return;
    }
    last.cells[0] = joinWrapped(last.cells[0] ?? "", flat);
  }

  finish(): void {
    const cols = this.cols;
    for (const row of this.rows) {
      const textCell = row.cells[cols.text] ?? "";
      const targetCell = cols.target !== undefined ? row.cells[cols.target] : undefined;
      let texts = splitInlineItems(textCell);
      let targets = targetCell ? splitInlineItems(targetCell) : [];
      if (targetCell === undefined || targetCell === "") {
        // the target column may have lost its tab: "1. … 2. … 1. … 2. …"
        const seqs = splitInlineSequences(textCell);
        if (seqs.length === 2 && seqs[0].length === seqs[1].length) [texts, targets] = seqs;
      }
      const methods = cols.method !== undefined ? splitInlineItems(row.cells[cols.method] ?? "") : [];
      const tools = cols.tool !== undefined ? splitInlineItems(row.cells[cols.tool] ?? "") : [];
      texts.forEach((raw, i) => {
        // "๒) แบบสอบถาม…" numbered out of sequence keeps its number through splitInlineItems
        const text = raw.replace(LIST_NUMBER, "");
        const target = targets.length === texts.length || i < targets.length ? targets[i] : undefined;
        // a plain list under การประเมินผล names how results are judged ("สังเกตการเข้าร่วม…",
        // "แบบสอบถามความพึงพอใจ"): a method or a tool with no figure is not an indicator
        if (!this.table && !target && METHOD.test(text) && !/[0-9๐-๙]/.test(text)) return;
        const ind: Indicator = { kind: row.kind, text };
        if (target) ind.targetText = target;
        const q = (target ? extractQuantity(target) : undefined) ?? extractQuantity(text);
        if (q) {
          ind.targetValue = q.value;
          ind.targetUnit = q.unit;
        }
        const method = methods.length === texts.length ? methods[i] : methods.length === 1 ? methods[0] : undefined;
        if (method) ind.method = method;
        const tool = tools.length === texts.length ? tools[i] : tools.length === 1 ? tools[0] : undefined;
        if (tool) ind.tool = tool;
        this.st.data.indicators.push(ind);
      });
    }
  }
}

function labelKind(rest: string): { kind: "output" | "outcome" } | undefined {
  if (OUTPUT_LABELS.some((l) => rest.startsWith(l))) return { kind: "output" };
  if (OUTCOME_LABELS.some((l) => rest.startsWith(l))) return { kind: "outcome" };
  return undefined;
}

/** "ผลผลิต (Output) : 1. …" → "1. …" */
function stripLabel(s: string): string {
  let t = s;
  for (const l of [...OUTPUT_LABELS, ...OUTCOME_LABELS]) if (t.startsWith(l)) t = t.slice(l.length);
  t = t.trimStart();
  for (const p of ["(Output)", "(output)", "(Outcome)", "(outcome)", "(OUTPUT)", "(OUTCOME)"]) if (t.startsWith(p)) t = t.slice(p.length);
  let a = 0;
  while (a < t.length && " :：-".includes(t[a])) a++;
  return t.slice(a).trim();
}
