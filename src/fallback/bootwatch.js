/*
 * Start watch of the task pane: taskpane.html says "กำลังโหลด… / Loading…" until the pane's bundle replaces it.
 * If the bundle cannot start — its file does not load (404, offline), the Content-Security-Policy blocks it (an
 * eval-based build), or it throws before the pane is drawn — the page would say "Loading…" forever. This script
 * shows the page's own Thai/English message instead (#boot-failed, in taskpane.html), with what failed.
 *
 * Its own file, loaded by a plain <script> at the end of the body (the policy allows no inline script), so it
 * runs before the deferred bundle. ES5 (it runs in the webviews detect.js checks). It never hides a pane that
 * started: it acts only while the first "Loading…" (#boot) is still in the page, and the pane clears the page
 * when it starts. test/e2e/devPreview.test.ts blocks the bundle in Chromium and expects the message.
 */
(function (w, d) {
  var WAIT_MS = 60000;
  var boot = d.getElementById("boot");
  var failed = d.getElementById("boot-failed");
  var violations = [];
  if (!boot || !failed || !w.addEventListener) {
    return;
  }
  function ours(url) {
    var origin = w.location.protocol + "//" + w.location.host + "/";
    return typeof url === "string" && url.substring(0, origin.length) === origin;
  }
  function fileName(url) {
    return String(url || "").replace(/[?#].*$/, "").replace(/^.*\//, "");
  }
  function waiting() {
    // the pane has not replaced the first "Loading…" (index.tsx clears the page when it starts or reports)
    return !!boot.parentNode && !!failed.parentNode && failed.hidden;
  }
  var reason = "";
  function render() {
    var out = d.getElementById("boot-failed-detail");
    if (out) {
      out.textContent = reason + (violations.length ? "\nContent-Security-Policy: " + violations.join("; ") : "");
    }
  }
  function fail(detail) {
    if (!waiting()) {
      return;
    }
    reason = detail;
    render();
    boot.hidden = true;
    failed.hidden = false;
  }
  // a script of the add-in that does not load (capture: a resource's error event does not bubble)
  function onError(e) {
    var t = e.target;
    if (t && t !== w && t.tagName === "SCRIPT") {
      if (ours(t.src)) {
        fail(fileName(t.src) + ": could not be loaded");
      }
      return;
    }
    // an exception in the add-in's own script before the pane is drawn (Office.js, from its CDN, is not ours)
    if (ours(e.filename)) {
      fail(fileName(e.filename) + ": " + String(e.message || "error"));
    }
  }
  w.addEventListener("error", onError, true);
  d.addEventListener("securitypolicyviolation", function (e) {
    // detect.js probes the engine with new Function on purpose (refused under the policy, and caught)
    if (fileName(e.sourceFile) === "detect.js") {
      return;
    }
    violations.push(e.violatedDirective + " " + (e.blockedURI || "") + " " + fileName(e.sourceFile));
    // (reported after the error it caused, when the message may already be shown)
    if (reason && !failed.hidden) {
      render();
    }
  });
  function watch() {
    w.setTimeout(function () {
      fail("the pane did not start within " + WAIT_MS / 1000 + " s");
    }, WAIT_MS);
  }
  if (d.readyState === "loading") {
    d.addEventListener("DOMContentLoaded", watch);
  } else {
    watch();
  }
})(window, document);
