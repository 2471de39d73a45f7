/**
 * Polyfills for the older Office webviews (EdgeHTML 18 / Trident-free Office 2019). Babel's
 * `useBuiltIns: "usage"` already injects what the code uses; these are the few the usage analysis
 * cannot see (feature tests inside libraries, globalThis lookups).
 */
import "core-js/stable/global-this";
import "core-js/stable/promise";
import "core-js/stable/object/from-entries";
import "core-js/stable/array/flat-map";
import "core-js/stable/string/replace-all";
