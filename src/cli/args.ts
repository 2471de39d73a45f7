/** A small, strict argument parser for the budget-plan CLI (no dependency). */

export class UsageError extends Error {
  readonly messages: { th: string; en: string };
  constructor(th: string, en: string) {
    super(en);
    this.name = "UsageError";
    this.messages = { th, en };
  }
}

export interface OptionDef {
  /** Long name without dashes, e.g. "fiscal-year". */
  name: string;
  short?: string;
  /** Whether the option takes a value. */
  value: boolean;
  /** Allowed values, when restricted. */
  choices?: string[];
}

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | boolean>;
}

export const COMMON_OPTIONS: OptionDef[] = [
  { name: "help", short: "h", value: false },
  { name: "lang", value: true, choices: ["th", "en"] },
  { name: "debug", value: false },
];

export function parseArgs(argv: string[], defs: OptionDef[]): ParsedArgs {
  const all = [...COMMON_OPTIONS, ...defs];
  const positional: string[] = [];
  const options: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("-") && arg !== "-") {
      let name: string;
      let inline: string | undefined;
      if (arg.startsWith("--")) {
        const eq = arg.indexOf("=");
        name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
        inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
      } else {
        name = arg.slice(1);
      }
      const def = all.find((d) => d.name === name || d.short === name);
      if (!def) throw new UsageError(`ไม่รู้จักตัวเลือก ${arg}`, `Unknown option ${arg}`);
      if (def.value) {
        const v = inline ?? argv[++i];
        if (v === undefined || (inline === undefined && v.startsWith("--"))) {
          throw new UsageError(`ตัวเลือก --${def.name} ต้องมีค่า`, `Option --${def.name} needs a value`);
        }
        if (def.choices && !def.choices.includes(v)) {
          throw new UsageError(
            `ค่าของ --${def.name} ต้องเป็น ${def.choices.join(" หรือ ")} (ได้ "${v}")`,
            `--${def.name} must be ${def.choices.join(" or ")} (got "${v}")`,
          );
        }
        options[def.name] = v;
      } else {
        if (inline !== undefined) throw new UsageError(`ตัวเลือก --${def.name} ไม่รับค่า`, `Option --${def.name} takes no value`);
        options[def.name] = true;
      }
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

/** The language asked for with --lang, else from the environment (BUDGET_PLAN_LANG), else Thai. */
export function langOf(args: ParsedArgs | undefined, argv: string[] = []): "th" | "en" {
  const v = args?.options.lang;
  if (v === "en" || v === "th") return v;
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i >= 0) {
    const raw = argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
    if (raw === "en" || raw === "th") return raw;
  }
  const env = process.env.BUDGET_PLAN_LANG;
  return env === "en" ? "en" : "th";
}
