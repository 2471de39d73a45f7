// Quoted text is shortened where a reader would cut it: at a word or a space, else at a grapheme boundary
// (never between a Thai consonant and the vowel or tone mark over or under it, never after a leading vowel).
import fc from "fast-check";
import { clip, clipList, cutAllowed } from "../../src/core/clip";
import { cutAt, startAllowed } from "../../src/core/clipCut";
import { unknownVenueNote, venueNote } from "../../src/core/rates/venue";
import { quoteAround } from "../../src/workbook/read/fiscalYear";
import { sourceFiles } from "../helpers/sourceText";

const ATTACHED = /[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e\u0300-\u036f]/;
const LEADING = /[\u0e40-\u0e44]$/;

/** The properties every shortened text keeps, whatever cut was chosen. */
function expectSafeCut(text: string, max: number, out: string): void {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) {
    expect(out).toBe(t);
    return;
  }
  expect(out.length).toBeLessThanOrEqual(max);
  expect(out.endsWith("…")).toBe(true);
  const kept = out.slice(0, -1);
  expect(t.startsWith(kept)).toBe(true);
  // the character after the cut in the original does not belong to the last kept character
  if (kept.length > 1) {
    expect(ATTACHED.test(t[kept.length] ?? "")).toBe(false);
    expect(LEADING.test(kept)).toBe(false);
  }
}

describe("clip", () => {
  const memo = "ด้วยงานห้องสมุดมีความประสงค์จะจัดทำมุมหนังสือในห้องเรียน 6 ห้อง โดยใช้งบประมาณ 3,000 บาท จากเงินอุดหนุนรายหัว ดังนี้";

  it("keeps a short text whole (spaces made one)", () => {
    expect(clip("  ค่าอาหาร\t 50 บาท ", 20)).toBe("ค่าอาหาร 50 บาท");
  });

  it("cuts a Thai sentence at a word boundary, with an ellipsis", () => {
    const seg = new Intl.Segmenter("th", { granularity: "word" });
    for (const max of [80, 60, 40, 25, 12]) {
      const out = clip(memo, max);
      expectSafeCut(memo, max, out);
      const kept = out.slice(0, -1);
      const boundaries = new Set([...seg.segment(memo)].map((s) => s.index));
      expect(boundaries.has(kept.length) || memo[kept.length] === " ").toBe(true);
    }
    // the cut the blind tester saw ("โดยใช้งบประมา") no longer happens
    expect(clip(memo, 80)).not.toMatch(/งบประมา…$/);
  });

  it("never cuts between a consonant and its vowel or tone mark, nor after a leading vowel", () => {
    expect(cutAllowed("กี่", 1)).toBe(false);
    expect(cutAllowed("กี่", 2)).toBe(false);
    expect(cutAllowed("เก", 1)).toBe(false);
    expect(cutAllowed("กา", 1)).toBe(true);
    expect(cutAllowed("😀ก", 1)).toBe(false);
  });

  it("holds for any text of Thai letters, marks, digits and spaces (with the word segmenter)", () => {
    const unit = fc.constantFrom(..."กขคงจนมยรลวสหอะัาำิีึืุูเแโใไ็่้๊๋์ 0123456789,".split(""));
    fc.assert(
      fc.property(fc.string({ unit, minLength: 0, maxLength: 160 }), fc.integer({ min: 2, max: 100 }), (s, max) => {
        expectSafeCut(s, max, clip(s, max));
      }),
    );
  });

  it("holds without Intl.Segmenter too (old webviews): the last space, else the last grapheme boundary", () => {
    const I = Intl as unknown as { Segmenter?: unknown };
    const saved = I.Segmenter;
    try {
      I.Segmenter = undefined;
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module that sees no segmenter
        const fresh = require("../../src/core/clip") as typeof import("../../src/core/clip");
        expect(fresh.clip(memo, 80)).toBe("ด้วยงานห้องสมุดมีความประสงค์จะจัดทำมุมหนังสือในห้องเรียน 6 ห้อง โดยใช้งบประมาณ…");
        expect(fresh.clip(memo, 70)).toBe("ด้วยงานห้องสมุดมีความประสงค์จะจัดทำมุมหนังสือในห้องเรียน 6 ห้อง…");
        // no space to cut at: the last grapheme boundary, not inside "ชั้"
        expect(fresh.clip("ค่าชั้นวางหนังสือจำนวนหกชุด", 5)).toBe("ค่า…");
        expect(fresh.clip("เกณฑ์การประเมิน", 3)).toBe("เก…");
        const unit = fc.constantFrom(..."กขคงจนมยรลวสหอะัาำิีึืุูเแโใไ็่้๊๋์ 0123456789".split(""));
        fc.assert(
          fc.property(fc.string({ unit, maxLength: 120 }), fc.integer({ min: 2, max: 80 }), (s, max) => {
            expectSafeCut(s, max, fresh.clip(s, max));
          }),
        );
      });
    } finally {
      I.Segmenter = saved;
    }
  });
});

