import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ConflictMode } from "../../workbook/host";
import { usePane } from "../context";

export interface ConflictPromptProps {
  conflicts: string[];
  onChoose(mode: ConflictMode | "cancel"): void;
}

/**
 * Asks what to do when sheets of the same names exist: add alongside with a suffix (the default, focused
 * button: nothing of the user's changes), use the new sheets with the old ones kept under "… (เดิม)" (never
 * deleted: Excel cannot undo a sheet deletion), or cancel.
 */
export function ConflictPrompt({ conflicts, onChoose }: ConflictPromptProps) {
  const { tr } = usePane();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="conflict-prompt">
      <MessageBarBody>
        <MessageBarTitle>{tr("template.conflict", { names: conflicts.join(", ") })}</MessageBarTitle>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" autoFocus data-testid="conflict-suffix" onClick={() => onChoose("suffix")}>
          {tr("template.suffix")}
        </Button>
        <Button size="small" data-testid="conflict-replace" onClick={() => onChoose("replace")}>
          {tr("template.replace")}
        </Button>
        <Button size="small" appearance="subtle" data-testid="conflict-cancel" onClick={() => onChoose("cancel")}>
          {tr("template.cancel")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
