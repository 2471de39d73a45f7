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
  /**
   * Flags that stand for one value of this option: `{ json: "json" }` makes `--json` the same as
   * `--format json`. A flag and the option giving different values is a usage error.
   */
  flags?: Record<string, string>;
}

/** The --format option of the commands that print a report: text or JSON, `--json` for `--format json`. */
export const FORMAT_OPTION: OptionDef = { name: "format", short: "f", value: true, choices: ["text", "json"], flags: { json: "json" } };

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
  // flag aliases (--json): booleans that set their option's value
  const flagOf = new Map<string, { def: OptionDef; value: string }>();
  for (const d of all) for (const [flag, value] of Object.entries(d.flags ?? {})) flagOf.set(flag, { def: d, value });
  for (const flag of flagOf.keys()) config[flag] = { type: "boolean" };
  // Node splits the words; the checks and their Thai and English messages are ours.
  const { tokens } = nodeParseArgs({ args: argv, options: config, strict: false, allowPositionals: true, tokens: true });
  const positional: string[] = [];
  const options: Record<string, string | boolean> = {};
  /** Options whose value a flag alias gave, and that flag. */
  const byFlag = new Map<string, string>();
  for (const t of tokens) {
    if (t.kind === "positional") positional.push(t.value);
    if (t.kind !== "option") continue;
    const alias = flagOf.get(t.name);
    if (alias) {
      const { def, value } = alias;
      if (t.inlineValue) throw new UsageError(`ตัวเลือก --${t.name} ไม่รับค่า`, `Option --${t.name} takes no value`);
      const prior = options[def.name];
      if (prior !== undefined && prior !== value) {
        throw new UsageError(
          `--${t.name} หมายถึง --${def.name} ${value} แต่ได้ระบุ --${def.name} ${String(prior)} ไว้ด้วย`,
          `--${t.name} means --${def.name} ${value}, but --${def.name} ${String(prior)} is given too`,
        );
      }
      options[def.name] = value;
      byFlag.set(def.name, t.name);
      continue;
    }
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
      const prior = options[def.name];
      const flag = byFlag.get(def.name);
      if (flag !== undefined && prior !== v) {
        throw new UsageError(
          `--${flag} หมายถึง --${def.name} ${String(prior)} แต่ได้ระบุ --${def.name} ${v} ไว้ด้วย`,
          `--${flag} means --${def.name} ${String(prior)}, but --${def.name} ${v} is given too`,
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
