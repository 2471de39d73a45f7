/* eslint-disable no-undef */
// Webpack loader for tabster (Fluent UI's keyboard-focus library). Its focusable-element selector is written
// `:is(a[href], button, …):not(:disabled)`. EdgeHTML 18 (Office 2019 on Windows 10) and Safari before 14 do not
// know `:is()`, so `element.matches()` and `querySelector()` throw a SyntaxError there whenever Fluent looks for
// something focusable. The loader writes the same selector as a plain list,
// `a[href]:not(:disabled), button:not(:disabled), …`, which selects exactly the same elements in every engine.
// No library does this rewrite; a Babel plugin would be larger than these lines.
// test/platform/es2017.test.ts fails if any `:is(` / `:where(` / `:has(` selector is left in the build.
"use strict";

const PATTERN = /`:is\(\$\{\[([\s\S]*?)\]\.join\(", "\)\}\):not\(:disabled\)`/g;

function expand(source) {
  return source.replace(PATTERN, (_match, list) => {
    const items = [...list.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
    if (items.length === 0) throw new Error("no-is-selector-loader: an empty :is() list in tabster");
    return JSON.stringify(items.map((s) => `${s}:not(:disabled)`).join(", "));
  });
}

module.exports = function noIsSelectorLoader(source) {
  return expand(source);
};
module.exports.expand = expand;
