/**
 * Notices that report a step do not outlive it (blind test of the preview, finding 12): "แก้ไขแล้ว … เลิกทำ"
 * goes at the user's next edit of the workbook, and "เลิกทำแล้ว" stays on the tab where the undo was pressed.
 * Errors and warnings stay until dismissed.
 */
import { appReducer, initialAppState, type AppState, type Notice } from "../../src/taskpane/state/app";

const withNotice = (notice: Notice): AppState => appReducer(initialAppState("th"), { type: "notify", notice });

test("the user's next edit drops a success or information notice (with its undo), not an error or a warning", () => {
  const fixed = withNotice({ kind: "success", key: "validate.fixed", undo: true, undoId: 3, tab: "validate" });
  expect(appReducer(fixed, { type: "userEdited" }).notice).toBeNull();
  expect(appReducer(withNotice({ kind: "info", key: "validate.undone", tab: "validate" }), { type: "userEdited" }).notice).toBeNull();
  for (const kind of ["error", "warning"] as const) {
    const s = withNotice({ kind, key: "err.liveOff" });
    expect(appReducer(s, { type: "userEdited" })).toBe(s);
  }
});

test("'undone' said on the check tab does not follow the user to another tab", () => {
  const s = withNotice({ kind: "info", key: "validate.undone", tab: "validate" });
  expect(appReducer(s, { type: "setTab", tab: "schedule" }).notice).toBeNull();
  // an inserted template's notice (no tab) still shows on the check tab the pane opens after inserting
  const inserted = appReducer({ ...initialAppState("th"), tab: "template" }, { type: "notify", notice: { kind: "success", key: "template.inserted", vars: { names: "x" } } });
  expect(appReducer(inserted, { type: "setTab", tab: "validate" }).notice?.key).toBe("template.inserted");
});
