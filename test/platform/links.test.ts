/**
 * Every relative link in docs/*.md, README.md and CHANGELOG.md points at a file that exists, and every #anchor at a
 * heading that exists in the target (GitHub's anchor rules: lower case, punctuation dropped, spaces → "-";
 * Thai letters and their marks are kept). Links inside code blocks and inline code are not links.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.resolve(__dirname, "../..");

/** GitHub's heading anchors of a Markdown text (duplicates get -1, -2 …). */
export function anchors(md: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  for (const m of md.replace(/^```[\s\S]*?^```$/gm, "").matchAll(/^#{1,6} (.+)$/gm)) {
    const base = m[1]
      .trim()
      .replace(/`/g, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
      .replace(/ /g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  return out;
}

/** The Markdown links of a text, outside fenced code and inline code. */
export function links(md: string): string[] {
  const text = md.replace(/^```[\s\S]*?^```$/gm, "").replace(/`[^`\n]*`/g, "");
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);
}

const docs = [
  "README.md",
  "CHANGELOG.md",
  ...fs
    .readdirSync(path.join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

describe("relative links in the documentation", () => {
  test("the check sees the documents and their links", () => {
    expect(docs).toEqual(expect.arrayContaining(["README.md", "docs/deploy.th.md", "docs/deploy.en.md", "docs/platforms.md", "docs/platforms.th.md"]));
    expect(links(fs.readFileSync(path.join(root, "docs/deploy.th.md"), "utf8")).length).toBeGreaterThan(15);
  });

  test("anchors follow GitHub's rules for Thai and English headings", () => {
    expect([...anchors("## 5. การปรับรุ่นและการย้อนกลับ\n### ก. Microsoft 365: ผู้ดูแลระบบ (แนะนำ)\n## A `code` b\n## A code b")]).toEqual([
      "5-การปรับรุ่นและการย้อนกลับ",
      "ก-microsoft-365-ผู้ดูแลระบบ-แนะนำ",
      "a-code-b",
      "a-code-b-1",
    ]);
    expect(links("[a](x.md) `[b](y.md)`\n```\n[c](z.md)\n```\n[d](w.md#h \"t\")")).toEqual(["x.md", "w.md#h"]);
  });

  test.each(docs)("%s", (doc) => {
    const md = fs.readFileSync(path.join(root, doc), "utf8");
    const problems: string[] = [];
    for (const href of links(md)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // https:, mailto:
      const [file, anchor] = href.split("#");
      const target = file ? path.join(root, path.dirname(doc), decodeURIComponent(file)) : path.join(root, doc);
      if (!fs.existsSync(target)) {
        problems.push(`${href}: no such file`);
        continue;
      }
      if (anchor && target.endsWith(".md") && !anchors(fs.readFileSync(target, "utf8")).has(decodeURIComponent(anchor))) {
        problems.push(`${href}: no such heading in ${path.relative(root, target)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
