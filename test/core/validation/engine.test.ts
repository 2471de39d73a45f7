import { satang } from "../../../src/core/money";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RULES, sortFindings, validatePlan } from "../../../src/core/validation/engine";
import type { Rule } from "../../../src/core/validation/engine";
import type { Finding, RuleId } from "../../../src/core/findings";
import { B, activity, line, plan } from "./helpers";

describe("rule catalogue", () => {
  it("has unique ids and covers every plan-level rule id", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const planLevel: RuleId[] = [
      "line-amount-mismatch",
      "subtotal-mismatch",
      "total-mismatch",
      "over-allocation",
      "under-allocation",
      "rate-over-ceiling",
      "rate-unknown-category",
      "rate-ceiling-unknown",
      "schedule-outside-period",
      "schedule-missing",
      "spend-before-funds",
      "activity-without-budget",
      "budget-without-activity",
      "bad-number",
      "target-mismatch",
      "indicator-target-missing",
      "owner-name-inconsistent",
      "spent-over-received",
      "remaining-mismatch",
    ];
    expect([...ids].sort()).toEqual([...planLevel].sort());
    for (const r of RULES) {
      expect(r.title?.th).toMatch(/\S/);
      expect(r.title?.en).toMatch(/\S/);
    }
  });
});

describe("validatePlan", () => {
  const messy = () =>
    plan({
      project: { allocation: B(100), statedTotal: B(160) }, // wrong by both sums (140 computed, 150 as written)
      activities: [activity({ id: "1" }), activity({ id: "2", start: undefined, end: undefined }), activity({ id: "3" })],
      budgetLines: [
        line({ activityId: "3", item: "ค่าวัสดุ", statedAmount: B(100) }),
        line({ activityId: "1", item: "ค่าวัสดุ", unitCost: B(10), quantity: 2, statedAmount: B(30) }),
        line({ activityId: "9", item: "ค่าวัสดุ", statedAmount: B(20) }),
      ],
    });

  it("sorts by severity, then plan-wide before activities in table order, then unknown activities", () => {
    const f = validatePlan(messy(), { rateBook: null });
    const key = f.map((x) => `${x.severity}:${x.rule}:${x.activityId ?? "-"}`);
    expect(key).toEqual([
      "error:total-mismatch:-",
      "error:over-allocation:-",
      "error:line-amount-mismatch:1",
      "error:budget-without-activity:9",
      "warning:schedule-missing:2",
      "info:activity-without-budget:2",
    ]);
  });

  it("runs extra rules after the catalogue and can run a subset", () => {
    const extra: Rule = {
      id: "schedule-missing",
      severity: "info",
      title: { th: "ทดสอบ", en: "test" },
      run: () => [{ rule: "schedule-missing", severity: "info", message: { th: "ก", en: "a" } }],
    };
    const f = validatePlan(messy(), { rateBook: null, extraRules: [extra], only: ["schedule-missing"] });
    expect(f.map((x) => `${x.severity}:${x.activityId ?? "-"}`)).toEqual(["warning:2", "info:-"]);
  });

  it("returns nothing for a clean plan", () => {
    const p = plan({
      project: { allocation: B(2800), statedTotal: B(2800) },
      activities: [activity({ id: "1", owners: ["นางสาวนวลฉวี คนเที่ยง"] })],
      budgetLines: [line({ item: "ค่าเครื่องดื่มและอาหารว่าง", unitCost: B(35), quantity: 20, times: 4, statedAmount: B(2800) })],
      subtotals: [{ activityId: "1", statedAmount: B(2800) }],
    });
    expect(validatePlan(p)).toEqual([]);
  });

  it("sortFindings keeps the original order for equal keys", () => {
    const mk = (rule: RuleId, n: string): Finding => ({ rule, severity: "info", message: { th: n, en: n } });
    const list = [mk("bad-number", "a"), mk("bad-number", "b"), mk("line-amount-mismatch", "c")];
    expect(sortFindings(list, { activityIndex: new Map() }).map((f) => f.message.en)).toEqual(["c", "a", "b"]);
  });
});

describe("values that are not finite numbers", () => {
  it("are reported once, as bad-number, and do not poison totals or other rules", () => {
    const p = plan({
      project: { allocation: B(1000), statedTotal: B(100) },
      budgetLines: [
        line({ item: "ค่าเครื่องดื่มและอาหารว่าง", unitCost: satang(Number.NaN), quantity: 2, statedAmount: B(70) }),
        line({ item: "ค่าวัสดุ", statedAmount: satang(Number.POSITIVE_INFINITY) }),
        line({ item: "ค่าวัสดุ", statedAmount: B(30) }),
      ],
      subtotals: [{ activityId: "1", statedAmount: satang(Number.NaN) }],
      results: { received: satang(Number.NaN), spent: B(5), remaining: B(1) },
    });
    const f = validatePlan(p);
    expect(f.filter((x) => x.severity !== "info").map((x) => x.rule)).toEqual(["bad-number", "bad-number", "bad-number", "bad-number"]);
    expect(f.find((x) => x.rule === "under-allocation")?.actual).toBe(B(100));
    for (const x of f) expect(`${x.message.th} ${x.message.en}`).not.toMatch(/NaN|Infinity/);
  });
});

describe("docs/rules.md", () => {
  it("lists every catalogue rule with its severity", () => {
    const doc = readFileSync(join(__dirname, "../../../docs/rules.md"), "utf8");
    for (const r of RULES) {
      const row = doc.split("\n").find((l) => l.startsWith(`| \`${r.id}\` |`));
      expect(row).toBeDefined();
      expect(row).toContain(r.severity);
    }
  });
});
