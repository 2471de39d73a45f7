/**
 * The printable proposal (แบบเสนอโครงการ) in the pane: whether it was laid out for other data than the plan
 * now holds (its flags in column Q, or texts and tables whose length no longer matches the layout: the same
 * test `budget-plan fix` uses, src/workbook/proposal/relayout.ts), and the sheet written anew. The layout code
 * is its own chunk, fetched only when the workbook has a proposal sheet.
 */
import type { ReadResult } from "../workbook/located";
import { isPrintSheet } from "../workbook/i18n";
import type { SheetSpec, WorkbookSnapshot } from "../workbook/types";

export interface ProposalStatus {
  /** The proposal sheet's name. */
  name: string;
  /**
   * Laid out for other data than the workbook holds now, and laid out by the user (who may have printed or
   * edited it): the warning. A template's layout the user never laid out nor edited is never stale.
   */
  stale: boolean;
  /** Laid out for other data, but only as the template wrote it: it may simply follow the data (no warning). */
  behind: boolean;
  /** The parts that changed since the layout, as the sheet names them. */
  changes: string[];
  /** Holds only what the add-in wrote: laying it out again keeps no visible copy (nothing would be lost). */
  untouched: boolean;
}

const relayout = () => import(/* webpackChunkName: "proposal" */ "../workbook/proposal/relayout");

/** The proposal's status, or undefined when the workbook has no proposal sheet. */
export async function proposalStatus(snapshot: WorkbookSnapshot, read: ReadResult): Promise<ProposalStatus | undefined> {
  if (!snapshot.sheets.some((s) => isPrintSheet(s.name))) return undefined;
  const st = (await relayout()).proposalState(snapshot, read);
  if (!st) return undefined;
  const changed = st.changes.length > 0;
  const warn = changed && (st.laidOut || !st.untouched);
  return { name: st.name, stale: warn, behind: changed && !warn, changes: st.changes, untouched: st.untouched };
}

/** The proposal sheet written anew for the plan as read (undefined when a part it is drawn from is missing). */
export async function relaidProposalSpec(read: ReadResult, name: string): Promise<SheetSpec | undefined> {
  return (await relayout()).relaidProposal(read, name);
}
