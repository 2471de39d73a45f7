/**
 * A debouncer with injectable timers (tests drive it with a manual clock). Live validation calls
 * `trigger()` on every user change; `fn` runs once, `delay` ms after the last trigger. While `fn` is
 * running (async), further triggers schedule one more run after it finishes; they never overlap.
 *
 * Written here rather than taken from a library: the usual debounce helpers (lodash's and the like) start a
 * new call while an async one is still running; live validation must never run two checks at once (each
 * reads the workbook and marks cells), and must not lose the edit that came in during a run.
 */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Debouncer {
  trigger(): void;
  cancel(): void;
  /** True while a run is pending or in progress. */
  readonly pending: boolean;
}

export function createDebouncer(
  fn: () => Promise<void> | void,
  delay: number,
  timers: Timers = defaultTimers(),
  /** Told about a run that failed (the runs go on); by default the console. */
  onError: (e: unknown) => void = (e) => console.error("debounced run failed", e),
  /** Told when `pending` turns true (a run is waiting or going) and false again (nothing left to run). */
  onPendingChange?: (pending: boolean) => void,
): Debouncer {
  let handle: unknown = null;
  let running = false;
  let again = false;
  let cancelled = false;
  let reported = false;
  const report = () => {
    const now = handle !== null || running;
    if (now === reported) return;
    reported = now;
    onPendingChange?.(now);
  };

  const fire = async () => {
    handle = null;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await fn();
    } catch (e) {
      // a failed run must not stop later runs
      onError(e);
    } finally {
      running = false;
    }
    if (again && !cancelled) {
      again = false;
      schedule();
    }
    report();
  };

  const schedule = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = timers.setTimeout(() => void fire(), delay);
  };

  return {
    trigger() {
      cancelled = false;
      schedule();
      report();
    },
    cancel() {
      cancelled = true;
      again = false;
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
      report();
    },
    get pending() {
      return handle !== null || running;
    },
  };
}

function defaultTimers(): Timers {
  return {
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>),
  };
}
