/**
 * Checking a project text: findings point at their lines, reading problems are read-problem findings,
 * invisible characters change nothing, text that is no plan is recognised, bytes are decoded as UTF-8
 * unless they clearly are not.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { checkProjectText } from "../../src/import/check";
import { decodeTextBytes } from "../../src/import/decode";
import { importProjectText } from "../../src/import";
import { planTotal } from "../../src/core/budget";
import { normaliseLine } from "../../src/import/lines";

const SEED = readFileSync(join(__dirname, "../fixtures/seed-project-2560.txt"), "utf8");
const seedLines = SEED.split("\n");
const lineOf = (needle: string) => seedLines.findIndex((l) => l.includes(needle)) + 1;
const summary = (text: string) =>
  checkProjectText(text)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.line}`)
    .sort();

describe("findings on the seed point at their lines", () => {
  const { findings } = checkProjectText(SEED);
  const at = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.line);

  test("each mistake of the seed is found on the line that holds it", () => {
    expect(at("line-amount-mismatch").sort()).toEqual([lineOf("ค่าสำเนา เครื่องมือ"), lineOf("ค่าอาหารกลางวัน 100 บาท/...100...คน")].sort());
    expect(at("subtotal-mismatch")).toEqual([lineOf("รวม.....22,200")]);
    expect(at("total-mismatch")).toEqual([lineOf("รายละเอียดการใช้งบประมาณ.....120,000")]);
    expect(at("over-allocation")).toEqual([lineOf("เงินงบประมาณตามแผนปฏิบัติการ")]);
    // activity 1's row of the activity table
    const row1 = at("spend-before-funds")[0]!;
    expect(seedLines[row1 - 1]).toMatch(/^1\.\t/);
  });

  test("no reading problem is reported on the seed", () => {
    expect(findings.filter((f) => f.rule === "read-problem")).toEqual([]);
  });
});

describe("invisible characters change nothing", () => {
  const marks = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2060", "\u2066", "\u2069", "\u061c", "\u00ad", "\ufeff", "\u0000", "\u0001", "\u001f", "\u180e"];
  const base = summary(SEED);
  test.each(marks.map((m) => [m.codePointAt(0)!.toString(16)]))("U+%s scattered through the text, numbers included", (hex) => {
    const m = String.fromCodePoint(parseInt(hex, 16));
    let t = "";
    for (let i = 0; i < SEED.length; i++) t += SEED[i] + (i % 5 === 2 ? m : "");
    const r = importProjectText(t);
    expect(planTotal(r.plan)).toBe(12_100_000);
    expect(summary(t)).toEqual(base);
  });

  test("odd spaces read as spaces", () => {
    for (const sp of ["\u00a0", "\u2002", "\u2009", "\u202f", "\u3000", "\u205f"]) {
      const t = SEED.split(" ").join(sp);
      expect(planTotal(importProjectText(t).plan)).toBe(12_100_000);
      expect(summary(t)).toEqual(base);
    }
    expect(normaliseLine("ค่าอาหาร\u00a0๓๕\u200bบาท\u200f\t๒๐\u3000คน")).toBe("ค่าอาหาร 35บาท\t20 คน");
  });
});

describe("reading problems are findings with a rule, a severity and a line", () => {
  const text = [
    "โครงการ อบรมครู",
    "ระยะเวลาดำเนินการ ตุลาคม 2566 - กันยายน 2567",
    "กิจกรรม\tระยะเวลา\tผู้รับผิดชอบ",
    "1. อบรมครู\tพฤศจิกายน 2566\tนายก ข",
    "งบประมาณ 10,000 บาท",
    "1. อบรมครู",
    "- ค่าอาหารกลางวัน 50 บาท x 20 คน x 2 มื้อ เป็นเงิน 2,000 บาท",
    "- ค่าวัสดุ ก ข ค ง บาท",
    "- ค่าป้ายไว\uFFFDนิล 1 ป้าย เป็นเงิน 500 บาท",
    "รวม 2,500 บาท",
  ].join("\n");
  const { findings } = checkProjectText(text);
  const reads = findings.filter((f) => f.rule === "read-problem");

  test("an unreadable budget line is a warning on its line", () => {
    const f = reads.find((x) => x.line === 8);
    expect(f).toBeDefined();
    expect(f!.severity).toBe("warning");
    expect(f!.message.th).toMatch(/^บรรทัด 8:/);
    expect(f!.message.en).toMatch(/^Line 8:/);
  });

  test("a line with undecodable bytes is reported, and still read", () => {
    const f = reads.find((x) => x.line === 9 && x.problemCode === "undecodable-line");
    expect(f?.severity).toBe("warning");
    expect(findings.some((x) => x.rule === "subtotal-mismatch")).toBe(false);
  });

  test("plan findings also carry lines", () => {
    for (const f of findings.filter((x) => x.severity !== "info")) expect(f.line).toBeGreaterThan(0);
  });
});

describe("text that is not a plan", () => {
  test.each([
    ["a CSV", "รายการ,จำนวน,ราคา\nค่าอาหาร,20,50\nค่าวัสดุ,1,500\nค่าเดินทาง,3,200\n"],
    ["a letter", "เรียน ผู้อำนวยการ\n\nด้วยข้าพเจ้าขอลาพักผ่อน 3 วัน ตั้งแต่วันที่ 1 มีนาคม 2567\n\nจึงเรียนมาเพื่อโปรดพิจารณา\n"],
    ["binary bytes", new TextDecoder("utf-8").decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8, 0x10]))],
  ])("%s: no plan found, one clear problem", (_, text) => {
    const r = checkProjectText(text);
    expect(r.planFound).toBe(false);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0].rule).toBe("read-problem");
    expect(r.findings[0].problemCode).toBe("no-plan");
    // the code is for programs: the words say what is wrong, the report never shows the code
    expect(r.findings[0].actual).toBeUndefined();
  });

  test("the seed and a short proposal are plans", () => {
    expect(checkProjectText(SEED).planFound).toBe(true);
    expect(checkProjectText("โครงการ อบรม\n1. อบรม พฤศจิกายน 2566\n- ค่าอาหาร 50 บาท x 20 คน = 1,000 บาท\n").planFound).toBe(true);
  });
});

describe("decoding", () => {
  const tis = (s: string) => Uint8Array.from([...s].map((ch) => (ch.charCodeAt(0) >= 0x0e01 ? ch.charCodeAt(0) - 0x0e01 + 0xa1 : ch.charCodeAt(0))));

  test("one stray byte in a UTF-8 file keeps it UTF-8", () => {
    const good = Buffer.from(SEED, "utf8");
    const bad = Buffer.concat([good.subarray(0, 500), Buffer.from([0xa0]), good.subarray(500)]);
    const d = decodeTextBytes(bad);
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toContain("ส่งเสริมระบบประกันคุณภาพการศึกษา");
    expect(d.text.split("\uFFFD")).toHaveLength(2);
  });

  test("Windows-874 / TIS-620 text", () => {
    const d = decodeTextBytes(tis("โครงการ อบรมครู 1,000 บาท\nกิจกรรมที่ 1 ประชุม"));
    expect(d.encoding).toBe("windows-874");
    expect(d.text).toBe("โครงการ อบรมครู 1,000 บาท\nกิจกรรมที่ 1 ประชุม");
  });

  test("UTF-16 with and without a BOM", () => {
    const le = Buffer.from("โครงการ อบรม 1,000 บาท", "utf16le");
    expect(decodeTextBytes(le).text).toBe("โครงการ อบรม 1,000 บาท");
    expect(decodeTextBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), le])).text).toBe("โครงการ อบรม 1,000 บาท");
    const be = Buffer.from(le).swap16();
    expect(decodeTextBytes(be).text).toBe("โครงการ อบรม 1,000 บาท");
    expect(decodeTextBytes(Buffer.from("\uFEFFโครงการ", "utf8"))).toEqual({ text: "โครงการ", encoding: "utf-8", bom: true });
  });
});
