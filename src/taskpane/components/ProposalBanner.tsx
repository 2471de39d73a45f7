import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { usePane } from "../context";
import { proposalStatus, type ProposalStatus } from "../proposal";

/**
 * When the printable proposal (แบบเสนอโครงการ) was laid out for other data than the plan now holds: a warning
 * naming the parts that changed, with one button, when the user laid it out (and may have printed it) or
 * changed it; a quiet line offering to follow the data when it is the template's untouched layout. Laying out
 * keeps the old sheet (dated, after it) when it held anything typed, else hidden; the pane's undo puts it back.
 */
export function ProposalBanner() {
  const { analysis, host, tr, run, relayoutProposal } = usePane();
  const [status, setStatus] = useState<ProposalStatus | null>(null);
  useEffect(() => {
    let live = true;
    const snapshot = analysis?.snapshot;
    const read = analysis?.read;
    if (!snapshot || !read || !analysis.isPlan || !host.replaceSheet || !relayoutProposal) {
      setStatus(null);
      return;
    }
    proposalStatus(snapshot, read).then(
      (s) => live && setStatus(s ?? null),
      () => live && setStatus(null),
    );
    return () => {
      live = false;
    };
  }, [analysis, host, relayoutProposal]);
  if (!status || !relayoutProposal || !(status.stale || status.behind)) return null;
  const changes = status.changes.join(", ");
  const press = () => void run(() => relayoutProposal(status.name, status.untouched));
  if (!status.stale) {
    // the template's layout, never laid out nor edited by the user: it may just follow the data (no warning)
    return (
      <div data-testid="proposal-behind" style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 8 }}>
        <Caption1>{tr("proposal.behind", { sheet: status.name, changes })}</Caption1>
        <Button size="small" data-testid="proposal-relayout" onClick={press}>
          {tr("proposal.relayout")}
        </Button>
      </div>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="proposal-stale">
      <MessageBarBody>
        {tr("proposal.stale", { sheet: status.name, changes })} {tr(status.untouched ? "proposal.noCopy" : "proposal.keepCopy")}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" data-testid="proposal-relayout" onClick={press}>
          {tr("proposal.relayout")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
