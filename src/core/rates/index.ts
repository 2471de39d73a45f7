export * from "./schema";
export * from "./classifier";
export * from "./rateBook";
