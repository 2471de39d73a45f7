/**
 * LibreOffice (soffice) for `budget-plan pdf`: where it is, and one headless conversion with a profile of
 * its own (a temporary folder, removed after), so it runs beside an open LibreOffice and never touches the
 * user's settings. Undefined when LibreOffice is not installed.
 */
import { spawn, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

const CANDIDATES = [
  "/usr/bin/soffice",
  "/usr/local/bin/soffice",
  "/usr/lib/libreoffice/program/soffice",
  "/opt/libreoffice/program/soffice",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
  "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe",
];

/** The soffice binary: $SOFFICE_PATH, then the PATH, then the usual install places. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.SOFFICE_PATH;
  if (fromEnv !== undefined) return fromEnv && existsSync(fromEnv) ? fromEnv : undefined;
  for (const name of ["soffice", "libreoffice"]) {
    const w = spawnSync(process.platform === "win32" ? "where" : "which", [name], { encoding: "utf8" });
    const found = w.status === 0 ? w.stdout.split(/\r?\n/)[0].trim() : "";
    if (found) return found;
  }
  return CANDIDATES.find((c) => existsSync(c));
}

const profileUrl = (dir: string) => {
  const p = resolve(dir).replace(/\\/g, "/");
  return "file://" + (p.startsWith("/") ? "" : "/") + encodeURI(p);
};

/** Converts `input` to PDF in a temporary folder; resolves with the PDF's path (the caller removes `dir`). */
export function convertToPdf(soffice: string, input: string, timeoutMs = 300_000): Promise<{ pdf: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), "budget-plan-pdf-"));
  const out = join(dir, "out");
  return new Promise((res, rej) => {
    const child = spawn(
      soffice,
      ["--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck", `-env:UserInstallation=${profileUrl(join(dir, "profile"))}`, "--convert-to", "pdf", "--outdir", out, resolve(input)],
      { stdio: ["ignore", "pipe", "pipe"], detached: process.platform !== "win32" },
    );
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    const timer = setTimeout(() => {
      try {
        if (child.pid && process.platform !== "win32") process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        /* gone */
      }
    }, timeoutMs);
    const fail = (why: string) => {
      rmSync(dir, { recursive: true, force: true });
      rej(new Error(`${why}\n${log.trim()}`.trim()));
    };
    child.on("error", (e) => {
      clearTimeout(timer);
      fail(e.message);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      const pdf = existsSync(out) ? readdirSync(out).find((f) => f.toLowerCase().endsWith(".pdf")) : undefined;
      if (code !== 0 || !pdf) return fail(`soffice exit ${code}`);
      res({ pdf: join(out, pdf), dir });
    });
  });
}
