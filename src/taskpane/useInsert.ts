import { useCallback, useReducer } from "react";
import type { ConflictMode } from "../workbook/host";
import type { WorkbookSpec } from "../workbook/types";
import { usePane } from "./context";
import { templateReducer, type TemplateState, type TemplateAction } from "./state/template";

/**
 * Insert a spec: first with mode "fail"; when sheets of those names exist, keep the spec pending and
 * let the user choose suffix / replace / cancel.
 */
export function useInsert(init: TemplateState) {
  const pane = usePane();
  const [state, dispatch] = useReducer(templateReducer, init);

  const finish = useCallback(
    (created: string[], keptAs?: { name: string; keptAs: string }[]) => {
      if (keptAs?.length) {
        // "Replace" kept the old sheets under new names: say so (nothing was deleted).
        const names = keptAs.map((k) => `${k.name} → ${k.keptAs}`).join(", ");
        pane.notify({ kind: "success", key: "template.kept", vars: { names } });
      } else pane.notify({ kind: "success", key: "template.inserted", vars: { names: created.join(", ") } });
      pane.dispatchApp({ type: "setTab", tab: "validate" });
    },
    [pane],
  );

  const insert = useCallback(
    (makeSpec: () => WorkbookSpec | Promise<WorkbookSpec>) =>
      pane.run(async () => {
        const spec = await makeSpec();
        const result = await pane.insertSpec(spec, "fail");
        if (result.conflicts.length > 0 && result.created.length === 0) {
          dispatch({ type: "conflict", pending: { spec, conflicts: result.conflicts } });
          return;
        }
        finish(result.created);
      }),
    [pane, finish],
  );

  const choose = useCallback(
    (mode: ConflictMode | "cancel") => {
      const pending = state.pending;
      dispatch({ type: "resolved" });
      if (!pending) return;
      if (mode === "cancel") {
        pane.notify({ kind: "info", key: "template.cancelled" });
        return;
      }
      void pane.run(async () => {
        const result = await pane.insertSpec(pending.spec, mode);
        finish(result.created, result.keptAs);
      });
    },
    [pane, state.pending, finish],
  );

  return { state, dispatch: dispatch as (a: TemplateAction) => void, insert, choose };
}
