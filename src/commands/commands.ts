/**
 * The ribbon's FunctionFile (commands.html). The only ribbon button opens the task pane (ShowTaskpane
 * action, handled by Office itself), so this page just initialises Office.js; the function below is
 * registered for manifests that add an ExecuteFunction button later.
 */

/** Completes an add-in command event; kept as a no-op command so the FunctionFile is never empty. */
export function noop(event: Office.AddinCommands.Event): void {
  event.completed();
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    const actions = (Office as unknown as { actions?: { associate(name: string, fn: (e: Office.AddinCommands.Event) => void): void } })
      .actions;
    if (actions) actions.associate("noop", noop);
  });
}
