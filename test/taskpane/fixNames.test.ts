// Fix buttons tell apart the cells they fix: "แก้ไข จำนวนเงิน J8", from where the reading found each cell.
import { PreviewWorkbookHost } from "../../src/adapters/preview";
import { fixName } from "../../src/taskpane/components/ValidatePanel";
import { analyzeWorkbook, templateSpec } from "../../src/taskpane/workbookApi";
import type { Finding } from "../../src/core/findings";
import { findingKey } from "../../src/taskpane/state/validation";

describe("names of the fix buttons", () => {
  it("name what each finding's cell holds, and the names of the seed's fix buttons differ", async () => {
    const host = new PreviewWorkbookHost();
    await host.insertTemplate(await templateSpec("example", 2560, "th"), "fail");
    const a = analyzeWorkbook(await host.loadSnapshot());
    expect(a.fieldNames?.["งบประมาณ!J8"]).toEqual({ th: "จำนวนเงิน", en: "Amount" });
    const fixed = a.findings.filter((f) => a.fixes.some((x) => x.findingKey === findingKey(f)));
    expect(fixed.length).toBeGreaterThan(1);
    const names = fixed.map((f) => fixName("แก้ไข", f, a.fieldNames, "th"));
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("แก้ไข จำนวนเงิน J8");
    const j8 = a.findings.find((f) => f.sheet === "งบประมาณ" && f.cell === "J8")!;
    expect(fixName("Fix", j8, a.fieldNames, "en")).toBe("Fix Amount J8");
  });

  it("falls back to the sheet's name, or the verb alone for a finding without a cell", () => {
    const f: Finding = { rule: "over-allocation", severity: "error", message: { th: "", en: "" }, sheet: "โครงการ", cell: "B9" };
    expect(fixName("แก้ไข", f, {}, "th")).toBe("แก้ไข โครงการ B9");
    expect(fixName("แก้ไข", { ...f, cell: undefined }, {}, "th")).toBe("แก้ไข");
  });
});
