/**
 * fromFileFormula takes `_xlfn.` / `_xlws.` off function names in one pass over the text; the rule it keeps
 * is mapFunctionNames' (function names outside string literals and quoted names, not inside a longer name
 * or reference). Here both are run on the same formulas: fixed cases and many random ones built from the
 * pieces that matter (prefixes in any case, literals, quoted names, references, digits, Thai, "!" and "$").
 */
import { fromFileFormula } from "../../src/adapters/xlsx/formula";
import { mapFunctionNames } from "../../src/workbook/formulaText";

const reference = (f: string) => {
  const body = f.startsWith("=") ? f.slice(1) : f;
  return "=" + mapFunctionNames(body, (name) => name.replace(/^_xl(fn|ws)\./i, "").replace(/^_xlfn\./i, ""));
};

const PIECES = ["_xlfn.", "_XLFN.", "_xlws.", "_xlFn._xlws.", "_xl", "_xlx.", "ISFORMULA", "SORT", "(", ")", ",", '"', "'", '""', "''", "A1", "$B$2", "'งบ'!", "Sheet1!", "!", "$", "1", ".", "ก", " ", "&", "=", "x", "_"];

/** A small deterministic generator (the same cases on every run). */
function* formulas(count: number): Generator<string> {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let k = 0; k < count; k++) {
    const n = 1 + (next() % 12);
    let f = "";
    for (let i = 0; i < n; i++) f += PIECES[next() % PIECES.length];
    yield f;
  }
}

describe("fromFileFormula", () => {
  test.each([
    "IF(_xlfn.ISFORMULA($J5),IF(N($E5)*N($L5)=0,\"\",IF($E5>$L5,\"เกินเพดาน\",\"ผ่าน\")),\"\")",
    '_xlfn.BAHTTEXT(_xlfn.MINIFS(A1:A3,A1:A3,">0"))',
    '"_xlfn.X("&_xlfn.X(1)',
    "'_xlfn.S'!A1+_xlws.SORT(A1:A3)",
    "A_xlfn.X(1)+1_xlfn.Y(2)+$_xlfn.Z(3)+!_xlfn.W(4)+ก_xlfn.V(5)",
    "_xlfn._xlfn.X(1)+_xlws._xlfn.Y(1)+_xlfn._xlws.Z(1)",
    "_xlfn.X (1)+_xlfn.X",
    '"unterminated _xlfn.X(',
    "=_XLFN.SORT(A1)",
  ])("%s as mapFunctionNames renames it", (f) => {
    expect(fromFileFormula(f)).toBe(reference(f));
  });

  test("random formulas: the same text as mapFunctionNames gives", () => {
    let renamed = 0;
    for (const f of formulas(20000)) {
      const got = fromFileFormula(f);
      expect(got).toBe(reference(f));
      if (got !== "=" + (f.startsWith("=") ? f.slice(1) : f)) renamed++;
    }
    // the cases exercise the renaming, not only text left alone
    expect(renamed).toBeGreaterThan(100);
  });
});
