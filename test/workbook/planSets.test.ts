/**
 * Plan sets (issue 11, item 2): a workbook with a second plan inserted alongside ("โครงการ (2)", …) is
 * checked one set at a time — the active sheet's set or the one picked — and a blank set says there is
 * nothing to check yet rather than "no problems".
 */
import { PreviewWorkbookHost } from "../../src/adapters/preview";
import { seedPlan } from "../../src/core/examples/seed2560";
import { emptyPlan } from "../../src/core/model";
import { buildWorkbookSpec } from "../../src/workbook";
import { chooseSet, planSets, setOfSheet, snapshotOfSet, templateSheetOf } from "../../src/workbook/planSets";
import { analyzeWorkbook } from "../../src/taskpane/workbookApi";
import type { WorkbookSnapshot } from "../../src/workbook/types";

const TODAY = { year: 2559, month: 10 };
const sheet = (name: string) => ({ name, values: [], formulas: [] });
const snap = (...names: string[]): WorkbookSnapshot => ({ sheets: names.map(sheet) });

describe("plan sets", () => {
  test("sheets group by the suffix the template got ('(2)'), in either language; kept old sheets and other sheets belong to none", () => {
    expect(templateSheetOf("งบประมาณ (2)")).toEqual({ key: "budget", id: "2" });
    expect(templateSheetOf("Budget(3)")).toEqual({ key: "budget", id: "3" });
    expect(templateSheetOf("โครงการ")).toEqual({ key: "project", id: "" });
    expect(templateSheetOf("งบประมาณ (เดิม)")).toBeUndefined();
    expect(templateSheetOf("Sheet1")).toBeUndefined();
    const s = snap("Sheet1", "โครงการ", "กิจกรรม", "งบประมาณ", "โครงการ (2)", "กิจกรรม (2)", "งบประมาณ (2)", "สรุป (3)", "งบประมาณ (เดิม)");
    const sets = planSets(s);
    // "สรุป (3)" alone holds no plan: no set
    expect(sets.map((x) => [x.id, x.sheets])).toEqual([
      ["", ["โครงการ", "กิจกรรม", "งบประมาณ"]],
      ["2", ["โครงการ (2)", "กิจกรรม (2)", "งบประมาณ (2)"]],
    ]);
    expect(setOfSheet(sets, "กิจกรรม (2)")?.id).toBe("2");
    expect(setOfSheet(sets, "Sheet1")).toBeUndefined();
    expect(chooseSet(sets, { activeSheet: "งบประมาณ (2)" })?.id).toBe("2");
    expect(chooseSet(sets, { activeSheet: "Sheet1" })?.id).toBe("");
    expect(chooseSet(sets, { id: "", activeSheet: "งบประมาณ (2)" })?.id).toBe("");
    expect(snapshotOfSet(s, sets, sets[1]).sheets.map((x) => x.name)).toEqual(["โครงการ (2)", "กิจกรรม (2)", "งบประมาณ (2)"]);
    // the first set keeps the sheets of no set (a hand-made sheet is read by its content; the reader skips kept old ones)
    expect(snapshotOfSet(s, sets, sets[0]).sheets.map((x) => x.name)).toEqual(["Sheet1", "โครงการ", "กิจกรรม", "งบประมาณ", "งบประมาณ (เดิม)"]);
    // one set: the snapshot as it is
    const one = snap("Sheet1", "งบประมาณ");
    expect(snapshotOfSet(one, planSets(one), planSets(one)[0])).toBe(one);
  });

  test("a second set inserted alongside is checked when its sheet is active, the first when picked; a blank set has nothing to check", async () => {
    const host = new PreviewWorkbookHost();
    await host.insertTemplate(buildWorkbookSpec(seedPlan(), { lang: "th" }), "fail");
    const first = analyzeWorkbook(await host.loadSnapshot(), TODAY);
    expect(first.sets.map((s) => s.id)).toEqual([""]);
    expect(first.findings.filter((f) => f.severity === "error").length).toBeGreaterThan(0);
    expect(first.empty).toBe(false);

    const inserted = await host.insertTemplate(buildWorkbookSpec(emptyPlan(2560), { lang: "th" }), "suffix");
    expect(inserted.created).toContain("โครงการ (2)");
    const full = await host.loadSnapshot();
    expect(full.activeSheet).toBe(inserted.created[0]);
    const second = analyzeWorkbook(full, TODAY);
    expect(second.sets.map((s) => s.id)).toEqual(["", "2"]);
    expect(second.sets[0].label).toContain(seedPlan().project.name);
    expect(second.setId).toBe("2");
    expect(second.isPlan).toBe(true);
    expect(second.empty).toBe(true);
    // what it read is the second set only: none of the seed's findings
    expect(second.findings.filter((f) => f.sheet && !/\(2\)$/.test(f.sheet))).toEqual([]);
    expect(second.findings.filter((f) => f.severity === "error")).toEqual([]);

    // picked: the first set, whatever sheet is active
    const picked = analyzeWorkbook(full, TODAY, "");
    expect(picked.setId).toBe("");
    expect(picked.findings.map((f) => f.rule)).toEqual(first.findings.map((f) => f.rule));
    // the active sheet moves to the first set: its set is checked
    host.workbook.setActiveSheet("งบประมาณ", "user");
    expect(analyzeWorkbook(await host.loadSnapshot(), TODAY).setId).toBe("");
  });
});

