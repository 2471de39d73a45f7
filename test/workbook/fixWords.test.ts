/**
 * A fix that puts a line's amount formula back says it in words (blind test of the preview, finding 12): no
 * raw "=PRODUCT(E7,F7,H7)" in the message the pane shows as "แก้ไขแล้ว: …", but what the formula does and
 * the amount it gives, and whether it replaces a typed number or a wrong formula.
 */
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec, planFixes, readPlan } from "../../src/workbook";
import { addr } from "../../src/workbook/a1";
import { HfBook } from "../helpers/hfSnapshot";

const TODAY = { year: 2559, month: 10 };

function bookWithFormulas() {
  // the seed's lines with their amounts as computed: every amount cell holds the template's formula
  const p = seedPlan();
  return HfBook.fromSpec(buildWorkbookSpec({ ...p, budgetLines: p.budgetLines.map((l) => ({ ...l, statedAmount: null })) }, { lang: "th" }));
}

test("a typed amount and a formula referring to another row: the fix says the formula in words, with the amount", () => {
  const book = bookWithFormulas();
  const b = readPlan(book.snapshot()).located.budget!;
  const rows = b.rows.filter((r) => typeof book.value("งบประมาณ", addr(r, b.cols.unitCost)) === "number");
  const [typed, wrong] = [rows[0], rows[1]];
  const typedCell = addr(typed, b.cols.amount);
  const wrongCell = addr(wrong, b.cols.amount);
  const want = book.value("งบประมาณ", typedCell) as number;
  book.set("งบประมาณ", typedCell, { value: want + 1000 });
  // the row above's product: a formula that refers to another row
  const other = ["unitCost", "quantity", "times"].map((k) => addr(typed, b.cols[k])).join(",");
  book.set("งบประมาณ", wrongCell, { formula: `=PRODUCT(${other})` });
  const fixes = planFixes(book.snapshot(), { today: TODAY });
  const a = fixes.find((f) => f.cell === typedCell)!;
  const w = fixes.find((f) => f.cell === wrongCell)!;
  for (const f of [a, w]) {
    expect(f.formula).toMatch(/^=PRODUCT\(/);
    expect(f.description.th).not.toMatch(/=|PRODUCT/);
    expect(f.description.en).not.toMatch(/=|PRODUCT/);
    expect(f.description.th).toContain("อัตรา × จำนวน × ครั้ง");
    expect(f.description.en).toContain("unit cost × quantity × times");
    expect(f.description.th).toContain(`งบประมาณ!${f.cell}`);
  }
  expect(a.description.th).toContain(`ได้ ${want.toLocaleString("en-US")} บาท แทนตัวเลขที่พิมพ์ไว้`);
  expect(w.description.th).toContain("แทนสูตรที่ผิด");
  book.destroy();
});
