import { promises as fs, realpathSync, statSync } from "fs";
import { basename, dirname, join, resolve } from "path";
import { cleanForTerminal } from "./sanitize";
import type { Lang } from "./report";

/** A random part for a temporary file's name (node:crypto is loaded only when a command writes a file). */
function tmpSuffix(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("crypto") as typeof import("crypto")).randomBytes(4).toString("hex");
}

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bars redraw in place). */
  errIsTTY: boolean;
}

/** Text as printed: control characters and terminal escapes from file contents removed, one final newline. */
function terminalLine(t: string): string {
  const clean = cleanForTerminal(t);
  return clean.endsWith("\n") ? clean : clean + "\n";
}

export function processIO(): CliIO {
  return {
    out: (t) => process.stdout.write(terminalLine(t)),
    err: (t) => process.stderr.write(terminalLine(t)),
    errIsTTY: Boolean(process.stderr.isTTY),
  };
}

export interface Context {
  io: CliIO;
  lang: Lang;
  /** --debug: stack traces of unexpected failures on stderr. */
  debug?: boolean;
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

/**
 * True (after saying why on stderr) when `out` must not be written: it is a folder; it is a symbolic
 * link and --force was not given (with --force the link itself is replaced, never its target); or it
 * exists and --force was not given. Commands never write over a file unless asked to.
 */
export async function refusesOverwrite(ctx: Context, out: string, force: unknown): Promise<boolean> {
  const th = ctx.lang === "th";
  let st;
  try {
    st = await fs.lstat(out);
  } catch {
    return false;
  }
  if (st.isDirectory() || (st.isSymbolicLink() && (await isDirectory(out)))) {
    ctx.io.err(
      th
        ? `budget-plan: ${out} เป็นโฟลเดอร์ — ระบุชื่อไฟล์ เช่น ${join(out, "plan.xlsx")}`
        : `budget-plan: ${out} is a folder; give a file name, e.g. ${join(out, "plan.xlsx")}`,
    );
    return true;
  }
  if (force) return false;
  if (st.isSymbolicLink()) {
    ctx.io.err(
      th
        ? `budget-plan: ${out} เป็นลิงก์ (symbolic link) — ไม่เขียนผ่านลิงก์ (ใช้ --force เพื่อแทนที่ตัวลิงก์ด้วยไฟล์ใหม่ ไฟล์ปลายทางของลิงก์จะไม่ถูกแตะต้อง)`
        : `budget-plan: ${out} is a symbolic link; not writing through it (use --force to replace the link itself with the new file; its target is left alone)`,
    );
    return true;
  }
  ctx.io.err(
    th
      ? `budget-plan: มีไฟล์ ${out} อยู่แล้ว — ไม่เขียนทับ (ใช้ --force ถ้าต้องการเขียนทับ)`
      : `budget-plan: ${out} already exists; not overwriting it (use --force to overwrite)`,
  );
  return true;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Write `data` to `out` all at once or not at all: into a temporary file in the same folder, then
 * renamed over `out` (which replaces a symbolic link itself, not its target). On any failure the
 * temporary file is removed and an existing `out` is left as it was.
 */
export async function writeFileAtomic(out: string, data: Buffer | Uint8Array): Promise<void> {
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.${tmpSuffix()}.tmp`);
  let mode = 0o666;
  try {
    const st = await fs.lstat(out);
    if (st.isFile()) mode = st.mode & 0o777;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e; // ENOENT: a new file
  }
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, "wx", mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(tmp, out);
  } catch (e) {
    // the write's error is the one to report; the clean-up's only when it leaves the temporary file behind
    const [, removed] = await Promise.allSettled([handle?.close(), fs.unlink(tmp)]);
    if (removed.status === "rejected" && (removed.reason as NodeJS.ErrnoException).code !== "ENOENT" && e instanceof Error) {
      e.message += ` (the temporary file ${tmp} could not be removed: ${(removed.reason as Error).message})`;
    }
    throw e;
  }
}

/** Whether two paths name the same file (same resolved path, or same device and inode). */
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

/**
 * Produce a file's bytes and write them atomically (writeFileAtomic); on failure print a clear message
 * naming the file and return false. Nothing half-written is ever left at `file`.
 */
export async function writeSafely(ctx: Context, file: string, produce: () => Promise<Buffer | Uint8Array>): Promise<boolean> {
  try {
    await writeFileAtomic(file, await produce());
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    const full = code === "ENOSPC" || code === "EFBIG" || code === "EDQUOT";
    ctx.io.err(
      ctx.lang === "th"
        ? `budget-plan: เขียนไฟล์ ${file} ไม่ได้ (${code}) — ${full ? "พื้นที่ดิสก์หรือขนาดไฟล์เกินขีดจำกัด" : "ตรวจว่าโฟลเดอร์มีอยู่และไฟล์ไม่ได้เปิดค้างอยู่ใน Excel"}; ไฟล์เดิม (ถ้ามี) ไม่ถูกแก้`
        : `budget-plan: cannot write ${file} (${code}); ${full ? "the disk or the file-size limit is full" : "check that the folder exists and the file is not open in Excel"}; any existing file was left unchanged`,
    );
    if (ctx.debug && e instanceof Error && e.stack) ctx.io.err(e.stack);
    return false;
  }
}