describe("hand-made workbooks holding several projects", () => {
  const project = (name: string, title: string, allocation: number, item: string, qty: number, price: number, amount = qty * price) =>
    sheet2(name, [[title], ["งบประมาณที่ได้รับจัดสรร", allocation], [], ["รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"], [item, qty, price, amount]]);
  const sheet2 = (name: string, rows: (string | number | null)[][]): WorkbookSnapshot["sheets"][number] => ({ name, values: rows, formulas: rows.map((r) => r.map(() => null)) });

  test("a sheet per project (own name, allocation and lines) is a set each; each is checked on its own", () => {
    const s: WorkbookSnapshot = { sheets: [project("A", "โครงการ ซ่อมแซมห้องน้ำ ปีงบประมาณ 2569", 1200, "ค่ากระดาษ A4", 10, 120), project("B", "โครงการ จัดซื้อแฟ้ม ปีงบประมาณ 2569", 500, "ค่าแฟ้ม", 20, 30)] };
    const sets = planSets(s);
    expect(sets.map((x) => [x.id, x.sheets, x.hand?.name])).toEqual([
      ["h1", ["A"], "ซ่อมแซมห้องน้ำ"],
      ["h2", ["B"], "จัดซื้อแฟ้ม"],
    ]);
    expect(setOfSheet(sets, "B")?.id).toBe("h2");
    expect(snapshotOfSet(s, sets, sets[1]).sheets.map((x) => x.name)).toEqual(["B"]);
    // A alone is exactly on its allocation; B is over its own (600 > 500)
    const a = analyzeWorkbook(s, { year: 2569, month: 1 }, "h1");
    expect(a.findings.filter((f) => f.rule === "over-allocation")).toEqual([]);
    const b = analyzeWorkbook(s, { year: 2569, month: 1 }, "h2");
    expect(b.findings.filter((f) => f.rule === "over-allocation").map((f) => f.sheet)).toEqual(["B"]);
    expect(b.sets.map((x) => x.label)).toEqual(["ซ่อมแซมห้องน้ำ — A", "จัดซื้อแฟ้ม — B"]);
  });

  test("sheets of one project (a name and allocation only on the first) and a copy with the same name are one plan", () => {
    const acts: WorkbookSnapshot = { sheets: [project("A", "โครงการ ซ่อมแซมห้องน้ำ", 1200, "ค่ากระดาษ A4", 10, 120), sheet2("กิจกรรม2", [["กิจกรรมที่ 2"], ["รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"], ["ค่าแฟ้ม", 20, 30, 600]])] };
    expect(planSets(acts)).toEqual([]);
    const copy: WorkbookSnapshot = { sheets: [project("A", "โครงการ ซ่อมแซมห้องน้ำ", 1200, "ค่ากระดาษ A4", 10, 120), project("A (พิมพ์)", "โครงการ ซ่อมแซมห้องน้ำ", 1200, "ค่ากระดาษ A4", 10, 120)] };
    expect(planSets(copy)).toEqual([]);
  });
});
