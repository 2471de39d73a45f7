import { FORMAT_OPTION, parseArgs, UsageError } from "../args";
import type { Context } from "../io";
import { loadAll } from "../pool";
import { cleanForTerminal } from "../sanitize";
import { progressFor } from "../progress";
import { fileText, findingRecord, problemRecord, type FileRecord } from "../report";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

export async function validateCommand(argv: string[], ctx: Context): Promise<number> {
  const args = parseArgs(argv, [FORMAT_OPTION]);
  const files = args.positional;
  if (!files.length) throw new UsageError("ต้องระบุไฟล์อย่างน้อยหนึ่งไฟล์", "Give at least one file to validate");
  const format = (args.options.format as string | undefined) ?? "text";
  const records: FileRecord[] = [];
  const texts: string[] = [];
  let anyError = false;
  let anyUnusable = false;
  const progress = progressFor(ctx.io, files.length, ctx.lang, { th: "กำลังตรวจ", en: "Checking" });
  const outcomes = await loadAll(files, (done) => progress?.tick(done), { plans: false });
  for (const o of outcomes) {
    const file = o.file;
    if (o.ok) {
      if (o.findings.some((f) => f.severity === "error")) anyError = true;
      records.push({
        file,
        findings: o.findings.map((f) => findingRecord(f, ctx.lang)),
        problems: o.problems.map((p) => problemRecord(p, ctx.lang)),
      });
      texts.push(fileText(file, o.findings, o.problems, ctx.lang));
    } else {
      anyUnusable = true;
      records.push({ file, findings: [], error: { code: o.code, message: o.messages[ctx.lang] } });
      texts.push(`${file}\n  ${ctx.lang === "th" ? "ใช้ไม่ได้" : "Unusable"}: ${o.messages[ctx.lang]}`);
      // The message also goes to stderr so scripts see it even with --format json.
      ctx.io.err(`budget-plan: ${o.messages[ctx.lang]}`);
      if (ctx.debug && o.stack) ctx.io.err(o.stack);
    }
  }
  // strings from the files lose their control characters in JSON too (JSON would only escape them)
  if (format === "json") ctx.io.out(JSON.stringify({ files: records }, (_k, v: unknown) => (typeof v === "string" ? cleanForTerminal(v) : v), 2));
  else ctx.io.out(texts.join("\n\n"));
  return anyUnusable ? EXIT_UNUSABLE : anyError ? EXIT_FINDINGS : EXIT_OK;
}
