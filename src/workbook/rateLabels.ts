/**
 * How rate categories are written in the sheets (the category's label in the sheet's language, or
 * "label [id]" when two categories share a label) and read back (id, label in either language, or
 * "… [id]"). A category the user invented is kept as written.
 */
import { RATE_CATEGORIES } from "../core/rates/classifier";
import type { Lang } from "./i18n";
import { normalizeLabel } from "./i18n";

interface CategoryInfo {
  id: string;
  th: string;
  en: string;
}

function categories(): CategoryInfo[] {
  return (RATE_CATEGORIES as unknown as CategoryInfo[]) ?? [];
}

/** The text written in a category cell. */
export function categoryLabel(id: string | undefined, lang: Lang): string {
  if (!id) return "";
  const all = categories();
  const c = all.find((x) => x.id === id);
  if (!c) return id;
  const label = c[lang] || c.th || id;
  const clash = all.some((x) => x.id !== id && normalizeLabel(x[lang] || "") === normalizeLabel(label));
  return clash ? `${label} [${id}]` : label;
}

/** The category id of a cell's text (id, label in either language, "… [id]"); the text itself when unknown. */
export function parseCategory(text: string): string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const all = categories();
  const bracket = /\[([^\]]+)\]\s*$/.exec(t);
  if (bracket && all.some((c) => c.id === bracket[1].trim())) return bracket[1].trim();
  const n = normalizeLabel(t);
  const byId = all.find((c) => normalizeLabel(c.id) === n);
  if (byId) return byId.id;
  const byLabel = all.filter((c) => normalizeLabel(c.th) === n || normalizeLabel(c.en) === n);
  if (byLabel.length >= 1) return byLabel[0].id;
  return t;
}
