/**
 * One webpack build shared by the tests that need the built add-in (test/platform/*, e2e).
 *
 * `buildOnce(env)` runs webpack through its Node API in a child process (outside jest's module sandbox,
 * with NODE_ENV=production so babel.config.js uses the webview targets, not "node current") and writes
 * the result to a folder in the OS temp dir (one per checkout) keyed by the env AND a fingerprint of the inputs (src/,
 * assets/, manifest.xml, webpack/babel config, package-lock.json). A later call with the same env and
 * unchanged inputs – from the same or another jest worker – reuses that folder; concurrent callers wait
 * on a lock directory instead of building twice.
 */
import { spawn } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "../..");
export const PRODUCTION_URL = "https://plan.example.com/addin/";

export interface BuildEnv {
  /** Production address of the task-pane files; written into dist/manifest.xml. */
  ADDIN_URL?: string;
  mode?: "production" | "development";
}

export interface BuildResult {
  outDir: string;
  env: Required<BuildEnv>;
  /** Files in outDir, relative, with "/" separators, sorted. */
  files: string[];
  /** Whether this call ran webpack (false: reused a cached build). */
  built: boolean;
  /** Wall time of the webpack run that produced outDir, in ms. */
  buildMs: number;
}

// One cache per checkout: a build of another clone or worktree (another state of the sources) drops the older
// builds of ITS cache only, never a folder a test of this checkout is serving.
const CACHE_ROOT = path.join(os.tmpdir(), "thai-budget-plan-builds", crypto.createHash("sha256").update(REPO_ROOT).digest("hex").slice(0, 8));
const MARKER = ".build-ok.json";
const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "babel.config.js", "package-lock.json"];

function listFiles(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, base));
    else if (entry.isFile()) out.push(path.relative(base, full).split(path.sep).join("/"));
  }
  return out.sort();
}

/** Hash of every input file's path and content. */
export function inputFingerprint(): string {
  const h = crypto.createHash("sha256");
  for (const input of INPUTS) {
    const full = path.join(REPO_ROOT, input);
    if (!fs.existsSync(full)) {
      h.update(`missing:${input}\n`);
      continue;
    }
    const files = fs.statSync(full).isDirectory() ? listFiles(full).map((f) => path.join(input, f)) : [input];
    for (const f of files) {
      h.update(`${f}\n`);
      h.update(fs.readFileSync(path.join(REPO_ROOT, f)));
    }
  }
  return h.digest("hex").slice(0, 16);
}

function normalize(env: BuildEnv): Required<BuildEnv> {
  return { ADDIN_URL: env.ADDIN_URL ?? PRODUCTION_URL, mode: env.mode ?? "production" };
}

function envKey(env: Required<BuildEnv>): string {
  return crypto.createHash("sha256").update(JSON.stringify(env)).digest("hex").slice(0, 8);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs webpack's Node API in a child Node process; resolves with its output, rejects with the errors. */
function runWebpack(env: Required<BuildEnv>, outDir: string): Promise<void> {
  const runner = `
    const webpack = require("webpack");
    const configure = require(${JSON.stringify(path.join(REPO_ROOT, "webpack.config.js"))});
    const outDir = ${JSON.stringify(outDir)};
    const mode = ${JSON.stringify(env.mode)};
    Promise.resolve(typeof configure === "function" ? configure({ outDir, mode }, { mode }) : configure)
      .then((config) => {
        const configs = Array.isArray(config) ? config : [config];
        for (const c of configs) { c.output = { ...(c.output || {}), path: outDir }; }
        webpack(Array.isArray(config) ? configs : configs[0], (err, stats) => {
          if (err) { console.error(err.stack || String(err)); process.exit(1); }
          const info = stats.toJson({ all: false, errors: true, warnings: true });
          if (stats.hasErrors()) {
            for (const e of info.errors || []) console.error(e.message || e);
            process.exit(1);
          }
          console.log("webpack ok");
        });
      })
      .catch((e) => { console.error(e && e.stack || String(e)); process.exit(1); });
  `;
  return new Promise((resolve, reject) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: env.mode, BABEL_ENV: env.mode, ADDIN_URL: env.ADDIN_URL };
    delete childEnv.JEST_WORKER_ID;
    const child = spawn(process.execPath, ["-e", runner], { cwd: REPO_ROOT, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`webpack build failed (exit ${code}):\n${out.slice(-8000)}`));
    });
  });
}

const inProcess = new Map<string, Promise<BuildResult>>();

/** Build the add-in once per env (and per state of the sources); see the file comment. */
export function buildOnce(env: BuildEnv = {}): Promise<BuildResult> {
  const full = normalize(env);
  const key = `${envKey(full)}-${inputFingerprint()}`;
  let p = inProcess.get(key);
  if (!p) {
    p = buildToCache(full, key);
    inProcess.set(key, p);
  }
  return p;
}

async function buildToCache(env: Required<BuildEnv>, key: string): Promise<BuildResult> {
  fs.mkdirSync(CACHE_ROOT, { recursive: true });
  const outDir = path.join(CACHE_ROOT, key);
  const lockDir = `${outDir}.lock`;
  const done = (built: boolean): BuildResult => {
    const marker = JSON.parse(fs.readFileSync(path.join(outDir, MARKER), "utf8")) as { buildMs: number };
    return { outDir, env, files: listFiles(outDir).filter((f) => f !== MARKER), built, buildMs: marker.buildMs };
  };

  for (;;) {
    if (fs.existsSync(path.join(outDir, MARKER))) return done(false);
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, "pid"), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      // Someone else builds this key: wait for them, unless they died.
      let owner = NaN;
      try {
        owner = Number(fs.readFileSync(path.join(lockDir, "pid"), "utf8"));
      } catch {
        // lock directory made, pid not written yet
      }
      if (Number.isFinite(owner) && owner > 0 && !pidAlive(owner)) fs.rmSync(lockDir, { recursive: true, force: true });
      else await sleep(500);
    }
  }

  try {
    if (fs.existsSync(path.join(outDir, MARKER))) return done(false);
    const staging = `${outDir}.staging-${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    const started = Date.now();
    await runWebpack(env, staging);
    fs.writeFileSync(path.join(staging, MARKER), JSON.stringify({ env, key, buildMs: Date.now() - started }));
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.renameSync(staging, outDir);
    // Drop older builds of the same env (earlier states of the sources).
    const prefix = key.split("-")[0] + "-";
    for (const name of fs.readdirSync(CACHE_ROOT)) {
      if (name.startsWith(prefix) && name !== key && !name.endsWith(".lock") && !name.includes(".staging-")) {
        fs.rmSync(path.join(CACHE_ROOT, name), { recursive: true, force: true });
      }
    }
    return done(true);
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

/** The <script> tags of an HTML page, in document order. */
export function scriptTags(html: string): { src?: string; type?: string; inline?: string }[] {
  const out: { src?: string; type?: string; inline?: string }[] = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    const attrs = m[1];
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    out.push(src ? { src, type } : { type, inline: m[2] });
  }
  return out;
}
