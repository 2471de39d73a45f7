import { parseArgs, UsageError } from "../args";
import type { Context } from "../io";
import { loadPlanFile, failureMessage } from "../load";
import { fileText, findingRecord, problemRecord, type FileRecord } from "../report";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

export async function validateCommand(argv: string[], ctx: Context): Promise<number> {
  const args = parseArgs(argv, [{ name: "format", short: "f", value: true, choices: ["text", "json"] }]);
  const files = args.positional;
  if (!files.length) throw new UsageError("ต้องระบุไฟล์อย่างน้อยหนึ่งไฟล์", "Give at least one file to validate");
  const format = (args.options.format as string | undefined) ?? "text";
  const records: FileRecord[] = [];
  const texts: string[] = [];
  let anyError = false;
  let anyUnusable = false;
  for (const file of files) {
    try {
      const loaded = await loadPlanFile(file);
      if (loaded.findings.some((f) => f.severity === "error")) anyError = true;
      records.push({
        file,
        findings: loaded.findings.map((f) => findingRecord(f, ctx.lang)),
        problems: loaded.problems.map((p) => problemRecord(p, ctx.lang)),
      });
      texts.push(fileText(file, loaded.findings, loaded.problems, ctx.lang));
    } catch (e) {
      anyUnusable = true;
      const fail = failureMessage(e, file);
      records.push({ file, findings: [], error: { code: fail.code, message: fail.messages[ctx.lang] } });
      texts.push(`${file}\n  ${ctx.lang === "th" ? "ใช้ไม่ได้" : "Unusable"}: ${fail.messages[ctx.lang]}`);
      // The message also goes to stderr so scripts see it even with --format json.
      ctx.io.err(`budget-plan: ${fail.messages[ctx.lang]}`);
    }
  }
  if (format === "json") ctx.io.out(JSON.stringify({ files: records }, null, 2));
  else ctx.io.out(texts.join("\n\n"));
  return anyUnusable ? EXIT_UNUSABLE : anyError ? EXIT_FINDINGS : EXIT_OK;
}
