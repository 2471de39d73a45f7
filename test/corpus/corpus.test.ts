/**
 * The corpus (test/corpus/README.md): every hand-made workbook and every project text is checked as
 * `budget-plan validate` checks it, and its error and warning findings must match its key exactly: each
 * planted mistake found at its cell or line, no finding anywhere else (correct lines stay unflagged), and
 * files that are not plans refused. `npm run accuracy` prints the same as recall and precision per kind.
 */
import { readFileSync } from "fs";
import { basename } from "path";
import { corpusFiles, scoreFile, type CorpusKey } from "../../scripts/accuracy";

process.env.BUDGET_PLAN_JOBS = "1";

for (const kind of ["workbooks", "texts", "texts-docx"] as const) {
  const files = corpusFiles(kind);
  if (!files.length) continue;
  describe(`corpus: ${kind}`, () => {
    if (kind === "workbooks") {
      test("has at least 24 workbooks, each with planted mistakes or refused as not a plan", () => {
        const keys = files.map((f) => JSON.parse(readFileSync(f.keyFile, "utf8")) as CorpusKey);
        expect(keys.filter((k) => !k.unusable).length).toBeGreaterThanOrEqual(24);
        // a control file (no mistake on purpose) has only correct lines
        for (const k of keys) expect(k.unusable || ((k.planted.length > 0 || k.control === true) && k.correct.length > 0)).toBe(true);
      });
    }
    test.each(files.map((f) => [basename(f.file), f] as const))("%s: planted mistakes found, nothing else flagged", async (_name, f) => {
      const key = JSON.parse(readFileSync(f.keyFile, "utf8")) as CorpusKey;
      const score = await scoreFile(f.file, key, kind);
      expect({ misses: score.misses, falses: score.falses }).toEqual({ misses: [], falses: [] });
      expect(score.hits.length).toBe(key.unusable ? 1 : key.planted.length);
    });
  });
}
