/**
 * The Thai font `budget-plan pdf` prints with. The template's cells are in TH SarabunPSK (the font Thai
 * government forms are printed in). Where it is not installed but TLWG's Laksaman is (Debian/Ubuntu:
 * fonts-thai-tlwg), the print copy uses Laksaman at the size with TH Sarabun's metrics
 * (src/adapters/xlsx/printCopy.ts FontStandIn), so lines wrap and pages break as they do in Excel with the
 * real font. Without fontconfig (Windows) or with TH Sarabun installed, nothing is replaced. The families
 * are asked of fontconfig (`fc-list`), never changed: the user's font settings stay as they are.
 */
import { spawnSync } from "child_process";
import type { FontStandIn } from "../adapters/xlsx/printCopy";
import { FONT } from "../workbook/layoutStyles";

/** The TH Sarabun families a workbook may use (the template's, and the other common spelling). */
export const SARABUN_FAMILIES = [FONT, "TH Sarabun New", "TH Sarabun PSK", "THSarabunNew"];
export const STAND_IN_FAMILY = "Laksaman";
/** Laksaman is TH Sarabun drawn 1.5 times larger on the same em (a digit 0.543 em against 0.362 em). */
export const STAND_IN_SCALE = 2 / 3;

/** The font families fontconfig knows (lower case), or undefined when there is no fontconfig. */
export function installedFamilies(): Set<string> | undefined {
  const r = spawnSync("fc-list", [":", "family"], { encoding: "utf8", timeout: 30_000 });
  if (r.status !== 0 || typeof r.stdout !== "string") return undefined;
  const out = new Set<string>();
  for (const line of r.stdout.split(/\r?\n/)) for (const f of line.split(",")) if (f.trim()) out.add(f.trim().toLowerCase());
  return out;
}

/** The stand-in for TH Sarabun, when it is missing here and Laksaman is installed. */
export function sarabunStandIn(families: Set<string> | undefined = installedFamilies()): FontStandIn | undefined {
  if (!families) return undefined;
  if (SARABUN_FAMILIES.some((f) => families.has(f.toLowerCase()))) return undefined;
  if (!families.has(STAND_IN_FAMILY.toLowerCase())) return undefined;
  return { families: SARABUN_FAMILIES, family: STAND_IN_FAMILY, scale: STAND_IN_SCALE };
}
