export * from "./schema";
export * from "./classifier";
export * from "./rateBook";
export * from "./features";
export * from "./scope";
export * from "./lineCategory";
