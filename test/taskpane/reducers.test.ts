import type { Finding } from "../../src/core/findings";
import { appReducer, initialAppState, errorMessage } from "../../src/taskpane/state/app";
import {
  countBySeverity,
  findingKey,
  fixFor,
  groupFindings,
  initialValidationState,
  lastUndo,
  undoBlocked,
  validationReducer,
  UNDO_LIMIT,
  type ValidationAction,
} from "../../src/taskpane/state/validation";
import type { CellScalar, WorkbookSnapshot } from "../../src/workbook/types";
import { fiscalYearChoices, initialTemplateState, templateReducer } from "../../src/taskpane/state/template";

const f = (rule: Finding["rule"], severity: Finding["severity"], cell?: string): Finding => ({
  rule,
  severity,
  message: { th: `ข้อ ${rule}`, en: rule },
  ...(cell ? { sheet: "งบประมาณ", cell } : {}),
});

describe("app reducer", () => {
  it("switches language and tab, counts busy operations, shows and dismisses notices", () => {
    let s = initialAppState("th");
    expect(s).toEqual({ lang: "th", tab: "validate", tabChosen: false, busy: 0, notice: null });
    s = appReducer(s, { type: "setLang", lang: "en" });
    expect(s.lang).toBe("en");
    expect(appReducer(s, { type: "setLang", lang: "en" })).toBe(s);
    s = appReducer(s, { type: "setTab", tab: "schedule" });
    expect(s.tab).toBe("schedule");
    s = appReducer(appReducer(s, { type: "busy", delta: 1 }), { type: "busy", delta: 1 });
    expect(s.busy).toBe(2);
    s = appReducer(appReducer(appReducer(s, { type: "busy", delta: -1 }), { type: "busy", delta: -1 }), { type: "busy", delta: -1 });
    expect(s.busy).toBe(0);
    s = appReducer(s, { type: "notify", notice: { kind: "success", key: "validate.fixed", vars: { what: "x" }, undo: true } });
    expect(s.notice?.undo).toBe(true);
    s = appReducer(s, { type: "dismiss" });
    expect(s.notice).toBeNull();
    expect(appReducer(s, { type: "dismiss" })).toBe(s);
  });

  it("a notice about a tab's action is dropped on leaving that tab; the next action clears success and information notices", () => {
    let s = appReducer(initialAppState("th"), { type: "setTab", tab: "indicators" });
    s = appReducer(s, { type: "notify", notice: { kind: "success", key: "indicators.done", undo: true, undoId: 3, tab: "indicators" } });
    expect(appReducer(s, { type: "setTab", tab: "indicators" }).notice).not.toBeNull();
    expect(appReducer(s, { type: "setTab", tab: "schedule" }).notice).toBeNull();
    // a notice not tied to a tab ("inserted sheets") follows the user, until the next action
    s = appReducer(s, { type: "notify", notice: { kind: "success", key: "template.inserted", vars: { names: "x" } } });
    s = appReducer(s, { type: "setTab", tab: "validate" });
    expect(s.notice?.key).toBe("template.inserted");
    expect(appReducer(s, { type: "busy", delta: 1 }).notice).toBeNull();
    expect(appReducer({ ...s, notice: { kind: "info", key: "validate.undone" } }, { type: "busy", delta: 1 }).notice).toBeNull();
    // warnings and errors stay until closed; an action ending clears nothing
    const warn = appReducer(s, { type: "notify", notice: { kind: "warning", key: "validate.undoRefused", vars: { cells: "ก!A1" } } });
    expect(appReducer(warn, { type: "busy", delta: 1 }).notice?.kind).toBe("warning");
    expect(appReducer(s, { type: "busy", delta: -1 }).notice?.key).toBe("template.inserted");
  });

  it("opens on the template tab when the first read finds no plan, unless the user already chose a tab", () => {
    expect(appReducer(initialAppState("th"), { type: "openedWithoutPlan" }).tab).toBe("template");
    const chosen = appReducer(initialAppState("th"), { type: "setTab", tab: "import" });
    expect(appReducer(chosen, { type: "openedWithoutPlan" })).toBe(chosen);
    // the check tab clicked while the first read still ran (it is the tab shown at first): the choice holds too
    const validate = appReducer(initialAppState("th"), { type: "setTab", tab: "validate" });
    expect(validate.tab).toBe("validate");
    expect(appReducer(validate, { type: "openedWithoutPlan" }).tab).toBe("validate");
    expect(appReducer(validate, { type: "setTab", tab: "validate" })).toBe(validate);
  });

  it("turns thrown values into messages", () => {
    expect(errorMessage(new Error("boom"))).toBe("boom");
    expect(errorMessage("plain")).toBe("plain");
    expect(errorMessage({ code: 5 })).toBe('{"code":5}');
  });
});

