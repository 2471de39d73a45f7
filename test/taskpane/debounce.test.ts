import { createDebouncer, type Timers } from "../../src/taskpane/debounce";

/** A manual clock: timers fire only when the test advances time. */
function manualClock() {
  let now = 0;
  let seq = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    setTimeout(fn, ms) {
      const id = ++seq;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(h) {
      pending.delete(h as number);
    },
  };
  const advance = async (ms: number) => {
    now += ms;
    for (const [id, t] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at <= now) {
        pending.delete(id);
        t.fn();
      }
    }
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { timers, advance, pendingCount: () => pending.size };
}

describe("debouncer (live validation)", () => {
  it("reports a failed run and goes on with the next", async () => {
    const clock = manualClock();
    const errors: unknown[] = [];
    let runs = 0;
    const d = createDebouncer(
      () => {
        runs++;
        if (runs === 1) throw new Error("sheet gone");
      },
      500,
      clock.timers,
      (e) => errors.push(e),
    );
    d.trigger();
    await clock.advance(500);
    d.trigger();
    await clock.advance(500);
    expect(runs).toBe(2);
    expect(errors.map((e) => (e as Error).message)).toEqual(["sheet gone"]);
  });

  it("runs once, 500 ms after the last of a burst of changes", async () => {
    const clock = manualClock();
    let runs = 0;
    const d = createDebouncer(() => void runs++, 500, clock.timers);
    d.trigger();
    await clock.advance(300);
    d.trigger();
    await clock.advance(300);
    d.trigger();
    expect(runs).toBe(0);
    await clock.advance(499);
    expect(runs).toBe(0);
    await clock.advance(1);
    expect(runs).toBe(1);
    expect(d.pending).toBe(false);
  });

  it("never overlaps runs: a change during a run schedules one more run after it", async () => {
    const clock = manualClock();
    let runs = 0;
    let release: () => void = () => undefined;
    const d = createDebouncer(
      () =>
        new Promise<void>((resolve) => {
          runs++;
          release = resolve;
        }),
      500,
      clock.timers,
    );
    d.trigger();
    await clock.advance(500);
    expect(runs).toBe(1);
    d.trigger();
    await clock.advance(500); // fires while the first run is still going
    expect(runs).toBe(1);
    expect(d.pending).toBe(true);
    release();
    await clock.advance(0);
    await clock.advance(500);
    expect(runs).toBe(2);
    release();
    await clock.advance(0);
    expect(d.pending).toBe(false);
  });

  it("cancel drops a pending run; a failing run does not stop later ones", async () => {
    const clock = manualClock();
    let runs = 0;
    const d = createDebouncer(
      () => {
        runs++;
        throw new Error("read failed");
      },
      500,
      clock.timers,
    );
    d.trigger();
    d.cancel();
    await clock.advance(1000);
    expect(runs).toBe(0);
    expect(clock.pendingCount()).toBe(0);
    d.trigger();
    await clock.advance(500);
    d.trigger();
    await clock.advance(500);
    expect(runs).toBe(2);
  });
});

describe("debouncer: pending reported (the pane says it is still checking)", () => {
  it("reports true on the first trigger and false only when nothing is left to run", async () => {
    const clock = manualClock();
    const seen: boolean[] = [];
    let release: () => void = () => undefined;
    const d = createDebouncer(
      () => new Promise<void>((resolve) => (release = resolve)),
      500,
      clock.timers,
      undefined,
      (p) => seen.push(p),
    );
    d.trigger();
    d.trigger(); // a burst: still one report
    expect(seen).toEqual([true]);
    await clock.advance(500); // the run starts: still pending
    d.trigger(); // a change during the run: one more run after it
    release();
    await clock.advance(0);
    expect(seen).toEqual([true]);
    await clock.advance(500);
    expect(d.pending).toBe(true);
    release();
    await clock.advance(0);
    expect(seen).toEqual([true, false]);
    expect(d.pending).toBe(false);
    // cancel of a waiting run reports false at once
    d.trigger();
    d.cancel();
    expect(seen).toEqual([true, false, true, false]);
  });
});

describe("write guard (the add-in's own changes)", () => {
  it("holds back change events during a write and makes them ONE call after it (an edit typed meanwhile is not lost)", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createWriteGuard } = require("../../src/taskpane/writeGuard") as typeof import("../../src/taskpane/writeGuard");
    const guard = createWriteGuard();
    let heard = 0;
    const onChange = guard.filter(() => heard++);
    onChange(); // a user edit
    expect(heard).toBe(1);
    const result = await guard.during(async () => {
      expect(guard.writing).toBe(true);
      onChange(); // the host reports our own write
      await Promise.resolve();
      onChange(); // or the user typed meanwhile: both become one call after the write
      expect(heard).toBe(1);
      return "done";
    });
    expect(result).toBe("done");
    expect(heard).toBe(2);
    expect(guard.writing).toBe(false);
    // a write that saw no events calls nothing
    await guard.during(async () => "quiet");
    expect(heard).toBe(2);
    await expect(
      guard.during(async () => {
        throw new Error("write failed");
      }),
    ).rejects.toThrow("write failed");
    expect(guard.writing).toBe(false);
    onChange();
    expect(heard).toBe(3);
  });
});
