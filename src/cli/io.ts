import { promises as fs, realpathSync, statSync } from "fs";
import { resolve } from "path";
import type { Lang } from "./report";

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bars redraw in place). */
  errIsTTY: boolean;
}

export function processIO(): CliIO {
  return {
    out: (t) => process.stdout.write(t.endsWith("\n") ? t : t + "\n"),
    err: (t) => process.stderr.write(t.endsWith("\n") ? t : t + "\n"),
    errIsTTY: Boolean(process.stderr.isTTY),
  };
}

export interface Context {
  io: CliIO;
  lang: Lang;
}

export function say(ctx: Context, msg: { th: string; en: string }): string {
  return msg[ctx.lang];
}

export async function exists(path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Whether two paths name the same file (same resolved path, or same device and inode). */
/**
 * True (after saying so on stderr) when `out` exists and --force was not given: commands never write over a
 * file unless asked to.
 */
export async function refusesOverwrite(ctx: Context, out: string, force: unknown): Promise<boolean> {
  if (force || !(await exists(out))) return false;
  ctx.io.err(
    ctx.lang === "th"
      ? `budget-plan: มีไฟล์ ${out} อยู่แล้ว — ไม่เขียนทับ (ใช้ --force ถ้าต้องการเขียนทับ)`
      : `budget-plan: ${out} already exists; not overwriting it (use --force to overwrite)`,
  );
  return true;
}

export function samePath(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** A progress bar on stderr: redrawn in place on a terminal, a few plain lines otherwise. */
export class Progress {
  private lastShown = -1;
  constructor(
    private readonly io: CliIO,
    private readonly total: number,
    private readonly label: string,
  ) {}

  tick(done: number): void {
    const width = 30;
    const frac = this.total ? done / this.total : 1;
    if (this.io.errIsTTY) {
      const filled = Math.round(frac * width);
      process.stderr.write(`\r${this.label} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${this.total}`);
      if (done === this.total) process.stderr.write("\n");
      return;
    }
    const step = Math.floor(frac * 4); // 0, 25, 50, 75, 100 %
    if (step !== this.lastShown) {
      this.lastShown = step;
      this.io.err(`${this.label} ${done}/${this.total}`);
    }
  }
}

/** Run a file write; on failure print a clear message naming the file and return false. */
export async function writeSafely(ctx: Context, file: string, write: () => Promise<void>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    ctx.io.err(
      ctx.lang === "th"
        ? `budget-plan: เขียนไฟล์ ${file} ไม่ได้ (${code}) — ตรวจว่าโฟลเดอร์มีอยู่และไฟล์ไม่ได้เปิดค้างอยู่ใน Excel`
        : `budget-plan: cannot write ${file} (${code}); check that the folder exists and the file is not open in Excel`,
    );
    return false;
  }
}
