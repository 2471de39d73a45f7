// One Babel configuration: jest runs against the current Node; webpack builds the task pane for the
// webviews Office uses (ES2017, EdgeHTML 18 and newer; see docs/platforms.md).
// "usage" adds a polyfill for every call whose method name matches a built-in, whatever the object:
// any .map()/.filter() call pulls in the Iterator helpers, any .set() the typed-array ones. These APIs
// (ES2024 and later, and proposals) are outside the ES2022 library the sources are type-checked against
// (tsconfig.json), and the libraries in the pane do not call them, so their polyfills are left out of
// what Excel loads. Typed arrays: no code of the pane uses them (every target has them natively; the
// polyfills only come in because of .set()/.fill()/.sort() calls on other objects).
const NEVER_CALLED = [
  /^es\.iterator\./,
  /^es\.set\..*\.v2$/,
  /^es\.(weak-)?map\.get-or-insert/,
  /^esnext\./,
  /^es\.promise\.(try|with-resolvers)$/,
  /^es\.array-buffer\./,
  /^es\.typed-array\./,
  // Well-formed JSON.stringify (lone surrogates escaped): the pane never stringifies such text, and every
  // target has a native JSON.stringify.
  /^es\.json\.stringify$/,
  // Fixes for corner cases the pane never meets, pulled in by any call of that name: .description of a
  // Symbol (plan objects have description fields), push/unshift on arrays with a read-only length,
  // startsWith/endsWith given a RegExp, RegExp#test/toString on non-RegExp receivers.
  /^es\.symbol\.description$/,
  /^es\.array\.(push|unshift)$/,
  /^es\.string\.(starts|ends)-with$/,
  /^es\.regexp\.(test|to-string)$/,
  // new Error(message, { cause }): no code of the pane passes a cause
  /^es\.error\.cause$/,
  // The Promise constructor and its statics: every target has a native Promise; core-js replaces it in
  // EdgeHTML 18 only to raise "unhandledrejection" events, which the pane does not listen for. What the targets
  // lack (finally, allSettled) is polyfilled on the native Promise (src/taskpane/polyfills.ts).
  /^es\.promise(\.(constructor|all|race|reject|resolve|catch))?$/,
  // setImmediate and queueMicrotask: named only in feature tests (React's scheduler and react-dom fall back to
  // MessageChannel and Promise#then where they are missing), never called unguarded.
  /^web\.(immediate|set-immediate|clear-immediate|queue-microtask)$/,
  // RegExp and the String methods that take one (match, replace, search, split), replaced in EdgeHTML 18 for
  // named groups, the s (dotAll) flag and $<name> substitutions: no regular expression of the pane has them
  // (test/platform/sourceSyntax.test.ts checks the sources' literals, RegExp sources and flags and replacement
  // strings; es2017.test.ts parses the built literals as ES2017). Every target has sticky (y) and unicode (u).
  /^es\.regexp\.(constructor|dot-all|exec|flags|sticky)$/,
  /^es\.string\.(match|replace|search|split)$/,
  // Replacements of built-ins every target has, for corner cases the pane never meets: WeakMap (Chakra
  // unfreezes a frozen array used as a key; nothing here relies on an array staying frozen), Object.assign
  // (EdgeHTML's order of operations when a getter of the source deletes a later key), includes on arrays with
  // holes and on strings given a RegExp, parseFloat of text starting with rare Unicode spaces (only the UI
  // libraries call it, on CSS values), and the Reflect[Symbol.toStringTag] label.
  /^es\.weak-map(\.constructor)?$/,
  /^es\.object\.assign$/,
  /^es\.(array|string)\.includes$/,
  /^es\.parse-float$/,
  /^es\.reflect\.to-string-tag$/,
];

module.exports = (api) => {
  const isTest = api.env("test");
  return {
    presets: [
      [
        "@babel/preset-env",
        isTest
          ? { targets: { node: "current" } }
          : {
              targets: { edge: "18", chrome: "80", safari: "13", firefox: "78" },
              useBuiltIns: "usage",
              corejs: "3.40",
              bugfixes: true,
              exclude: NEVER_CALLED,
            },
      ],
      ["@babel/preset-react", { runtime: "automatic" }],
      ["@babel/preset-typescript", { allowDeclareFields: true }],
    ],
    // Webview builds: object spread ({ ...a }, which EdgeHTML 18 lacks) becomes Object.assign-style
    // copying through one small helper instead of the full _objectSpread2 helper inlined in ~190 modules.
    // Spread only ever builds fresh plain objects here, where the two do the same.
    // Object rest ({ a, ...rest } = props, in most Fluent UI components) copies string keys only (props and
    // options never have symbol keys): the short helper instead of the symbol-aware one, inlined ~40 times.
    // Public class fields become assignments (no _defineProperty helper inlined per module; no class of the
    // pane or its libraries has a setter of the same name on its prototype).
    assumptions: isTest ? {} : { setSpreadProperties: true, objectRestNoSymbols: true, setPublicClassFields: true },
  };
};
