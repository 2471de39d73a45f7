/** Entry of setup.html / index.html (webpack injects the manifest template and the version). */
import { renderSetup } from "./page";

declare const __MANIFEST_TEMPLATE__: string;
declare const __APP_VERSION__: string;

const lang = /^en\b/i.test(new URLSearchParams(location.search).get("lang") ?? "") ? "en" : "th";
renderSetup({
  document,
  href: location.href,
  template: __MANIFEST_TEMPLATE__,
  version: __APP_VERSION__,
  fetch: window.fetch.bind(window),
  lang,
});
