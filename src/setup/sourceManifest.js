/* The source manifest.xml (development address https://localhost:3000/) → the template the setup page carries
 * and the manifest for an address. Node only (webpack.config.js, scripts, tests): the setup bundle imports
 * manifestCore.js alone, so no built file carries the development address. */
"use strict";
const core = require("./manifestCore.js");

const DEV_URL = "https://localhost:3000/";

/** The source manifest with the development address (and origin) replaced by core.PLACEHOLDER_URL. */
function pageTemplate(source) {
  const placeholderOrigin = core.PLACEHOLDER_URL.replace(/\/$/, "");
  return source.split(DEV_URL).join(core.PLACEHOLDER_URL).split(DEV_URL.replace(/\/$/, "")).join(placeholderOrigin);
}

/** The manifest for `url` from the source manifest (what an ADDIN_URL build writes; the setup page gives the same). */
function manifestForSource(source, url) {
  return core.manifestFor(pageTemplate(source), url);
}

module.exports = { DEV_URL, pageTemplate, manifestForSource };
