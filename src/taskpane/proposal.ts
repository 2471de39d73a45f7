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
  /** Laid out for other data than the workbook holds now. */
  stale: boolean;
}

const relayout = () => import(/* webpackChunkName: "proposal" */ "../workbook/proposal/relayout");

/** The proposal's status, or undefined when the workbook has no proposal sheet. */
export async function proposalStatus(snapshot: WorkbookSnapshot, read: ReadResult): Promise<ProposalStatus | undefined> {
  if (!snapshot.sheets.some((s) => isPrintSheet(s.name))) return undefined;
  const m = await relayout();
  const sheet = m.proposalOf(snapshot);
  if (!sheet) return undefined;
  return { name: sheet.name, stale: m.proposalFlags(snapshot).length > 0 || m.proposalStale(snapshot, read) };
}

/** The proposal sheet written anew for the plan as read (undefined when a part it is drawn from is missing). */
export async function relaidProposalSpec(read: ReadResult, name: string): Promise<SheetSpec | undefined> {
  return (await relayout()).relaidProposal(read, name);
}
