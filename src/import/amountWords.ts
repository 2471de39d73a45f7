/**
 * Amounts in words beside their figures in a project text: "รวมทั้งสิ้น 45,600 บาท (สี่หมื่นห้าพันหกร้อยบาทถ้วน)",
 * "งบประมาณ 20,000 บาท (สองหมื่นบาทถ้วน)", a line "(ตัวอักษร สี่หมื่น…บาทถ้วน)" under the figure. The words are
 * the legal statement of the amount, so words that say another amount than the figure are reported (a
 * `read-problem` warning at the line); words that cannot be read as an amount are left alone.
 */
import { bahtTextValue } from "../core/bahtText";
import type { Satang } from "../core/model";
import { formatBaht, parseMoney } from "../core/money";
import type { ImportProblem } from "./problems";
import { problem } from "./problems";
import type { SourceLine } from "./text";

/** The last figure of a line with บาท or ".-" after it, and the bracketed words after it (if any). */
const FIGURE_WORDS = /([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]{1,2})?\s*(?:บาท|\.-)\s*(?:\(([^()]*บาท[^()]*)\))?\s*$/;
/** A line that is only an amount in words in brackets, or after "ตัวอักษร". */
const WORDS_ONLY = /^\s*(?:\(?\s*(?:จำนวนเงิน)?\s*ตัวอักษร\s*\)?\s*[:：-]?\s*)?\(?([ก-๙\s]*บาท[ก-๙\s]*)\)?\s*$/;

function mismatch(figure: Satang, words: string, at: number, text: string): ImportProblem | undefined {
  const said = bahtTextValue(words);
  if (said === undefined || said === figure) return undefined;
  const p = problem(at, text, "amount-words-mismatch");
  p.message = {
    th: `จำนวนเงินตัวอักษร "${words.trim()}" (${formatBaht(said, "th")}) ไม่ตรงกับตัวเลข ${formatBaht(figure, "th")}`,
    en: `The amount in words "${words.trim()}" (${formatBaht(said, "en")}) does not match the figure ${formatBaht(figure, "en")}`,
  };
  return p;
}

/** Every figure whose amount in words, on its line or on the next line alone, says another amount. */
export function amountWordsProblems(lines: SourceLine[]): ImportProblem[] {
  const out: ImportProblem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l.text || !/บาท|\.-/.test(l.text)) continue;
    const m = FIGURE_WORDS.exec(l.text.replace(/\t+/g, " "));
    if (!m) continue;
    const figure = parseMoney(m[1] + (m[2] ?? ""));
    if (figure === null || figure <= 0) continue;
    if (m[3]) {
      const p = mismatch(figure, m[3], l.no, l.raw);
      if (p) out.push(p);
      continue;
    }
    // the words on the next line, alone
    const next = lines.slice(i + 1).find((x) => x.text);
    const w = next ? WORDS_ONLY.exec(next.text) : null;
    if (next && w && bahtTextValue(w[1]) !== undefined) {
      const p = mismatch(figure, w[1], next.no, next.raw);
      if (p) out.push(p);
    }
  }
  return out;
}
