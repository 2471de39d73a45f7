// The domain core's public surface. Imports no Office, React or DOM.
export * from "./model";
export * from "./findings";
export * from "./thaiDigits";
export * from "./money";
export * from "./calendar";
export * from "./bahtText";
// budget arithmetic, validation, seed example (helper "validation")
export { lineAmount, lineAmounts, isLumpSum, lineMonth, lineExpenseClass, activityTotals, classTotals, quarterTotals, planTotal } from "./budget";
export type { ActivityTotal, QuarterTotals } from "./budget";
export { validatePlan, RULES, sortFindings, defaultRateBook } from "./validation/engine";
export type { ValidateOptions } from "./validation/engine";
export { buildContext, activityFields } from "./validation/context";
export type { Rule, RuleContext, ContextOptions } from "./validation/context";
export { seedPlan } from "./examples/seed2560";
export * from "./rates";
