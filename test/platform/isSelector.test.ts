/**
 * The build rewrites tabster's `:is(…):not(:disabled)` focusable selector as a plain list (EdgeHTML 18 and
 * Safari 13 throw a SyntaxError on `:is()` in matches()/querySelector()). The rewritten selector must select the
 * same elements: checked here on a real DOM (jsdom knows :is()) against the original tabster selector.
 * @jest-environment jsdom
 */
import * as fs from "node:fs";
import * as path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { expand } = require("../../scripts/no-is-selector-loader.js") as { expand: (s: string) => string };

const root = path.resolve(__dirname, "../..");
const CONSTS = ["node_modules/tabster/dist/esm/Consts.js", "node_modules/tabster/dist/cjs/Consts.cjs"];

function selectorOf(source: string): string {
  // evaluate the exported constant the way the bundle would
  const m = /FOCUSABLE_SELECTOR = (`[\s\S]*?`|"[^"]*");/.exec(source);
  if (!m) throw new Error("FOCUSABLE_SELECTOR not found");
  return new Function(`return ${m[1]};`)() as string;
}

test.each(CONSTS)("%s: the rewritten selector has no :is() and selects exactly what the original does", (rel) => {
  const source = fs.readFileSync(path.join(root, rel), "utf8");
  const original = selectorOf(source);
  const rewritten = selectorOf(expand(source));
  expect(original).toMatch(/^:is\(/);
  expect(rewritten).not.toMatch(/:(is|where|has)\(/);
  document.body.innerHTML = `
    <a href="#">a</a><a>no href</a><button>b</button><button disabled>off</button><input /><input disabled />
    <select><option>x</option></select><textarea></textarea><div tabindex="0">t</div><div contenteditable="true">e</div>
    <details><summary>s</summary><p>p</p></details><audio controls></audio><video></video><span>plain</span>
    <fieldset disabled><input id="in-disabled-fieldset" /></fieldset>`;
  const pick = (sel: string) => Array.from(document.querySelectorAll(sel));
  expect(pick(rewritten)).toEqual(pick(original));
  expect(pick(original).length).toBeGreaterThan(6);
});
