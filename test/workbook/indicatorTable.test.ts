/**
 * The indicator table generated the way Thai plans write it (issue 11, item 8): one row per target, a
 * target the table already has an indicator for matched to it (the seed's 200-evaluators target and its
 * 100-evaluators indicator stay one row), new rows inside the table's formats, nothing overwritten.
 */
import { PreviewWorkbookHost } from "../../src/adapters/preview";
import { seedPlan } from "../../src/core/examples/seed2560";
import { validatePlan } from "../../src/core/validation/engine";
import { buildIndicators, buildWorkbookSpec, readPlan } from "../../src/workbook";
import { MATCH_THRESHOLD, indicatorSimilarity, indicatorTableEdits, matchIndicators } from "../../src/workbook/indicatorTable";

describe("generating the indicator table", () => {
  test("outputs keep the target's number and unit; outcomes are worded 'ร้อยละของ…' with a percentage target", () => {
    const inds = buildIndicators(seedPlan(), "th");
    const evaluators = inds.find((i) => i.kind === "output" && i.targetValue === 200)!;
    expect(evaluators).toMatchObject({ targetUnit: "คน" });
    expect(evaluators.targetText).toBeUndefined();
    const outcomes = inds.filter((i) => i.kind === "outcome");
    expect(outcomes.length).toBeGreaterThan(0);
    for (const o of outcomes) {
      expect(o.text).toMatch(/^ร้อยละ/);
      // the seed's qualitative targets state no percentage: none is invented (it was 80 for every one)
      expect(o.targetValue).toBeUndefined();
      expect(o.targetUnit).toBe("ร้อยละ");
    }
    // a target without a number keeps its wording as the target
    expect(inds.find((i) => i.kind === "output" && i.targetValue === undefined)?.targetText).toBeTruthy();
  });

  test("an outcome with no stated value: the written table leaves it empty and the check asks the planner for it", () => {
    const plan = seedPlan();
    plan.indicators = buildIndicators(plan, "th");
    const outcomes = plan.indicators.filter((i) => i.kind === "outcome" && i.targetValue === undefined);
    expect(outcomes.length).toBeGreaterThan(0);
    const asked = validatePlan(plan).filter((f) => f.rule === "indicator-target-missing");
    for (const o of outcomes) expect(asked.some((f) => f.message.th.includes(o.text.slice(0, 20)))).toBe(true);
    // a stated percentage is kept, never replaced by another figure
    const stated = { ...plan, targets: [{ ...plan.targets.find((t) => t.kind === "qualitative")!, text: "ร้อยละ 90 ของนักเรียนมีทักษะการอ่าน", value: undefined }] };
    expect(buildIndicators(stated, "th")[0]).toMatchObject({ kind: "outcome", targetValue: 90 });
  });

  test("a percentage stated in the target goes to the target value, never twice in the wording (ร้อยละ once)", () => {
    const plan = seedPlan();
    const q = plan.targets.find((t) => t.kind === "qualitative")!;
    const cases: [string, string, number][] = [
      ["ครูที่ผ่านการอบรมสามารถออกแบบการจัดการเรียนรู้เชิงรุกได้ ร้อยละ 80", "ร้อยละของครูที่ผ่านการอบรมสามารถออกแบบการจัดการเรียนรู้เชิงรุกได้", 80],
      ["นักเรียนมีทักษะการอ่านไม่น้อยกว่าร้อยละ ๘๕ ขึ้นไป", "ร้อยละของนักเรียนมีทักษะการอ่าน", 85],
      ["ร้อยละ 90 ของนักเรียนมีทักษะการอ่าน", "ร้อยละของนักเรียนมีทักษะการอ่าน", 90],
      ["ผู้ปกครองพึงพอใจ 75%", "ร้อยละของผู้ปกครองพึงพอใจ", 75],
      ["ร้อยละของครูใช้สื่อ", "ร้อยละของครูใช้สื่อ", NaN],
    ];
    for (const [text, wording, value] of cases) {
      const [ind] = buildIndicators({ ...plan, targets: [{ ...q, text, value: undefined }] }, "th");
      expect([text, ind.text, ind.targetValue ?? NaN, ind.targetUnit]).toEqual([text, wording, value, "ร้อยละ"]);
      expect(ind.text.match(/ร้อยละ/g)).toHaveLength(1);
    }
  });

    test("the same indicator in other words is matched (same kind only, one to one)", () => {
    const plan = seedPlan();
    const generated = buildIndicators(plan, "th");
    const match = matchIndicators(generated, plan.indicators);
    const evalTarget = generated.findIndex((i) => i.targetValue === 200);
    expect(plan.indicators[match[evalTarget]].targetValue).toBe(100);
    expect(plan.indicators[match[evalTarget]].text).toContain("ผู้ประเมิน");
    expect(new Set(match.filter((m) => m >= 0)).size).toBe(match.filter((m) => m >= 0).length);
    match.forEach((m, i) => m >= 0 && expect(plan.indicators[m].kind).toBe(generated[i].kind));
    expect(indicatorSimilarity("จำนวนผู้ประเมิน 200 คน", "ผู้ประเมิน 100 คน")).toBe(1);
    expect(indicatorSimilarity("จำนวนผู้ประเมิน 200 คน", "ผู้ประเมิน จำนวน 100 คน")).toBeGreaterThan(MATCH_THRESHOLD);
    expect(indicatorSimilarity("จำนวนโรงเรียน", "ร้อยละของครู")).toBeLessThan(0.3);
  });

  test("the seed's table: one row per target, the evaluators' row not duplicated, new rows inside the table's formats, nothing overwritten", async () => {
    const host = new PreviewWorkbookHost();
    await host.insertTemplate(buildWorkbookSpec(seedPlan(), { lang: "th" }), "fail");
    const snap = await host.loadSnapshot();
    const before = readPlan(snap).plan;
    const r = indicatorTableEdits(snap, before, "th");
    expect(r.matched).toBeGreaterThanOrEqual(1);
    expect(r.added + r.matched).toBe(before.targets.length);
    // nothing the user wrote is overwritten
    const sheet = snap.sheets.find((s) => s.name === "ตัวชี้วัด")!;
    for (const e of r.edits.filter((x) => x.value !== null)) {
      const [, col, row] = /^([A-Z]+)(\d+)$/.exec(e.cell)!;
      const v = sheet.values[Number(row) - 1]?.[col.charCodeAt(0) - 65];
      expect([e.cell, v ?? null]).toEqual([e.cell, null]);
    }
    await host.applyEdits(r.edits);
    const after = readPlan(await host.loadSnapshot()).plan;
    expect(after.indicators).toHaveLength(before.indicators.length + r.added);
    // the 200-evaluators target did not become a second evaluators' row
    expect(after.indicators.filter((i) => i.kind === "output" && /ผู้ประเมิน/.test(i.text))).toHaveLength(1);
    expect(after.indicators.some((i) => i.targetValue === 200 && i.targetUnit === "คน")).toBe(false);
    // the matched row got its empty method and tool, its target kept
    const evaluators = after.indicators.find((i) => i.kind === "output" && /ผู้ประเมิน/.test(i.text))!;
    expect(evaluators).toMatchObject({ targetValue: 100 });
    expect(evaluators.method).toBeTruthy();
    expect(evaluators.tool).toBeTruthy();
    // new rows carry the table's formats
    const firstRow = 5;
    const newRows = [...new Set(r.edits.filter((e) => e.formatLike).map((e) => Number(/\d+$/.exec(e.cell)![0])))];
    expect(newRows.length).toBe(r.added);
    for (const row of newRows) {
      for (const col of ["A", "B", "C", "F", "G"]) {
        const here = host.workbook.readCell("ตัวชี้วัด", `${col}${row}`);
        const model = host.workbook.readCell("ตัวชี้วัด", `${col}${firstRow}`);
        expect([`${col}${row}`, here.style, here.numberFormat]).toEqual([`${col}${row}`, model.style, model.numberFormat]);
      }
    }
    // once generated, generating again changes nothing
    const again = indicatorTableEdits(await host.loadSnapshot(), after, "th");
    expect(again).toEqual({ edits: [], added: 0, matched: before.targets.length });
  });
});
