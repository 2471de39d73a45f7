/**
 * Bundle figure: gzipped size of what taskpane.html loads inside Excel (budget 250 KB), its ten largest modules, and the
 * preview-only chunks fetched outside Excel. Reads dist/ when a build is there (BENCH_REBUILD=1 forces
 * a fresh production build), else builds with webpack's Node API first.
 */
import * as fs from "fs";
import * as path from "path";
import webpack from "webpack";

const root = path.join(__dirname, "..");

interface Measured {
  files: { file: string; raw: number; gzip: number }[];
  total: number;
  lazy: { file: string; raw: number; gzip: number }[];
  lazyTotal: number;
  budget: number;
}

async function build(outDir: string): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require("../webpack.config.js");
  const config = await makeConfig({ outDir }, { mode: "production" });
  const t0 = Date.now();
  await new Promise<void>((resolve, reject) =>
    webpack(config).run((err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(stats?.toString({ all: false, errors: true }) ?? "build failed"));
      resolve();
    }),
  );
  return Date.now() - t0;
}

export async function benchBundle(): Promise<Measured> {
  const dist = path.join(root, "dist");
  const haveBuild = fs.existsSync(path.join(dist, "taskpane.html"));
  if (!haveBuild || process.env.BENCH_REBUILD === "1") {
    const ms = await build(dist);
    console.log(`production build: ${(ms / 1000).toFixed(1)} s`);
  } else {
    console.log("using the existing dist/ (BENCH_REBUILD=1 to rebuild)");
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { measure } = require("../scripts/bundle-size.js");
  const r: Measured = measure(dist);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  for (const f of r.files) console.log(`  ${f.file.padEnd(36)} ${kb(f.gzip).padStart(10)} gzip`);
  console.log(`taskpane in Excel: ${kb(r.total)} gzipped (budget ${kb(r.budget)}${r.total > r.budget ? ", OVER" : ""})`);
  console.log(`chunks fetched later (preview outside Excel, example and importer on first use): ${kb(r.lazyTotal)} gzipped in ${r.lazy.length} files`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { largest } = require("../scripts/pane-modules.js") as { largest(file: string, n: number): { name: string; raw: number; gzip: number }[] };
  console.log("ten largest modules of what Excel loads (gzip share estimated from the minified bytes):");
  for (const f of r.files.filter((x) => x.file.endsWith(".js"))) {
    for (const m of largest(path.join(dist, f.file), 10)) console.log(`  ${kb(m.gzip).padStart(9)} gzip ${kb(m.raw).padStart(10)} raw  ${m.name}`);
  }
  console.log(`goal: the pane Excel loads: ${kb(r.total)} gzipped (target ≤ 250.0 KB) ${r.total <= 250 * 1024 ? "ok" : "MISSED"}`);
  return r;
}
