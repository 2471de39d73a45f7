/**
 * Every user-facing string of the task pane, in Thai (the default) and English. Components never hold
 * literal text: they call `t(lang, key, vars)`. Placeholders are written {name}.
 * The Thai texts (strings.th.ts, which names the keys) are in what Excel loads; the English ones are in strings.en.ts,
 * a chunk fetched when English is chosen (`loadLang`: the language switch, or a pane that starts in English).
 * A word that follows a count is written {name|one|other}: "{n} {n|cell|cells}" gives "1 cell", "0 cells", "2 cells".
 */
import { TH, type Catalogue, type StringKey } from "./strings.th";

export { TH, type Catalogue, type StringKey };

export type Lang = "th" | "en";

export const LANGS: readonly Lang[] = ["th", "en"];

export type Vars = Record<string, string | number>;

const loaded: Partial<Record<Lang, Catalogue>> = { th: TH };
let englishLoad: Promise<void> | undefined;

/** Whether the texts of `lang` are here (Thai always is; English once loadLang("en") has resolved). */
export function hasLang(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

/**
 * Fetches the texts of `lang` (English: the strings-en chunk), once. Rejects when the chunk cannot be fetched
 * (a later call tries again); until English is here, t("en", …) gives the Thai text.
 */
export function loadLang(lang: Lang): Promise<void> {
  if (loaded[lang]) return Promise.resolve();
  if (!englishLoad) {
    englishLoad = import(/* webpackChunkName: "strings-en" */ "./strings.en").then(
      (m) => {
        loaded.en = m.EN;
      },
      (e: unknown) => {
        englishLoad = undefined;
        throw e;
      },
    );
  }
  return englishLoad;
}

/** `text` with {name} replaced by vars[name] and {name|one|other} by the word for that count (one for 1, else other). */
export function fill(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    if (!(name in vars)) return whole;
    if (one === undefined) return String(vars[name]);
    return Number(vars[name]) === 1 ? one : (other ?? one);
  });
}

/** The text for `key` in `lang` (Thai while that language is not loaded), with {placeholders} filled from `vars`. */
export function t(lang: Lang, key: StringKey, vars?: Vars): string {
  const text: string | undefined = (loaded[lang] ?? TH)[key];
  return fill(text ?? key, vars);
}

/**
 * The text of `key` in both languages (labels that outlive a language switch, e.g. undo steps): fetches the
 * English texts first; if they cannot be fetched, both are Thai.
 */
export async function both(key: StringKey, vars?: Vars): Promise<{ th: string; en: string }> {
  await loadLang("en").catch(() => undefined);
  return { th: t("th", key, vars), en: t("en", key, vars) };
}

/** Pick the language of a bilingual message carried by the core ({ th, en }). */
export function pick(lang: Lang, message: { th: string; en: string }): string {
  return message[lang] || message.th;
}

const STORAGE_KEY = "budgetPlan.lang";

/**
 * The language the pane starts in: the user's saved choice; else Office's display language when it is
 * Thai or English ("th-TH" → th, "en-US" → en); else Thai.
 */
export function initialLang(storage: Pick<Storage, "getItem"> | undefined, officeLanguage?: string): Lang {
  try {
    const saved = storage?.getItem(STORAGE_KEY);
    if (saved === "th" || saved === "en") return saved;
  } catch {
    // storage may be unavailable (privacy mode, sandboxed webview)
  }
  const office = (officeLanguage ?? "").toLowerCase();
  if (office.startsWith("en")) return "en";
  return "th";
}

export function saveLang(storage: Pick<Storage, "setItem"> | undefined, lang: Lang): void {
  try {
    storage?.setItem(STORAGE_KEY, lang);
  } catch {
    // ignore: the choice just does not persist
  }
}
