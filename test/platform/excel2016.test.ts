/**
 * The blank workbooks in the release (templates/) are what schools on Office 2016 or volume-licensed Office 2019
 * use without the add-in. Every worksheet function the template writes (cells, conditional formats, list
 * sources; Thai and English; blank and filled) is listed and checked against the functions Excel gained after
 * Excel 2016 (Excel 2019 and Microsoft 365). Each one the template uses must be named in both deployment guides as
 * a limitation, and the guides must name no such function the template no longer uses.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { emptyPlan } from "../../src/core/model";
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec } from "../../src/workbook";

const root = path.resolve(__dirname, "../..");

/** Worksheet functions added after Excel 2016 (Excel 2019, Excel 2021, Microsoft 365). */
const AFTER_2016 = [
  // Excel 2019
  "CONCAT", "IFS", "MAXIFS", "MINIFS", "SWITCH", "TEXTJOIN",
  // Excel 2021 and Microsoft 365
  "FILTER", "RANDARRAY", "SEQUENCE", "SORT", "SORTBY", "UNIQUE", "XLOOKUP", "XMATCH", "LET", "LAMBDA", "MAP", "REDUCE",
  "SCAN", "MAKEARRAY", "BYROW", "BYCOL", "ISOMITTED", "TEXTBEFORE", "TEXTAFTER", "TEXTSPLIT", "VSTACK", "HSTACK",
  "TOROW", "TOCOL", "WRAPROWS", "WRAPCOLS", "TAKE", "DROP", "CHOOSEROWS", "CHOOSECOLS", "EXPAND", "ARRAYTOTEXT",
  "VALUETOTEXT", "IMAGE", "GROUPBY", "PIVOTBY", "PERCENTOF", "REGEXTEST", "REGEXEXTRACT", "REGEXREPLACE", "TRIMRANGE",
  "STOCKHISTORY", "FIELDVALUE",
];

function functionsOfTemplate(): Set<string> {
  const out = new Set<string>();
  const add = (f: string) => {
    for (const m of f.replace(/"(?:[^"]|"")*"/g, "").matchAll(/\b([A-Z][A-Z0-9.]*)\(/g)) out.add(m[1].replace(/^_XLFN\./, ""));
  };
  for (const lang of ["th", "en"] as const) {
    for (const plan of [emptyPlan(2570), seedPlan()]) {
      const spec = buildWorkbookSpec(plan, { lang });
      for (const s of spec.sheets) {
        for (const c of s.cells) if (c.formula) add(c.formula);
        for (const cf of s.conditionalFormats ?? []) add(cf.formula);
        for (const v of s.validations ?? []) if (typeof v.source === "string") add(v.source);
      }
    }
  }
  return out;
}

const used = functionsOfTemplate();
const newer = AFTER_2016.filter((f) => used.has(f));
const guides = ["docs/deploy.th.md", "docs/deploy.en.md"].map((p) => fs.readFileSync(path.join(root, p), "utf8"));

test("the template's functions are listed (sanity: the usual ones are there)", () => {
  expect([...used]).toEqual(expect.arrayContaining(["SUM", "SUMIF", "IF", "DATE", "EOMONTH", "PRODUCT", "BAHTTEXT"]));
});

test("every function newer than Excel 2016 that the template uses is named in both guides, and only those", () => {
  for (const g of guides) {
    for (const f of newer) expect(g).toContain(f);
    const named = AFTER_2016.filter((f) => new RegExp(`\\b${f}\\b`).test(g));
    expect(named.sort()).toEqual([...newer].sort());
  }
});
