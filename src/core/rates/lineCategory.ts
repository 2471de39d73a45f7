/**
 * The rate category a template writes for a line: the category the user set, else the classifier's,
 * refined by the line's scope — a meal (or student lunch) in a training is training food priced per day,
 * lodging in a training is training lodging, overtime counted in hours is hourly overtime. The sheet's
 * ceiling column then shows the ceiling of the rule that applies (for training food, the day's ceiling:
 * the per-meal price can only be under it; the checks add up the day).
 */
import type { BudgetLine, Plan } from "../model";
import { categoryInContext, classifyItem } from "./classifier";
import { hits, normText, saysHourly } from "./features";
import { scopeOf } from "./scope";

export function sheetRateCategory(line: BudgetLine, plan: Plan, activityName?: string): string | undefined {
  if (line.rateCategory) return line.rateCategory;
  const classified = classifyItem(line.item)?.category;
  if (!classified) return undefined;
  const name = activityName ?? plan.activities.find((a) => a.id === line.activityId)?.name;
  const guess = categoryInContext(classified, line.item, name, plan.project.name);
  const text = normText(line.note ? `${line.item} ${line.note}` : line.item);
  if (guess === "overtime") return saysHourly(text, [line.quantityUnit, line.timesUnit]) ? "overtime-hourly" : guess;
  if (guess !== "meal" && guess !== "student-lunch" && guess !== "lodging") return guess;
  const scope = scopeOf({ item: line.item, activityName: name, projectName: plan.project.name, trainingType: plan.project.trainingType });
  if (scope.kind !== "training") return guess;
  if (guess === "lodging") return scope.from === "trainingType" || hits(/เดินทางไปราชการ|official\s*travel/, text) ? guess : "training-lodging";
  return "training-meals";
}
