/**
 * Fast companion of es2017.test.ts (which parses the built bundles): Babel lowers most new syntax to ES2017,
 * but some things it cannot lower, and they break the task pane in EdgeHTML 18 (Office 2019, older Microsoft
 * 365) and Safari 13: a regex lookbehind `(?<=…)` / `(?<!…)` (a SyntaxError when the script is parsed, or when
 * `new RegExp` builds it) and BigInt (`123n`, `BigInt(…)`; EdgeHTML 18 and Safari 13 have none). This test
 * finds them in the sources that go into the task pane, with file:line, without building anything.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";

const root = path.resolve(__dirname, "../..");
// Everything under src/ can end up in the task pane bundle except the Node-only CLI (the preview chunk imports
// parts of the xlsx adapter, e.g. its sheet-reference helpers).
const NODE_ONLY = [/^src\/cli\//];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|tsx)$/.test(e.name) && !/\.d\.ts$/.test(e.name)) out.push(rel);
  }
  return out;
}

const LOOKBEHIND = /\(\?<[=!]/;
// Named groups, the s (dotAll) flag and $<name> substitutions: EdgeHTML 18 has none of them, and the pane ships
// no polyfill that would emulate them (babel.config.js leaves core-js's RegExp and String#replace/match/split/
// search replacements out), so the pane's sources must not use them either.
const NAMED_GROUP = /\(\?<[A-Za-z_$]/;
const REGEX_CALLS = new Set(["replace", "replaceAll"]);

/** Constructs no ES2017 engine can run, as "file:line: what". */
export function untranspilable(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  const at = (node: ts.Node, what: string) =>
    out.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: ${what}: ${node.getText(sf).slice(0, 80)}`);
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node) && LOOKBEHIND.test(node.text)) at(node, "regex lookbehind");
    else if (ts.isRegularExpressionLiteral(node) && NAMED_GROUP.test(node.text)) at(node, "regex named group");
    else if (ts.isRegularExpressionLiteral(node) && /\/[a-z]*s[a-z]*$/.test(node.text)) at(node, "regex flag s (dotAll)");
    else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && LOOKBEHIND.test(node.text))
      at(node, "lookbehind in a string (RegExp source)");
    else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && NAMED_GROUP.test(node.text))
      at(node, "named group in a string (RegExp source)");
    else if ((ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) && LOOKBEHIND.test(node.text))
      at(node, "lookbehind in a template (RegExp source)");
    else if ((ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) && NAMED_GROUP.test(node.text))
      at(node, "named group in a template (RegExp source)");
    else if (node.kind === ts.SyntaxKind.BigIntLiteral) at(node, "BigInt literal");
    else if (ts.isIdentifier(node) && node.text === "BigInt" && !ts.isPropertyAccessExpression(node.parent)) at(node, "BigInt");
    else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
      const flags = node.arguments?.[1];
      if (flags && ts.isStringLiteralLike(flags) && flags.text.includes("s")) at(node, "RegExp flag s (dotAll)");
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && REGEX_CALLS.has(node.expression.name.text)) {
      const by = node.arguments[1];
      if (by && ts.isStringLiteralLike(by) && by.text.includes("$<")) at(node, "$<name> substitution");
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

test("the detector finds lookbehind, named groups, the s flag, $<name> substitutions and BigInt, and nothing in plain code", () => {
  const found = untranspilable(
    "x.ts",
    [
      "const a = /(?<![0-9])x/;",
      'const b = new RegExp("(?<=a)b");',
      "const c = new RegExp(`(?<![a-z])${w}`);",
      "const d = 100n;",
      "const e = BigInt(5);",
      "const f = /(?<year>\\d{4})/;",
      "const g = /a.b/su;",
      'const h = new RegExp("(?<m>x)");',
      'const i = new RegExp(src, "gs");',
      'const j = text.replace(re, "$<year>");',
      "const ok = /(?:a)(?=b)(?!c)/gu; const s = '(?:x)'; const n = 100; const r = new RegExp(w, 'gy'); t.replace(re, '$1 < 2');",
    ].join("\n"),
  );
  expect(found.map((f) => f.replace(/: [^:]*$/, ""))).toEqual([
    "x.ts:1: regex lookbehind",
    "x.ts:2: lookbehind in a string (RegExp source)",
    "x.ts:3: lookbehind in a template (RegExp source)",
    "x.ts:4: BigInt literal",
    "x.ts:5: BigInt",
    "x.ts:6: regex named group",
    "x.ts:7: regex flag s (dotAll)",
    "x.ts:8: named group in a string (RegExp source)",
    "x.ts:9: RegExp flag s (dotAll)",
    "x.ts:10: $<name> substitution",
  ]);
});

test("task-pane sources use no regex lookbehind, named groups, s flag, $<name> substitution or BigInt (ES2017 engines, no RegExp polyfill)", () => {
  const files = sources("src").filter((f) => !NODE_ONLY.some((re) => re.test(f)));
  expect(files.length).toBeGreaterThan(10);
  const problems = files.flatMap((f) => untranspilable(f, fs.readFileSync(path.join(root, f), "utf8")));
  expect(problems).toEqual([]);
});
