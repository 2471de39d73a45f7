/** The add-in's version (package.json "version"), put in by the build (webpack DefinePlugin); "dev" in tests and tools. */
declare const __APP_VERSION__: string | undefined;

export const APP_VERSION: string = typeof __APP_VERSION__ === "string" ? __APP_VERSION__ : "dev";
