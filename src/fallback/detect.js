/*
 * Webview check for the task pane. Runs first, inline in the <head> of taskpane.html, before Office.js
 * and before the task-pane bundle.
 *
 * The bundle is ES2017 (EdgeHTML 18, WebView2, Safari/WebKit, current browsers). Office 2016, volume-
 * licensed Office 2019 and some older Microsoft 365 builds host add-ins in Internet Explorer 11
 * ("Trident"), which cannot even parse that bundle and would show an empty pane. In those webviews
 * this script sends the pane to fallback.html, a plain page (Thai and English) that says which Office
 * versions are supported. In every other webview it does nothing.
 *
 * Written in ES3/ES5 on purpose (no let/const, arrows, template strings, classes, Promise …): it has to
 * run in the very engines it is looking for. test/platform/fallback.test.ts parses it as ES5 and runs it
 * in a fake IE11 window.
 */
(function (w) {
  var missing = [];
  var nav = w.navigator || {};
  var ua = String(nav.userAgent || "");

  // 1. The engine must parse ES2017 syntax: the bundle uses it as is.
  var syntax =
    "var f = async (a, ...r) => { let [b] = [a]; const { c = 1 } = {}; class K {} " +
    "await null; return `${b}${c}` + 2 ** 2 + r.length; }; return typeof f;";
  try {
    new w.Function(syntax);
  } catch (e) {
    // A SyntaxError means an old engine. Anything else (e.g. an EvalError from a strict
    // Content-Security-Policy) says nothing about the engine, so it is not counted.
    if (e && e.name === "SyntaxError") {
      missing.push("ES2017");
    }
  }

  // 2. Built-ins that the polyfills in the bundle do not provide (Proxy, fetch, CSS variables) or
  //    that every modern engine has and IE11 lacks.
  var globals = ["Promise", "Symbol", "Map", "Set", "WeakMap", "Proxy", "Reflect", "fetch"];
  for (var i = 0; i < globals.length; i++) {
    if (typeof w[globals[i]] === "undefined") {
      missing.push(globals[i]);
    }
  }
  var css = w.CSS;
  if (!css || typeof css.supports !== "function" || !css.supports("--budget-plan-probe", "0")) {
    missing.push("CSS.supports/custom-properties");
  }

  // 3. Trident (Internet Explorer 11, also in IE7/8 document modes) is never supported.
  if (/Trident\/|MSIE /.test(ua)) {
    missing.push("Trident");
  }

  // 4. Features the pane bundle stands in for itself (src/taskpane/polyfills.ts; the build rewrites the one
  //    :is() selector Fluent uses): not a reason to leave, but recorded, so that the pane's "copy details"
  //    says which stand-ins this webview runs on (EdgeHTML 18, Safari before 13.1/14).
  var standIns = [];
  if (typeof w.ResizeObserver === "undefined") {
    standIns.push("ResizeObserver");
  }
  try {
    var mq = typeof w.matchMedia === "function" ? w.matchMedia("(min-width: 0px)") : null;
    if (mq && typeof mq.addEventListener !== "function") {
      standIns.push("MediaQueryList.addEventListener");
    }
  } catch (e) {
    standIns.push("matchMedia");
  }
  try {
    if (w.document && typeof w.document.querySelector === "function") {
      w.document.querySelector(":is(html)");
    }
  } catch (e) {
    standIns.push(":is()");
  }
  w.budgetPlanWebview = { missing: missing, standIns: standIns };

  if (missing.length === 0) {
    return;
  }

  // Keep Office's own query (?_host_Info=Excel$Win32$16.01$th-TH$…) so fallback.html can show the
  // platform and pick the language.
  var loc = w.location;
  var search = String((loc && loc.search) || "");
  var target = "fallback.html" + (search ? search + "&" : "?") + "missing=" + encodeURIComponent(missing.join(","));
  if (loc && typeof loc.replace === "function") {
    loc.replace(target);
  } else if (loc) {
    loc.href = target;
  }
})(typeof window !== "undefined" ? window : this);
