/**
 * budget-plan CLI entry: a thin shell over the domain core, the workbook layout and the xlsx adapter.
 * `main(argv)` returns the exit code (0 no errors, 1 errors found, 2 wrong usage or unusable input).
 */
import { langOf, parseArgs, UsageError } from "./args";
import { processIO, type CliIO, type Context } from "./io";
import { COMMANDS, helpText, type CommandName } from "./help";

export const VERSION = "0.1.0";

type Handler = (argv: string[], ctx: Context) => Promise<number>;

/**
 * Commands are loaded on use (require, which tsx and jest both handle), so --help and usage errors
 * answer without loading ExcelJS and HyperFormula.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const HANDLERS: Record<CommandName, () => Promise<Handler>> = {
  new: async () => (require("./commands/new") as typeof import("./commands/new")).newCommand,
  validate: async () => (require("./commands/validate") as typeof import("./commands/validate")).validateCommand,
  import: async () => (require("./commands/import") as typeof import("./commands/import")).importCommand,
  consolidate: async () => (require("./commands/consolidate") as typeof import("./commands/consolidate")).consolidateCommand,
  fix: async () => (require("./commands/fix") as typeof import("./commands/fix")).fixCommand,
  inspect: async () => (require("./commands/inspect") as typeof import("./commands/inspect")).inspectCommand,
  pdf: async () => (require("./commands/pdf") as typeof import("./commands/pdf")).pdfCommand,
};
/* eslint-enable @typescript-eslint/no-require-imports */

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const lang = langOf(undefined, argv);
  const debug = argv.includes("--debug") || process.env.BUDGET_PLAN_DEBUG === "1";
  const ctx: Context = { io, lang, debug };
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === "help" || cmd === "--help" || cmd === "-h") {
    const topic = cmd === "help" ? rest.find((a) => (COMMANDS as readonly string[]).includes(a)) : undefined;
    io.out(helpText((topic as CommandName | undefined) ?? "main", lang));
    return cmd ? 0 : 2;
  }
  if (cmd === "--version" || cmd === "-v") {
    io.out(VERSION);
    return 0;
  }
  if (cmd === "--lang" || cmd.startsWith("--lang=")) {
    // budget-plan --lang en <command> …: move the option after the command
    const skip = cmd === "--lang" ? 2 : 1;
    return main([...argv.slice(skip), ...argv.slice(0, skip)], io);
  }
  if (!(COMMANDS as readonly string[]).includes(cmd)) {
    io.err(
      lang === "th"
        ? `budget-plan: ไม่รู้จักคำสั่ง "${cmd}" — คำสั่งที่มี: ${COMMANDS.join(", ")} (ดู budget-plan --help)`
        : `budget-plan: unknown command "${cmd}"; commands: ${COMMANDS.join(", ")} (see budget-plan --help --lang en)`,
    );
    return 2;
  }
  const name = cmd as CommandName;
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(helpText(name, lang));
    return 0;
  }
  try {
    // Validate --lang early so a bad value is a usage error for every command.
    parseArgs(
      rest.filter((a, i) => a.startsWith("--lang") || rest[i - 1] === "--lang"),
      [],
    );
    const handler = await HANDLERS[name]();
    return await handler(rest, ctx);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`budget-plan ${name}: ${e.messages[lang]}`);
      io.err(lang === "th" ? `ดูวิธีใช้: budget-plan ${name} --help` : `See: budget-plan ${name} --help --lang en`);
      return 2;
    }
    // The user sees one line; the stack trace only with --debug (or BUDGET_PLAN_DEBUG=1).
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    io.err(
      lang === "th"
        ? `budget-plan ${name}: เกิดข้อผิดพลาดภายในโปรแกรม: ${msg} (ใช้ --debug เพื่อดูรายละเอียด แล้วแจ้งผู้พัฒนาพร้อมไฟล์)`
        : `budget-plan ${name}: internal error: ${msg} (run again with --debug for details, and report it with the file)`,
    );
    if (debug && e instanceof Error && e.stack) io.err(e.stack);
    return 3;
  }
}

