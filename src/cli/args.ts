/**
 * The budget-plan CLI's arguments: Node's util.parseArgs splits them; the strict checks (unknown options, missing
 * values, allowed choices) are made here so that each error has its Thai and English message.
 */
import { parseArgs as nodeParseArgs } from "node:util";

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
  const config: NonNullable<Parameters<typeof nodeParseArgs>[0]>["options"] = {};
  for (const d of all) config[d.name] = { type: d.value ? "string" : "boolean", ...(d.short ? { short: d.short } : {}) };
  // Node splits the words; the checks and their Thai and English messages are ours.
  const { tokens } = nodeParseArgs({ args: argv, options: config, strict: false, allowPositionals: true, tokens: true });
  const positional: string[] = [];
  const options: Record<string, string | boolean> = {};
  for (const t of tokens) {
    if (t.kind === "positional") positional.push(t.value);
    if (t.kind !== "option") continue;
    const def = all.find((d) => d.name === t.name);
    if (!def) throw new UsageError(`ไม่รู้จักตัวเลือก ${argv[t.index]}`, `Unknown option ${argv[t.index]}`);
    if (def.value) {
      const v = t.value;
      if (v === undefined || (!t.inlineValue && v.startsWith("--"))) {
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
      if (t.inlineValue) throw new UsageError(`ตัวเลือก --${def.name} ไม่รับค่า`, `Option --${def.name} takes no value`);
      options[def.name] = true;
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
