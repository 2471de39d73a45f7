/**
 * Formula text — the one tokenizer. A formula is split into string literals ("…", with "" for a quote),
 * quoted names ('…', with '' for an apostrophe: sheet names) and the code between them; every function that
 * rewrites or compares formula text works on the code parts only, so text inside a string literal is never
 * taken for a reference or a function name. Also here: the references in a formula (A1 convention of ./a1:
 * 1-based), their R1C1-relative form, sheet renames and quoting, and function-name mapping. Pure.
 */
import { colIndex, quoteSheet } from "./a1";

export interface FormulaPart {
  /** "string": a "…" literal; "quoted": a '…' name; "code": everything else. */
  kind: "string" | "quoted" | "code";
  /** The text, quotes included. */
  text: string;
  /** Offset in the formula. */
  start: number;
}

/**
 * The index just past the literal that opens at `start` (text[start] is its quote character, " or '; a doubled
 * quote inside is an escaped one). An unterminated literal runs to the end of the text.
 */
export function literalEnd(text: string, start: number): number {
  const q = text[start];
  let j = start + 1;
  while (j < text.length) {
    if (text[j] === q) {
      if (text[j + 1] === q) j += 2;
      else return j + 1;
    } else j++;
  }
  return text.length;
}

/** The formula's parts, in order; joined, their texts give the formula back. */
export function tokenize(formula: string): FormulaPart[] {
  const parts: FormulaPart[] = [];
  let codeStart = 0;
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      if (i > codeStart) parts.push({ kind: "code", text: formula.slice(codeStart, i), start: codeStart });
      const end = literalEnd(formula, i);
      parts.push({ kind: ch === '"' ? "string" : "quoted", text: formula.slice(i, end), start: i });
      i = codeStart = end;
    } else i++;
  }
  if (formula.length > codeStart) parts.push({ kind: "code", text: formula.slice(codeStart), start: codeStart });
  return parts;
}

/** The content of a quoted part: "'It''s'" → "It's" (also for "…" literals). */
export function unquote(part: string): string {
  const q = part[0];
  const closed = part.length >= 2 && part.endsWith(q);
  return part.slice(1, closed ? -1 : undefined).split(q + q).join(q);
}

/** Formula text compared as Excel may give it back: case and white space outside string literals ignored. */
export function normalizeFormula(f: string): string {
  return tokenize(f)
    .map((p) => (p.kind === "string" ? p.text : p.text.replace(/\s+/g, "").toUpperCase()))
    .join("");
}

/**
 * Rebuild a formula, mapping each code part (string literals and quoted names kept); `prevChar` is the
 * character before the part ("" at the start), for checks that look one character back.
 */
export function mapCode(formula: string, fn: (code: string, prevChar: string) => string): string {
  const parts = tokenize(formula);
  return parts.map((p, i) => (p.kind === "code" ? fn(p.text, i > 0 ? parts[i - 1].text.slice(-1) : "") : p.text)).join("");
}

/**
 * Call `onName` for each function name (an identifier directly followed by "(", not part of a reference or a
 * longer name) outside string literals and quoted names; returns the rebuilt text.
 */
export function mapFunctionNames(formula: string, onName: (name: string) => string): string {
  return mapCode(formula, (code, prevChar) =>
    code.replace(/[A-Za-z_][A-Za-z0-9_.]*/g, (word: string, at: number) => {
      const prev = at > 0 ? code[at - 1] : prevChar;
      return code[at + word.length] === "(" && !/[A-Za-z0-9_.!$\u0E00-\u0E7F]/.test(prev) ? onName(word) : word;
    }),
  );
}

/**
 * Rewrite sheet references (`Old!A1`, `'Old name'!A1`) according to `renames`, leaving string literals alone.
 * Used when a template is inserted with suffixed sheet names.
 */
