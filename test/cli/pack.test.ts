/**
 * The CLI on its own: `npm pack` gives a package whose `budget-plan` works after `npm install -g` of the
 * .tgz on a machine without the repository. The packed file is installed into a temporary prefix (no
 * network: the package has no dependencies) and run in a temporary folder far from the checkout.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

const ROOT = resolve(__dirname, "..", "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const work = mkdtempSync(join(tmpdir(), "budget-plan-pack-"));

afterAll(() => rmSync(work, { recursive: true, force: true }));

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: "utf8", timeout: 300_000, killSignal: "SIGKILL" });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

test("npm pack → npm install -g --prefix → budget-plan new / validate, without the repository", () => {
  const packed = sh(npm, ["pack", "--pack-destination", work, "--json"], ROOT);
  expect(packed.stderr).not.toMatch(/ERR!/);
  expect(packed.code).toBe(0);
  const info = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("["))) as { filename: string; files: { path: string }[] }[];
  const paths = info[0].files.map((f) => f.path);
  expect(paths).toEqual(expect.arrayContaining(["bin/budget-plan.js", "build/cli/budget-plan.js", "build/cli/worker.js", "package.json"]));
  // No TypeScript and no sources: the bundle is what runs.
  expect(paths.filter((p) => /\.tsx?$/.test(p) || p.startsWith("src/"))).toEqual([]);

  const prefix = join(work, "prefix");
  const env = { ...process.env, npm_config_offline: "true", npm_config_audit: "false", npm_config_fund: "false" };
  const installed = sh(npm, ["install", "-g", "--prefix", prefix, join(work, info[0].filename)], work, env);
  expect(installed.code).toBe(0);
  const pkgDir = process.platform === "win32" ? join(prefix, "node_modules", "thai-budget-plan-addin") : join(prefix, "lib", "node_modules", "thai-budget-plan-addin");
  expect(existsSync(join(pkgDir, "build", "cli", "budget-plan.js"))).toBe(true);
  expect(existsSync(join(pkgDir, "node_modules"))).toBe(false); // nothing else was installed
  expect(existsSync(join(pkgDir, "src"))).toBe(false);

  const bin = process.platform === "win32" ? join(prefix, "budget-plan.cmd") : join(prefix, "bin", "budget-plan");
  const here = join(work, "plans");
  sh(process.platform === "win32" ? "cmd" : "mkdir", process.platform === "win32" ? ["/c", "mkdir", here] : ["-p", here], work);
  // A PATH with only Node's own folder: nothing from the checkout (tsx, esbuild, node_modules/.bin).
  const bare = { PATH: [join(prefix, "bin"), resolve(process.execPath, "..")].join(process.platform === "win32" ? ";" : ":"), HOME: work, BUDGET_PLAN_LANG: "en" };
  const made = sh(bin, ["new", "example.xlsx", "--example"], here, bare);
  expect(made.stderr).toBe("");
  expect(made.code).toBe(0);
  expect(readdirSync(here)).toEqual(["example.xlsx"]);
  const checked = sh(bin, ["validate", "example.xlsx", "--format", "json"], here, bare);
  expect(checked.code).toBe(1); // the seed example has errors, as written
  const report = JSON.parse(checked.stdout) as { files: { file: string; findings: { rule: string }[] }[] };
  expect(report.files[0].file).toBe("example.xlsx");
  expect(report.files[0].findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["line-amount-mismatch", "total-mismatch"]));
});