describe("validation reducer", () => {
  const findings = [f("line-amount-mismatch", "error", "H7"), f("rate-unconfirmed", "warning", "D9"), f("owner-name-inconsistent", "info")];

  it("stores a run, keeps the selection only while the finding still exists", () => {
    let s = initialValidationState();
    expect(s.findings).toBeNull();
    expect(s.live).toBe(true);
    s = validationReducer(s, { type: "validated", findings, problems: [], isPlan: true, fixes: [], at: "2026-01-01T00:00:00Z" });
    s = validationReducer(s, { type: "select", key: findingKey(findings[0]) });
    expect(s.selected).toBe(findingKey(findings[0]));
    s = validationReducer(s, { type: "validated", findings, problems: [], isPlan: true, fixes: [], at: "t2" });
    expect(s.selected).toBe(findingKey(findings[0]));
    s = validationReducer(s, { type: "validated", findings: findings.slice(1), problems: ["p"], isPlan: true, fixes: [], at: "t3" });
    expect(s.selected).toBeNull();
    expect(s.problems).toEqual(["p"]);
    expect(s.checkedAt).toBe("t3");
  });

  it("groups by severity with counts, leaving out empty groups", () => {
    const groups = groupFindings([findings[2], findings[0], f("total-mismatch", "error", "H40")]);
    expect(groups.map((g) => [g.severity, g.findings.length])).toEqual([
      ["error", 2],
      ["info", 1],
    ]);
    expect(countBySeverity(findings)).toEqual({ error: 1, warning: 1, info: 1 });
    expect(countBySeverity(null)).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it("finds the fix offered for a finding", () => {
    const fix = { findingKey: findingKey(findings[0]), edits: [{ sheet: "งบประมาณ", cell: "H7", formula: "=E7*F7*G7" }], label: { th: "ใช้สูตร", en: "Use formula" } };
    const s = validationReducer(initialValidationState(), { type: "validated", findings, problems: [], isPlan: true, fixes: [fix], at: "t" });
    expect(fixFor(s, findings[0])).toBe(fix);
    expect(fixFor(s, findings[1])).toBeUndefined();
  });

  it("keeps an undo stack of inverse edits, bounded, and removes entries when undone", () => {
    let s = initialValidationState();
    const inverse = [{ sheet: "งบประมาณ", cell: "H7", value: 13000 }];
    s = validationReducer(s, { type: "fixApplied", label: { th: "ก", en: "a" }, inverse });
    s = validationReducer(s, { type: "fixApplied", label: { th: "ข", en: "b" }, inverse: [] });
    expect(s.undo.map((u) => u.id)).toEqual([1, 2]);
    expect(lastUndo(s)?.label.en).toBe("b");
    s = validationReducer(s, { type: "undone", id: 2 });
    expect(lastUndo(s)?.inverse).toBe(inverse);
    for (let i = 0; i < UNDO_LIMIT + 5; i++) s = validationReducer(s, { type: "fixApplied", label: { th: "x", en: "x" }, inverse: [] });
    expect(s.undo).toHaveLength(UNDO_LIMIT);
    expect(s.nextUndoId).toBe(UNDO_LIMIT + 8);
  });

  it("a fix made from a finding remembers its place for its result and undo; undoing it or a fix made elsewhere ends it", () => {
    let s = initialValidationState();
    const at = { findingKey: "line-amount-mismatch|งบประมาณ|J8||", severity: "error" as const, index: 2 };
    s = validationReducer(s, { type: "fixApplied", label: { th: "ก", en: "a" }, inverse: [], at });
    expect(s.lastFix).toEqual({ ...at, label: { th: "ก", en: "a" }, undoId: 1 });
    s = validationReducer(s, { type: "undone", id: 1 });
    expect(s.lastFix).toBeNull();
    s = validationReducer(s, { type: "fixApplied", label: { th: "ก", en: "a" }, inverse: [], at });
    s = validationReducer(s, { type: "fixApplied", label: { th: "ข", en: "b" }, inverse: [] });
    expect(s.lastFix).toBeNull();
  });

  it("each check tells an undo step whether its cells were changed since; a refused undo keeps the step, blocked", () => {
    const sheet = (e4: CellScalar, f4: string | null = null): WorkbookSnapshot => ({
      sheets: [{ name: "กิจกรรม", values: [[], [], [], [null, null, null, null, e4]], formulas: [[], [], [], [null, null, null, null, f4]] }],
    });
    const validated = (snapshot: WorkbookSnapshot): ValidationAction => ({ type: "validated", findings: [], problems: [], isPlan: true, fixes: [], at: "t", snapshot });
    let s = initialValidationState();
    // the month fix wrote a date serial into E4 (row 4 of the snapshot)
    const inverse = [{ sheet: "กิจกรรม", cell: "E4", value: "พ.ย. ๒๕๖๙", expect: { value: 46692, numberFormat: "mmm yy" } }];
    s = validationReducer(s, { type: "fixApplied", id: 7, label: { th: "ก", en: "a" }, inverse });
    expect(s.undo[0].id).toBe(7);
    expect(s.nextUndoId).toBe(8);
    const same = validationReducer(s, validated(sheet(46692)));
    expect(undoBlocked(lastUndo(same))).toBeUndefined();
    expect(same.undo).toBe(s.undo); // nothing changed: the same entries
    // the user typed another month there
    s = validationReducer(s, validated(sheet("ธ.ค. 2569")));
    expect(undoBlocked(lastUndo(s))).toEqual(["กิจกรรม!E4"]);
    // or a formula: changed too
    expect(undoBlocked(lastUndo(validationReducer(s, validated(sheet(46692, "=DATE(2026,11,1)")))))).toEqual(["กิจกรรม!E4"]);
    // typed back as the fix left it: the undo is offered again
    s = validationReducer(s, validated(sheet(46692)));
    expect(undoBlocked(lastUndo(s))).toBeUndefined();
    // a check of other sheets says nothing about it
    expect(validationReducer(s, validated({ sheets: [] })).undo).toBe(s.undo);
    // the host refused: the step stays, blocked, naming the cells
    s = validationReducer(s, { type: "undoRefused", id: 7, cells: ["กิจกรรม!E4"] });
    expect(s.undo).toHaveLength(1);
    expect(undoBlocked(lastUndo(s))).toEqual(["กิจกรรม!E4"]);
  });

  it("live toggle, marks, reset keeps the toggle", () => {
    let s = validationReducer(initialValidationState(), { type: "setLive", live: false });
    s = validationReducer(s, { type: "marked", marked: true });
    expect(s.marked).toBe(true);
    s = validationReducer(s, { type: "reset" });
    expect(s.live).toBe(false);
    expect(s.marked).toBe(false);
  });

  it("finding keys separate rule, place and line", () => {
    expect(findingKey(findings[0])).not.toBe(findingKey({ ...findings[0], cell: "H8" }));
    expect(findingKey(findings[0])).not.toBe(findingKey({ ...findings[0], rule: "line-amount-hardcoded" }));
    expect(findingKey(findings[0])).toBe(findingKey({ ...findings[0], message: { th: "อื่น", en: "other" } }));
  });
});

describe("template reducer", () => {
  it("offers years around the current fiscal year and validates the picked year", () => {
    expect(fiscalYearChoices(2569)).toEqual([2567, 2568, 2569, 2570, 2571, 2572, 2573, 2574]);
    let s = initialTemplateState(2569, "th");
    expect(s).toMatchObject({ fiscalYear: 2569, sheetLang: "th", kind: "blank", pending: null });
    s = templateReducer(s, { type: "setFiscalYear", fiscalYear: 2570 });
    expect(s.fiscalYear).toBe(2570);
    expect(templateReducer(s, { type: "setFiscalYear", fiscalYear: 2026 })).toBe(s);
    expect(templateReducer(s, { type: "setFiscalYear", fiscalYear: NaN })).toBe(s);
    s = templateReducer(s, { type: "setKind", kind: "example" });
    s = templateReducer(s, { type: "setSheetLang", lang: "en" });
    expect(s).toMatchObject({ kind: "example", sheetLang: "en" });
  });

  it("holds a pending insert while asking about existing sheets", () => {
    const spec = { sheets: [{ key: "project", name: "โครงการ", cells: [] }] };
    let s = templateReducer(initialTemplateState(2569, "th"), { type: "conflict", pending: { spec, conflicts: ["โครงการ"] } });
    expect(s.pending?.conflicts).toEqual(["โครงการ"]);
    s = templateReducer(s, { type: "resolved" });
    expect(s.pending).toBeNull();
  });
});
