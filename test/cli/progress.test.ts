/** The CLI's progress display: a bar redrawn in place on a terminal, a few plain lines when piped. */
import { MIN_FILES, Progress, progressFor, type ProgressSink } from "../../src/cli/progress";
import type { CliIO } from "../../src/cli/io";

function sink(isTTY: boolean, columns = 80): ProgressSink & { text: string } {
  const s = { isTTY, columns, text: "", write: (t: string) => void (s.text += t) };
  return s;
}

test("piped: one plain line at 0, 25, 50, 75 and 100 %, nothing redrawn", () => {
  const out = sink(false);
  const p = new Progress(out, 71, "กำลังตรวจ");
  for (let done = 1; done <= 71; done++) p.tick(done);
  const lines = out.text.trimEnd().split("\n");
  expect(lines).toEqual(["กำลังตรวจ 1/71", "กำลังตรวจ 18/71", "กำลังตรวจ 36/71", "กำลังตรวจ 54/71", "กำลังตรวจ 71/71"]);
  expect(out.text.includes("\r") || out.text.includes("\u001b")).toBe(false);
});

test("terminal: redraws in place at most every 100 ms, ends with a full bar and a newline", () => {
  let t = 0;
  const out = sink(true);
  const p = new Progress(out, 40, "Checking", { now: () => t });
  for (let done = 1; done <= 40; done++) {
    t += 30; // a file every 30 ms: about one redraw in four
    p.tick(done);
  }
  const frames = out.text.split("\r").filter(Boolean);
  expect(frames.length).toBeGreaterThan(5);
  expect(frames.length).toBeLessThan(20);
  for (const f of frames) expect(f).toMatch(/^Checking \[[█░]+\] \d+\/40 /);
  const last = frames[frames.length - 1];
  expect(last).toBe(`Checking [${"█".repeat(30)}] 40/40 1 s\u001b[K\n`);
  expect(out.text.endsWith("\n")).toBe(true);
  // the bar fills in proportion: half-way frames are about half full
  const mid = frames.find((f) => / 2[0-9]\/40/.test(f))!;
  const filled = (mid.match(/█/g) ?? []).length;
  const width = (mid.match(/[█░]/g) ?? []).length;
  expect(Math.abs(filled / width - 0.5)).toBeLessThan(0.2);
  // an estimate of the time left while running
  expect(frames[1]).toMatch(/~\d+ s/);
});

test("the bar fits a narrow terminal", () => {
  const p = new Progress(sink(true, 40), 500, "กำลังอ่าน", { now: () => 0 });
  expect(p.bar(250).length).toBeLessThanOrEqual(44);
});

test("progressFor: nothing below the threshold; label in the chosen language; piped lines through the io", () => {
  const errs: string[] = [];
  const io: CliIO = { out: () => undefined, err: (t: string) => void errs.push(t), errIsTTY: false } as unknown as CliIO;
  expect(progressFor(io, MIN_FILES - 1, "th")).toBeUndefined();
  const p = progressFor(io, MIN_FILES, "en")!;
  for (let d = 1; d <= MIN_FILES; d++) p.tick(d);
  expect(errs[0]).toBe(`Reading 1/${MIN_FILES}`);
  expect(errs[errs.length - 1]).toBe(`Reading ${MIN_FILES}/${MIN_FILES}`);
});
