import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { usePane } from "../context";
import { proposalStatus, type ProposalStatus } from "../proposal";

/**
 * When the printable proposal (แบบเสนอโครงการ) was laid out for other data than the plan now holds, one banner
 * with one button lays it out again (the old sheet is kept under a new name; the pane's undo puts it back).
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
  if (!status?.stale || !relayoutProposal) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="proposal-stale">
      <MessageBarBody>{tr("proposal.stale", { sheet: status.name })}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" data-testid="proposal-relayout" onClick={() => void run(() => relayoutProposal(status.name))}>
          {tr("proposal.relayout")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
