import fc from "fast-check";
import {
  isAddingFormula,
  findRefs,
  mapFunctionNames,
  normalizeFormula,
  quoteSheetRefs,
  renameSheetRefs,
  toR1C1,
  tokenize,
  unquote,
} from "../../src/workbook/formulaText";

/**
 * The generators build formulas from known pieces, so the pieces themselves are the oracle: what a part, a
 * reference or a sheet name is was decided before the text was joined.
 */
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const colName = (n: number): string =>
  n <= 26
    ? LETTERS[n - 1]
    : LETTERS[Math.floor((n - 1) / 26) - 1] + LETTERS[(n - 1) % 26];

/** Text of a string literal: may hold quotes, apostrophes, references and function-like words. */
const literalBody = fc
  .array(fc.constantFrom("a", " ", '"', "'", "A1", "SUM(", "ชีต!B2", ",", "!"), {
    maxLength: 6,
  })
  .map((a) => a.join(""));
const stringLit = literalBody.map((b) => `"${b.replace(/"/g, '""')}"`);
const sheetName = fc.constantFrom(
  "งบประมาณ",
  "Rates",
  "It's",
  "My sheet",
  "อัตรา 2",
);
const quotedName = sheetName.map((n) => `'${n.replace(/'/g, "''")}'`);
const code = fc
  .array(
    fc.constantFrom(
      "=",
      "SUM(",
      ")",
      "+",
      "A1",
      " ",
      ",",
      "B$2:C3",
      "*2",
      "&",
      "!",
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((a) => a.join(""));
const part = fc.oneof(
  stringLit.map((text) => ({ kind: "string" as const, text })),
  quotedName.map((text) => ({ kind: "quoted" as const, text })),
  code.map((text) => ({ kind: "code" as const, text })),
);
/** Parts of different kinds side by side (two code parts are one; two literals with the same quote are one, escaped). */
const parts = fc
  .array(part, { maxLength: 8 })
  .map((ps) => ps.filter((p, i) => p.kind !== ps[i - 1]?.kind));

describe("the formula tokenizer", () => {
  test("splits a formula into exactly the string literals, quoted names and code it was made of", () => {
    fc.assert(
      fc.property(parts, (ps) => {
        const formula = ps.map((p) => p.text).join("");
        expect(
          tokenize(formula).map(({ kind, text }) => ({ kind, text })),
        ).toEqual(ps);
      }),
    );
    expect(tokenize('="abc').map((p) => p.kind)).toEqual(["code", "string"]); // unterminated runs to the end
    expect(unquote("'It''s'")).toBe("It's");
    expect(unquote('"say ""hi"""')).toBe('say "hi"');
  });

  test("normalizeFormula ignores case and white space outside string literals only", () => {
    fc.assert(
      fc.property(parts, (ps) => {
        const formula = ps.map((p) => p.text).join("");
        const want = ps
          .map((p) =>
            p.kind === "string"
              ? p.text
              : p.text.replace(/\s/g, "").toUpperCase(),
          )
          .join("");
        expect(normalizeFormula(formula)).toBe(want);
        expect(
          normalizeFormula(formula.toLowerCase().replace(/^=/, "= ")),
        ).toBe(normalizeFormula(formula.toLowerCase()));
      }),
    );
  });
});

interface Ref {
  sheet?: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  absR1: boolean;
  absC1: boolean;
}
const ref: fc.Arbitrary<Ref> = fc
  .record({
    sheet: fc.option(sheetName, { nil: undefined }),
    r1: fc.integer({ min: 1, max: 999 }),
    c1: fc.integer({ min: 1, max: 300 }),
    h: fc.integer({ min: 0, max: 5 }),
    w: fc.integer({ min: 0, max: 3 }),
    absR1: fc.boolean(),
    absC1: fc.boolean(),
  })
  .map(({ sheet, r1, c1, h, w, absR1, absC1 }) => ({
    sheet,
    r1,
    c1,
    r2: r1 + h,
    c2: c1 + w,
    absR1,
    absC1,
  }));
const refText = (
  r: Ref,
  sheetText = (s: string) => `'${s.replace(/'/g, "''")}'`,
): string => {
  const a = `${r.absC1 ? "$" : ""}${colName(r.c1)}${r.absR1 ? "$" : ""}${r.r1}`;
  const b = r.r2 !== r.r1 || r.c2 !== r.c1 ? `:${colName(r.c2)}${r.r2}` : "";
  return `${r.sheet !== undefined ? sheetText(r.sheet) + "!" : ""}${a}${b}`;
};
const glue = fc.constantFrom("+", ",", "*", "-", ")+SUM(", "&", ")*LOG10(");

describe("references in formulas", () => {
  test("findRefs finds exactly the references a formula was built from, not those inside strings", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(ref, glue, stringLit), {
          minLength: 1,
          maxLength: 5,
        }),
        (items) => {
          const formula =
            "=SUM(" +
            items.map(([r, g, s]) => `${refText(r)}${g}${s}${g}`).join("") +
            "0)";
          const got = findRefs(formula).map(
            ({ sheet, r1, c1, r2, c2, absR1, absC1 }) => ({
              sheet,
              r1,
              c1,
              r2,
              c2,
              absR1,
              absC1,
            }),
          );
          expect(got).toEqual(items.map(([r]) => r));
        },
      ),
    );
    expect(findRefs("=LOG10(C3)").map((r) => [r.r1, r.c1])).toEqual([[3, 3]]);
  });

  test("toR1C1: a relative reference becomes its offset from the cell; abs parts stay", () => {
    fc.assert(
      fc.property(
        ref,
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 300 }),
        (r, row, col) => {
          const one = { ...r, sheet: undefined, r2: r.r1, c2: r.c1 };
          const rPart = one.absR1
            ? `R${one.r1}`
            : one.r1 === row
              ? "R"
              : `R[${one.r1 - row}]`;
          const cPart = one.absC1
            ? `C${one.c1}`
            : one.c1 === col
              ? "C"
              : `C[${one.c1 - col}]`;
          expect(toR1C1(`=${refText(one)} + 1`, row, col)).toBe(
            `=${rPart}${cPart}+1`,
          );
        },
      ),
    );
  });

  test("toR1C1 gives one text for the same formula filled down (references moved by the row offset)", () => {
    fc.assert(
      fc.property(
        fc.array(ref, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 50 }),
        (refs, dr) => {
          const moved = refs.map((r) =>
            r.absR1 ? r : { ...r, r1: r.r1 + dr, r2: r.r2 + dr },
          );
          // a range's end row moves too unless the start is absolute ($): keep the ranges one-row when absolute
          const plain = refs.map((r) => ({
            ...r,
            r2: r.absR1 ? r.r1 : r.r2,
            c2: r.c1,
          }));
          const plainMoved = moved.map((r, i) => ({
            ...r,
            r2: plain[i].absR1 ? r.r1 : r.r2,
            c2: r.c1,
          }));
          const f = "=" + plain.map((r) => refText(r)).join("+");
          const g = "=" + plainMoved.map((r) => refText(r)).join("+");
          expect(toR1C1(g, 10 + dr, 5)).toBe(toR1C1(f, 10, 5));
        },
      ),
    );
  });

  test("renameSheetRefs and quoteSheetRefs give the text built with the new (quoted) names", () => {
    const renames = new Map([
      ["งบประมาณ", "งบประมาณ (2)"],
      ["Rates", "Rates (2)"],
    ]);
    const asWritten = (s: string) =>
      /^[A-Za-z]+$/.test(s) ? s : `'${s.replace(/'/g, "''")}'`;
    const quoted = (s: string) => `'${s.replace(/'/g, "''")}'`;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(ref, glue, stringLit), {
          minLength: 1,
          maxLength: 5,
        }),
        (items) => {
          const build = (
            name: (s: string) => string,
            refs: (r: Ref) => Ref = (r) => r,
          ) =>
            "=" +
            items
              .map(([r, g, s]) => `${refText(refs(r), name)}${g}${s}${g}`)
              .join("") +
            "0";
          const renamed = (r: Ref) =>
            r.sheet !== undefined && renames.has(r.sheet)
              ? { ...r, sheet: renames.get(r.sheet) }
              : r;
          expect(renameSheetRefs(build(asWritten), renames)).toBe(
            build(asWritten, renamed),
          );
          // Thai names written unquoted (as Excel and LibreOffice store them) get quoted
          const thaiBare = (s: string) =>
            /^[\u0E00-\u0E7F]+$/.test(s) ? s : quoted(s);
          expect(quoteSheetRefs(build(thaiBare), ["งบประมาณ", "Rates"])).toBe(
            build(quoted),
          );
        },
      ),
    );
    expect(renameSheetRefs("=Rates!A1+MyRates!A1", renames)).toBe(
      "='Rates (2)'!A1+MyRates!A1",
    );
    expect(
      quoteSheetRefs("SUM(งบ!A1,งบ!A2)+งบประมาณ!B1+xงบ!C1", ["งบ", "งบประมาณ"]),
    ).toBe("SUM('งบ'!A1,'งบ'!A2)+'งบประมาณ'!B1+xงบ!C1");
  });

  test("mapFunctionNames sees function names only: not references, sheet names or strings", () => {
    const seen: string[] = [];
    const out = mapFunctionNames(
      `=sum(A1,'LOG('!B2)&"IF(x)"&Sheet1!C3+LOG10(2)+_xlfn.BAHTTEXT(1)`,
      (n) => {
        seen.push(n);
        return n.toUpperCase();
      },
    );
    expect(seen).toEqual(["sum", "LOG10", "_xlfn.BAHTTEXT"]);
    expect(out).toBe(
      `=SUM(A1,'LOG('!B2)&"IF(x)"&Sheet1!C3+LOG10(2)+_XLFN.BAHTTEXT(1)`,
    );
  });
});

describe("isAddingFormula", () => {
  test("formulas that only add cells, ranges and SUMs of them", () => {
    expect(isAddingFormula("=F20+F25+F28+F27")).toBe(true);
    expect(isAddingFormula("=SUM(E5:E7)+E7")).toBe(true);
    expect(isAddingFormula("=sum($F$5:$F$9, F12)")).toBe(true);
    expect(isAddingFormula("='กิจกรรม 1'!F9+'กิจกรรม 2'!F11")).toBe(true);
  });
  test("anything else is not", () => {
    expect(isAddingFormula("=F20-F25")).toBe(false);
    expect(isAddingFormula("=C5*D5")).toBe(false);
    expect(isAddingFormula("=SUMIF(A5:A9,1,F5:F9)")).toBe(false);
    expect(isAddingFormula("=F20+500")).toBe(false);
  });
});
