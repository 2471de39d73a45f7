/**
 * A debouncer with injectable timers (tests drive it with a manual clock). Live validation calls
 * `trigger()` on every user change; `fn` runs once, `delay` ms after the last trigger. While `fn` is
 * running (async), further triggers schedule one more run after it finishes; they never overlap.
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

export function createDebouncer(fn: () => Promise<void> | void, delay: number, timers: Timers = defaultTimers()): Debouncer {
  let handle: unknown = null;
  let running = false;
  let again = false;
  let cancelled = false;

  const fire = async () => {
    handle = null;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await fn();
    } catch {
      // the caller reports its own errors; a failed run must not stop later runs
    } finally {
      running = false;
    }
    if (again && !cancelled) {
      again = false;
      schedule();
    }
  };

  const schedule = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = timers.setTimeout(() => void fire(), delay);
  };

  return {
    trigger() {
      cancelled = false;
      schedule();
    },
    cancel() {
      cancelled = true;
      again = false;
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
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
