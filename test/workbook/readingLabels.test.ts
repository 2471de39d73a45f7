/**
 * "What was read" (pane) and `inspect` (command line) name every column and field a reader can produce in
 * Thai and English, never by an internal id (stated, statusInput, rateCategory …). The ids are taken from the
 * definitions the readers use — the template layout's tables and fields, the hand-made reader's roles — not
 * from a list written here.
 */
import * as fs from "fs";
import * as path from "path";
import { LAYOUT_TABLES, explainReading, fieldLabel, roleLabel } from "../../src/workbook/explain";
import { PROJECT_FIELDS, RESULTS_FIELDS } from "../../src/workbook/layout";
import { readPlan } from "../../src/workbook/readPlan";
import { buildWorkbookSpec } from "../../src/workbook";
import { seedPlan } from "../../src/core/examples/seed2560";
import { HfBook } from "../helpers/hfSnapshot";

const THAI = /[\u0E00-\u0E7F]/;
/** An id written in code: camelCase ("statusInput"); in Thai, any Latin id at all. */
const looksLikeId = (label: string, id: string, lang: "th" | "en") => /[a-z][A-Z]/.test(label) || (lang === "th" && label === id);

function expectLabels(th: string, en: string, id: string) {
  expect({ id, th, thai: THAI.test(th) }).toEqual({ id, th, thai: true });
  expect({ id, th: looksLikeId(th, id, "th"), en: looksLikeId(en, id, "en") }).toEqual({ id, th: false, en: false });
  expect(en.trim()).not.toBe("");
}

/** The roles of the hand-made reader, from its type (src/workbook/read/handHeader.ts `type Role`). */
function handRoles(): string[] {
  const src = fs.readFileSync(path.join(__dirname, "..", "..", "src", "workbook", "read", "handHeader.ts"), "utf8");
  const block = /export type Role =([^;]+);/.exec(src)![1];
  return [...block.matchAll(/"(\w+)"/g)].map((m) => m[1]);
}

test("every column of every template table has a Thai and an English label", () => {
  let n = 0;
  for (const [table, def] of Object.entries(LAYOUT_TABLES)) {
    for (const c of def.columns) {
      expectLabels(roleLabel(c.key, "th", table as keyof typeof LAYOUT_TABLES), roleLabel(c.key, "en", table as keyof typeof LAYOUT_TABLES), `${table}.${c.key}`);
      n++;
    }
  }
  expect(n).toBeGreaterThan(60);
});

test("every role of the hand-made reader has a Thai and an English label", () => {
  const roles = handRoles();
  expect(roles).toEqual(expect.arrayContaining(["item", "unitCost", "timesUnit", "calcText"]));
  const withArg: Record<string, string> = { satang: "satang:G", monthAmount: "monthAmount:1", classAmount: "amount:services" };
  for (const r of roles) {
    const role = withArg[r] ?? r;
    expectLabels(roleLabel(role, "th", "budget"), roleLabel(role, "en", "budget"), role);
    if (!withArg[r]) expectLabels(roleLabel(role, "th"), roleLabel(role, "en"), role);
  }
});

test("every project and results field has a Thai and an English label", () => {
  for (const f of [...PROJECT_FIELDS, ...RESULTS_FIELDS]) expectLabels(fieldLabel(f.key, "th"), fieldLabel(f.key, "en"), f.key);
});

test("an activity table's 'status' is its status, a budget table's the check column: the table decides", () => {
  expect(roleLabel("status", "th", "activities")).toBe("สถานะ");
  expect(roleLabel("status", "th", "budget")).not.toBe("สถานะ");
  expect(roleLabel("statusInput", "th", "activities")).toContain("สถานะ");
});

test("the reading of a template workbook shows no internal id for any column", () => {
  for (const lang of ["th", "en"] as const) {
    const book = HfBook.fromSpec(buildWorkbookSpec(seedPlan(), { lang }));
    const snap = book.snapshot();
    const e = explainReading(snap, readPlan(snap));
    const roles = e.tables.flatMap((t) => t.columns.map((c) => ({ table: t.table, role: c.role })));
    expect(roles.length).toBeGreaterThan(30);
    for (const { table, role } of roles) expectLabels(roleLabel(role, "th", table), roleLabel(role, "en", table), `${table}.${role}`);
    for (const f of e.fields) expectLabels(fieldLabel(f.field, "th"), fieldLabel(f.field, "en"), f.field);
    book.destroy();
  }
});
