/** The project's TypeScript sources as lines, for tests that check a wording rule over every message. */
import * as fs from "fs";
import * as path from "path";

const SRC = path.join(__dirname, "..", "..", "src");

export interface SourceFile {
  /** Path relative to src/. */
  file: string;
  lines: string[];
}

let cache: SourceFile[] | undefined;

/** Every .ts/.tsx file under src/ (examples of plans included: their texts are shown too). */
export function sourceFiles(): SourceFile[] {
  if (cache) return cache;
  const out: SourceFile[] = [];
  const walk = (d: string) => {
    for (const f of fs.readdirSync(d).sort()) {
      const p = path.join(d, f);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(f)) out.push({ file: path.relative(SRC, p), lines: fs.readFileSync(p, "utf8").split("\n") });
    }
  };
  walk(SRC);
  cache = out;
  return out;
}
