/**
 * Hostile and broken Word documents through the CLI, run as a user runs it (a child process with a 1 GB
 * heap): a document part that unpacks far past the cap while declaring a few KB, an entity declaration,
 * a cut-short package, tables nested thousands deep, a million empty paragraphs, an old .doc, a picture
 * bomb nobody needs. Each: exit code, message, input unchanged, nothing written, no stack trace, peak memory.
 */
import { copyFileSync, readFileSync, rmSync } from "fs";
import { join } from "path";
import { deflateRawSync } from "zlib";
import { deflateRepeated, entriesOf, inputsIn, listed, runCli, tempDir, writeZip, ROOT } from "./kit";

const dir = tempDir();
const { hashes, put, sane } = inputsIn(dir);
const PIECE = 1024 * 1024;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

interface Report {
  files: { file: string; findings: { rule: string; place: string | null }[]; problems?: { message: string }[]; error?: { code: string; message: string } }[];
}

beforeAll(async () => {
  const seed = readFileSync(join(ROOT, "test/fixtures/seed-project-2560.docx"));
  put("seed.docx", seed);
  const entries = await entriesOf(seed);
  const part = "word/document.xml";
  const replace = (deflated: Buffer, declaredSize: number) => writeZip(entries.map((e) => (e.name === part ? { name: part, deflated, declaredSize } : e)));
  const head = `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>`;
  put("bomb-lying.docx", replace(deflateRepeated(head, "a", PIECE, 300, "</w:t></w:r></w:p></w:body></w:document>"), 4000));
  const laughs = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document ${W}><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>`;
  put("laughs.docx", replace(deflateRawSync(Buffer.from(laughs)), laughs.length));
  put("cut.docx", seed.subarray(0, Math.floor(seed.length / 2)));
  const deep = `<?xml version="1.0"?><w:document ${W}><w:body>${"<w:tbl><w:tr><w:tc>".repeat(5000)}<w:p/>${"</w:tc></w:tr></w:tbl>".repeat(5000)}</w:body></w:document>`;
  put("deep.docx", replace(deflateRawSync(Buffer.from(deep)), deep.length));
  const many = `<?xml version="1.0"?><w:document ${W}><w:body>${"<w:p/>".repeat(1_000_000)}</w:body></w:document>`;
  put("many.docx", replace(deflateRawSync(Buffer.from(many)), many.length));
  put("picture-bomb.docx", writeZip([...entries, { name: "word/media/image1.png", deflated: deflateRepeated("", "\0", PIECE, 1024, ""), declaredSize: 1024 * PIECE }]));
  const cfb = Buffer.alloc(2048);
  cfb.writeUInt32BE(0xd0cf11e0, 0);
  cfb.writeUInt32BE(0xa1b11ae1, 4);
  put("old.doc", cfb);
  copyFileSync(join(dir, "seed.docx"), join(dir, "renamed")); // a Word document without an extension
  hashes.set("renamed", hashes.get("seed.docx")!);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("bombs, entities, cut-short and deeply nested documents are refused with a clear message; the good ones are checked", () => {
  const files = ["seed.docx", "bomb-lying.docx", "laughs.docx", "cut.docx", "deep.docx", "many.docx", "picture-bomb.docx", "old.doc", "renamed"];
  const r = runCli(dir, ["validate", ...files, "--format", "json", "--lang", "en"]);
  sane(r);
  expect(r.code).toBe(2);
  const [seed, bomb, laughs, cut, deep, many, picture, old, renamed] = (JSON.parse(r.stdout) as Report).files;
  expect(seed.error).toBeUndefined();
  expect(seed.findings.some((f) => f.rule === "total-mismatch" && f.place === "paragraph 160")).toBe(true);
  expect(bomb.error).toMatchObject({ code: "too-large" });
  expect(bomb.error!.message).toMatch(/bomb-lying\.docx is too large when unpacked \(part word\/document\.xml exceeds 96 MB\)/);
  expect(laughs.error).toMatchObject({ code: "corrupt" });
  expect(laughs.error!.message).toMatch(/document type declarations are not accepted/);
  expect(cut.error).toMatchObject({ code: "corrupt" });
  expect(deep.error).toMatchObject({ code: "corrupt" });
  expect(deep.error!.message).toMatch(/nested too deeply/);
  expect(many.error).toMatchObject({ code: "too-large" });
  expect(many.error!.message).toMatch(/more than 200,000 lines of text/);
  // a picture nobody needs is never unpacked
  expect(picture.error).toBeUndefined();
  expect(picture.findings.map((f) => f.rule)).toEqual(seed.findings.map((f) => f.rule));
  expect(old.error).toMatchObject({ code: "legacy-doc" });
  expect(old.error!.message).toMatch(/old Word 97-2003 document \(\.doc\); open it in Word, save it as \.docx/);
  expect(renamed.findings.map((f) => f.rule)).toEqual(seed.findings.map((f) => f.rule));
  expect(r.stderr).toMatch(/budget-plan: File bomb-lying\.docx is too large when unpacked/);
  expect(r.stderr + r.stdout).not.toMatch(/\n\s+at \S+ \(/);
  expect(r.peakMb).toBeLessThan(900);
  expect(listed(dir)).toEqual([...hashes.keys()].sort());
});

test("import and inspect refuse a hostile document the same way, writing nothing", () => {
  const imp = runCli(dir, ["import", "bomb-lying.docx", "-o", "out.xlsx", "--lang", "en"]);
  sane(imp);
  expect(imp.code).toBe(2);
  expect(imp.stderr).toMatch(/budget-plan: File bomb-lying\.docx is too large when unpacked/);
  const ins = runCli(dir, ["inspect", "laughs.docx", "--lang", "en"]);
  sane(ins);
  expect(ins.code).toBe(2);
  expect(ins.stderr).toMatch(/laughs\.docx is damaged or unreadable \(document type declarations are not accepted\)/);
  expect(listed(dir)).toEqual([...hashes.keys()].sort());
});
