import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { usePane } from "../context";

/**
 * Lists the requirement sets this Excel lacks (nothing when all are supported). The layout is explicit: with
 * "auto" Fluent measures the bar with a ResizeObserver, which old webviews lack (see polyfills.ts).
 */
export function RequirementsBar() {
  const { host, tr } = usePane();
  const missing = host.requirements().filter((r) => !r.supported);
  if (missing.length === 0) return null;
  const sets = missing.map((r) => `${r.set} ${r.version}`).join(", ");
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="requirements-missing" style={{ margin: "6px 12px 0" }}>
      <MessageBarBody>{tr("req.missing", { sets })}</MessageBarBody>
    </MessageBar>
  );
}