describe("every place that shortens user text goes through clip.ts", () => {
  const unit = fc.constantFrom(..."กขคงจนมยรลวสหอะัาำิีึืุูเแโใไ็่้๊๋์ 0123456789".split(""));

  it("cutAt and startAllowed never leave a mark without its consonant", () => {
    // the tester's "…เพิ่มขึ…": a cut just before the tone mark of "ขึ้" keeps none of that cluster
    const text = "มีนิสัยรักการอ่านเพิ่มขึ้น";
    expect(cutAt(text, text.indexOf("\u0e49"))).toBe("มีนิสัยรักการอ่านเพิ่ม");
    expect(startAllowed("ขึ้น", 1)).toBe(3);
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 100 }), fc.integer({ min: 0, max: 100 }), (s, k) => {
        const cut = cutAt(s, k);
        expect(s.startsWith(cut)).toBe(true);
        expect(cut.length).toBeLessThanOrEqual(Math.max(0, k));
        expect(cutAllowed(s, cut.length)).toBe(true);
        expect(cutAllowed(s, startAllowed(s, k))).toBe(true);
      }),
    );
  });

  it("the notes that quote a place, a title or a traveller's text cut where a reader would", () => {
    const place = "ห้องประชุมโรงเรียนบ้านหนองบัววิทยาคารและศูนย์การเรียนรู้ชุมชนเพื่อส่งเสริมนิสัยรักการอ่านเพิ่มขึ้น";
    for (const note of [venueNote(place, { venue: "gov", word: "โรงเรียน" } as never), unknownVenueNote(place, "A1")]) {
      const quoted = /"([^"]+)"/.exec(note.th)![1];
      expect(quoted.endsWith("…")).toBe(true);
      expectSafeCut(place, 61, quoted);
    }
    fc.assert(
      fc.property(fc.string({ unit, minLength: 61, maxLength: 140 }), (s) => {
        const text = `${s} ปีงบประมาณ 2568`;
        const q = quoteAround(text, 40);
        const inner = q.replace(/^…|…$/g, "");
        const at = text.replace(/\s+/g, " ").trim().indexOf(inner);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(cutAllowed(text.replace(/\s+/g, " ").trim(), at)).toBe(true);
      }),
    );
  });

  it("no source shortens a text by hand (slice/substring and an ellipsis) outside clip.ts", () => {
    const found = sourceFiles()
      .filter(({ file }) => !file.endsWith("clip.ts"))
      .flatMap(({ file, lines }) =>
        lines.flatMap((l, i) => (/\.(slice|substring|substr)\(/.test(l) && /…/.test(l) && !/startAllowed|cutAt|clip\(/.test(l) && !/^\s*(\/\/|\*)/.test(l) ? [`${file}:${i + 1}`] : [])),
      );
    expect(found).toEqual([]);
  });
});

describe("clipList", () => {
  test("keeps the first items and says there are more", () => {
    expect(clipList(["กิจกรรม!G7", "กิจกรรม!G8", "กิจกรรม!G9"], 2)).toBe("กิจกรรม!G7, กิจกรรม!G8 …");
    expect(clipList(["กิจกรรม!G7", "กิจกรรม!G8"], 2)).toBe("กิจกรรม!G7, กิจกรรม!G8");
    expect(clipList([], 2)).toBe("");
  });
});