export function renameSheetRefs(formula: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return formula;
  const parts = tokenize(formula);
  const nameChar = /[^\s,()+\-*/^&=<>:;{}!"'%]/;
  return parts
    .map((p, i) => {
      const next = parts[i + 1];
      if (p.kind === "quoted") {
        const name = unquote(p.text);
        return next?.kind === "code" && next.text.startsWith("!") && renames.has(name) ? quoteSheet(renames.get(name)!) : p.text;
      }
      if (p.kind === "string") return p.text;
      return p.text.replace(/[^\s,()+\-*/^&=<>:;{}!"'%]+(?=!)/g, (name, at: number) => {
        const before = at > 0 ? p.text[at - 1] : i > 0 ? parts[i - 1].text.slice(-1) : "";
        if (before && nameChar.test(before)) return name;
        return renames.has(name) ? quoteSheet(renames.get(name)!) : name;
      });
    })
    .join("");
}

function escapeRegExp(t: string): string {
  return t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const refPatterns = new Map<string, RegExp>();

/**
 * Quote every reference to one of `sheetNames` that is written unquoted (แผ่นงาน!A1 → 'แผ่นงาน'!A1), outside string
 * literals. Files from Excel and LibreOffice leave Thai sheet names unquoted; HyperFormula parses only quoted
 * non-ASCII sheet names.
 */
export function quoteSheetRefs(formula: string, sheetNames: readonly string[]): string {
  if (!formula.includes("!")) return formula;
  const key = sheetNames.join("\u0000");
  let re = refPatterns.get(key);
  if (!re) {
    const names = [...sheetNames].sort((a, b) => b.length - a.length).map(escapeRegExp);
    // 1: the character before (not part of a longer name; no lookbehind, which EdgeHTML 18 and Safari 13 cannot
    // parse); 2: an unquoted known sheet name before "!"
    re = new RegExp(`(^|[^A-Za-z0-9_.\u0E00-\u0E7F])(${names.join("|") || "(?!)"})!`, "g");
    refPatterns.set(key, re);
  }
  const pattern = re;
  return mapCode(formula, (code) => code.replace(pattern, (_w, before: string, name: string) => `${before}${quoteSheet(name)}!`));
}

/** One A1 reference found in a formula (1-based). */
export interface FormulaRef {
  /** Sheet name when qualified (unquoted), else undefined. */
  sheet?: string;
  /** Start and end (same for a single cell). */
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  absR1: boolean;
  absC1: boolean;
  absR2: boolean;
  absC2: boolean;
  /** Position and length in the formula text. */
  index: number;
  length: number;
}

const SHEET_PART = "(?:'((?:[^']|'')+)'|([A-Za-z0-9_.\\u0E00-\\u0E7F]+))!";
const CELL_PART = "(\\$?)([A-Za-z]{1,3})(\\$?)(\\d+)";
const REF_RE = new RegExp(`(?:${SHEET_PART})?${CELL_PART}(?::${CELL_PART})?`, "y");

/**
 * All cell and range references in a formula (string literals skipped; function names such as LOG10( are not
 * references).
 */
export function findRefs(formula: string): FormulaRef[] {
  const out: FormulaRef[] = [];
  const f = formula;
  let i = 0;
  while (i < f.length) {
    if (f[i] === '"') {
      i = literalEnd(f, i);
      continue;
    }
    const prev = i > 0 ? f[i - 1] : "";
    if (prev && /[A-Za-z0-9_.\u0E00-\u0E7F$]/.test(prev)) {
      i++;
      continue;
    }
    REF_RE.lastIndex = i;
    const m = REF_RE.exec(f);
    if (m) {
      const end = i + m[0].length;
      const next = f[end] ?? "";
      if (!/[A-Za-z0-9_(\u0E00-\u0E7F]/.test(next)) {
        const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
        const c1 = colIndex(m[4]);
        const r1 = Number(m[6]);
        const hasEnd = m[8] !== undefined;
        out.push({
          sheet,
          r1,
          c1,
          r2: hasEnd ? Number(m[10]) : r1,
          c2: hasEnd ? colIndex(m[8]) : c1,
          absC1: m[3] === "$",
          absR1: m[5] === "$",
          absC2: hasEnd ? m[7] === "$" : m[3] === "$",
          absR2: hasEnd ? m[9] === "$" : m[5] === "$",
          index: i,
          length: m[0].length,
        });
        i = end;
        continue;
      }
    }
    // a quoted name that did not start a reference is skipped whole
    i = f[i] === "'" ? literalEnd(f, i) : i + 1;
  }
  return out;
}

function rc(row: number, col: number, absR: boolean, absC: boolean, baseRow: number, baseCol: number): string {
  const r = absR ? `R${row}` : row === baseRow ? "R" : `R[${row - baseRow}]`;
  const c = absC ? `C${col}` : col === baseCol ? "C" : `C[${col - baseCol}]`;
  return r + c;
}

/**
 * The formula in R1C1-relative form as seen from the cell at (row, col), 1-based: "=F6*G6*I6" in J6 becomes
 * "=RC[-4]*RC[-3]*RC[-1]". Sheet names are kept (lower-cased), white space outside strings removed, so two
 * formulas that do the same thing from their own rows compare equal.
 */
export function toR1C1(formula: string, row: number, col: number): string {
  let out = "";
  let pos = 0;
  for (const r of findRefs(formula)) {
    out += formula.slice(pos, r.index);
    const sheet = r.sheet !== undefined ? `'${r.sheet.toLowerCase()}'!` : "";
    const a = rc(r.r1, r.c1, r.absR1, r.absC1, row, col);
    const b = r.r1 !== r.r2 || r.c1 !== r.c2 ? ":" + rc(r.r2, r.c2, r.absR2, r.absC2, row, col) : "";
    out += sheet + a + b;
    pos = r.index + r.length;
  }
  out += formula.slice(pos);
  return normalizeFormula(out).toUpperCase();
}

/** A formula that only adds cells and ranges ("=F20+F25+F28+F27", "=SUM(E5:E7)+E7"): no other operator or function. */
export function isAddingFormula(f: string): boolean {
  const body = f.replace(/^=/, "").replace(/\$/g, "");
  const REF = "(?:(?:'[^']+'|[A-Za-z0-9_.\u0E00-\u0E7F]+)!)?[A-Za-z]{1,3}\\d+(?::[A-Za-z]{1,3}\\d+)?";
  const TERM = `(?:${REF}|SUM\\(\\s*${REF}(?:\\s*,\\s*${REF})*\\s*\\))`;
  return new RegExp(`^\\s*${TERM}(?:\\s*\\+\\s*${TERM})*\\s*$`, "i").test(body);
}
