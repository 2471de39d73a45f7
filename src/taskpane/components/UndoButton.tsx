import { Button } from "@fluentui/react-components";
import { useId } from "react";
import { usePane } from "../context";
import { undoBlocked, type UndoEntry } from "../state/validation";

/**
 * The one undo control of a step, short label. When cells the step wrote were changed since (the last check read
 * them so, or the host refused), it is disabled but focusable, and says which cells and why next to it.
 */
export function UndoButton({ entry, testId, text, onUndo }: { entry: UndoEntry; testId: string; text?: string; onUndo(): void }) {
  const { tr } = usePane();
  const id = useId();
  const blocked = undoBlocked(entry);
  const reason = blocked ? tr("validate.undoRefused", { cells: blocked.join(", ") }) : undefined;
  return (
    <>
      <Button size="small" data-testid={testId} disabledFocusable={!!blocked} aria-describedby={reason ? id : undefined} onClick={blocked ? undefined : onUndo}>
        {text ?? tr("validate.undo")}
      </Button>
      {reason && (
        <span id={id} data-testid="undo-blocked" style={{ fontSize: "12px", flexBasis: "100%" }}>
          {reason}
        </span>
      )}
    </>
  );
}
