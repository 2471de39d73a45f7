/**
 * Laying the printable proposal out again: whether a workbook's proposal was laid out for other data than
 * it now holds (its flags in column Q), and the proposal sheet written anew from a workbook as read, with
 * its formulas pointing at the cells the reader found (rows inserted, tables moved), not at the template's.
 * Pure: the adapters replace the sheet (the CLI's `fix`; the task pane).
 */
import { parseAddr } from "../a1";
import { GRID_KEYS } from "../layout";
import type { ReadResult } from "../located";
import { isPrintSheet } from "../i18n";
import type { SheetSnapshot, WorkbookSnapshot, SheetSpec } from "../types";
import { FLAG_COL, type ProposalPlaces } from "./sheet";
import { readStamp } from "./stamp";
import { proposalSheet } from "./writeProposal";

/** The proposal sheet of a workbook, when it has one. */
export function proposalOf(snapshot: WorkbookSnapshot): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => isPrintSheet(s.name));
}

/** The flags the proposal raises (texts in column Q): what changed since the layout. Empty when current. */
export function proposalFlags(snapshot: WorkbookSnapshot): string[] {
  const s = proposalOf(snapshot);
  if (!s) return [];
  const out: string[] = [];
  for (const row of s.values) {
    const v = row[FLAG_COL - 1];
    if (typeof v === "string" && v.trim()) out.push(v.trim());
  }
  return out;
}

/**
 * The proposal written anew for a workbook as read (its sheet keeps its name), or undefined when a part it
 * is drawn from could not be found (then it is left as it is).
 */
export function relaidProposal(read: ReadResult, name: string): SheetSpec | undefined {
  const loc = read.located;
  const { project, activities, budget, indicators, targets } = loc;
  if (!project || !activities || !budget || !indicators || !targets || budget.totalRow === undefined) return undefined;
  if (budget.cols.computed === undefined && budget.cols.amount === undefined) return undefined;
  // the month grid has no headers of its own, so the reader does not name its columns: the twelve after the end month
  const grid = { ...activities, cols: { ...activities.cols } };
  if (grid.cols.end !== undefined) GRID_KEYS.forEach((k, i) => (grid.cols[k] ??= grid.cols.end + 1 + i));
  const places: ProposalPlaces = {
    lang: loc.lang,
    pos: { lang: loc.lang, project: { sheet: project.sheet, rows: project.rows, valueCol: project.valueCol } },
    activities: grid,
    budget,
    indicators,
    targets,
  };
  const spec = proposalSheet(read.plan, places, read.plan.indicators, "r").sheet;
  spec.name = name;
  return spec;
}

/**
 * Whether the proposal was laid out for other data than the workbook now holds, without computing anything:
 * its flags (column Q) hold the lengths and counts it was laid out for, so they are compared, as formulas,
 * with those a new layout would write. (`proposalFlags` reads their computed values instead.)
 */
export function proposalStale(snapshot: WorkbookSnapshot, read: ReadResult): boolean {
  return proposalChanges(snapshot, read).length > 0;
}

/** A flag's part ("หลักการและเหตุผล") from its message ("หลักการและเหตุผล: ข้อมูลเปลี่ยน…"). */
const partOf = (message: string) => message.replace(/^"/, "").split(":")[0].trim();

/**
 * The parts of the proposal laid out for other data than the workbook now holds (as the sheet names them:
 * "หลักการและเหตุผล", "วิธีดำเนินการ"…): those whose flag shows now, and those whose lengths and counts differ
 * from what a new layout would be made for. Empty when the layout is current (or cannot be made anew).
 */
export function proposalChanges(snapshot: WorkbookSnapshot, read: ReadResult): string[] {
  const s = proposalOf(snapshot);
  if (!s) return [];
  const parts = new Set(proposalFlags(snapshot).map(partOf));
  const fresh = relaidProposal(read, s.name);
  if (!fresh) return [...parts];
  // what a flag was laid out for: its lengths and counts, and the part it names (not where its ranges end)
  const key = (f: string) => `${[...f.matchAll(/\)=(\d+)/g)].map((m) => m[1]).join(",")}|${/,"",("[^"]*")/.exec(f)?.[1] ?? ""}`;
  const want = fresh.cells.filter((c) => parseAddr(c.address)?.col === FLAG_COL && c.formula).map((c) => key(c.formula!));
  const have = s.formulas.map((r) => r[FLAG_COL - 1]).filter((f): f is string => !!f).map(key);
  const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  const w = count(want);
  const h = count(have);
  for (const k of new Set([...want, ...have])) if (w.get(k) !== h.get(k)) parts.add(partOf(k.split("|")[1] ?? ""));
  parts.delete("");
  return [...parts];
}

/**
 * The proposal's state: the parts that changed since its layout; whether the user laid it out (or it is older
 * than the stamp: then it may have been); whether it holds only what the add-in wrote (then laying it out
 * again loses nothing and no copy is shown).
 */
export function proposalState(snapshot: WorkbookSnapshot, read: ReadResult): { name: string; changes: string[]; laidOut: boolean; untouched: boolean } | undefined {
  const s = proposalOf(snapshot);
  if (!s) return undefined;
  const stamp = readStamp(s);
  return { name: s.name, changes: proposalChanges(snapshot, read), laidOut: stamp?.origin !== "t", untouched: !!stamp?.untouched };
}
