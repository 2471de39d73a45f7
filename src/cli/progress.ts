/**
 * Progress of a command over many files, on stderr (stdout stays clean for reports and JSON):
 * - on a terminal, one bar redrawn in place at most every 100 ms (and at the end), with the count, the
 *   elapsed time and an estimate of the time left;
 * - piped or redirected, a plain line at 0, 25, 50, 75 and 100 % ("กำลังอ่าน 18/71"), so logs stay short.
 * Commands start one with progressFor(), which returns undefined below MIN_FILES files.
 */
import type { CliIO } from "./io";

/** Fewer files than this show no progress at all. */
export const MIN_FILES = 10;

export interface ProgressSink {
  isTTY: boolean;
  /** Write text as it is (a terminal redraw uses "\r"). */
  write(text: string): void;
  /** Terminal width, when known. */
  columns?: number;
}

export interface ProgressOptions {
  /** Milliseconds since some origin (tests pass a fake clock). */
  now?: () => number;
  /** Minimum time between two redraws on a terminal, ms. */
  redrawMs?: number;
}

function seconds(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}` : `${s} s`;
}

export class Progress {
  private readonly sink: ProgressSink;
  private readonly now: () => number;
  private readonly redrawMs: number;
  private readonly started: number;
  private lastStep = -1;
  private lastDraw = -Infinity;
  private finished = false;

  constructor(
    io: CliIO | ProgressSink,
    private readonly total: number,
    private readonly label: string,
    opts: ProgressOptions = {},
  ) {
    this.sink = "write" in io ? io : sinkOf(io);
    this.now = opts.now ?? (() => Date.now());
    this.redrawMs = opts.redrawMs ?? 100;
    this.started = this.now();
  }

  /** `done` files of the total are finished. */
  tick(done: number): void {
    if (this.finished) return;
    const complete = done >= this.total;
    if (this.sink.isTTY) {
      const t = this.now();
      if (!complete && t - this.lastDraw < this.redrawMs) return;
      this.lastDraw = t;
      this.sink.write(`\r${this.bar(done, t)}\x1b[K${complete ? "\n" : ""}`);
    } else {
      const step = this.total ? Math.floor((done / this.total) * 4) : 4; // 0, 25, 50, 75, 100 %
      if (step === this.lastStep) return;
      this.lastStep = step;
      this.sink.write(`${this.label} ${done}/${this.total}\n`);
    }
    if (complete) this.finished = true;
  }

  /** The bar line (without the carriage return). */
  bar(done: number, t = this.now()): string {
    const frac = this.total ? Math.min(1, done / this.total) : 1;
    const elapsed = t - this.started;
    const left = done > 0 && done < this.total ? ` ~${seconds((elapsed / done) * (this.total - done))}` : "";
    const tail = ` ${done}/${this.total} ${seconds(elapsed)}${left}`;
    const room = (this.sink.columns ?? 80) - this.label.length - tail.length - 4;
    const width = Math.max(10, Math.min(30, room));
    const filled = Math.round(frac * width);
    return `${this.label} [${"█".repeat(filled)}${"░".repeat(width - filled)}]${tail}`;
  }
}

/** stderr as a progress sink: raw writes on a terminal, whole lines through the CLI's io otherwise. */
function sinkOf(io: CliIO): ProgressSink {
  if (io.errIsTTY) {
    return { isTTY: true, write: (t) => process.stderr.write(t), columns: process.stderr.columns };
  }
  return { isTTY: false, write: (t) => io.err(t.replace(/\n$/, "")) };
}

/** A progress display for a command over `total` files, or undefined when there are too few to need one. */
export function progressFor(io: CliIO, total: number, lang: "th" | "en", label?: { th: string; en: string }): Progress | undefined {
  if (total < MIN_FILES) return undefined;
  return new Progress(io, total, (label ?? { th: "กำลังอ่าน", en: "Reading" })[lang]);
}
