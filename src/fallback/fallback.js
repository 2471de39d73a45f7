/* The script of fallback.html (its own file: the page's Content-Security-Policy allows no inline script). */
// ES3/ES5 only: this page is shown inside Internet Explorer 11.
(function (w, d) {
  function setText(id, text) {
    var el = d.getElementById(id);
    if (!el) {
      return;
    }
    if (typeof el.textContent === "string") {
      el.textContent = text;
    } else {
      el.innerText = text;
    }
  }
  function param(name) {
    var search = String((w.location && w.location.search) || "").replace(/^\?/, "");
    var parts = search ? search.split("&") : [];
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf("=");
      var key = eq < 0 ? parts[i] : parts[i].substring(0, eq);
      if (key === name) {
        var raw = eq < 0 ? "" : parts[i].substring(eq + 1);
        try {
          return decodeURIComponent(raw.replace(/\+/g, " "));
        } catch (e) {
          return raw;
        }
      }
    }
    return null;
  }

  var missing = param("missing");
  setText("diag-missing", missing ? missing.split(",").join(", ") : "-");

  // Office adds ?_host_Info=Excel$Win32$16.01$th-TH$… (or with "|") to the add-in's address.
  var hostInfo = param("_host_Info");
  if (hostInfo) {
    var f = hostInfo.split(/[$|]/);
    setText("diag-host", (f[0] || "?") + " / " + (f[1] || "?") + " / " + (f[2] || "?") + " / " + (f[3] || "?"));
    // Office in another language than Thai: show the English section first.
    if (f[3] && f[3].toLowerCase().indexOf("th") !== 0 && d.getElementsByTagName) {
      var sections = d.getElementsByTagName("section");
      if (sections.length === 2 && sections[1].parentNode) {
        sections[1].parentNode.insertBefore(sections[1], sections[0]);
        sections[0].className = "first";
        sections[1].className = "";
      }
    }
  }
  setText("diag-agent", String((w.navigator && w.navigator.userAgent) || "-"));

  // When Office.js loaded (it still supports IE11), show the exact Office build.
  var office = w.Office;
  if (office && typeof office.onReady === "function") {
    office.onReady(function () {
      var diag = office.context && office.context.diagnostics;
      if (diag) {
        setText("diag-host", String(diag.host) + " / " + String(diag.platform) + " / " + String(diag.version));
      }
    });
  }
})(window, document);
