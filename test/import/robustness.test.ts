/**
 * Robustness: whatever the input, importProjectText returns a plan and problems and never throws
 * (and never falls back on its internal-error guard). Generated documents mix Thai and ASCII, reuse
 * fragments of real lines, carry huge numbers, or are empty. A 1 MB document imports.
 */
import fc from "fast-check";
import { importProjectText } from "../../src/import";
import { parseBudgetLine } from "../../src/import/budgetLine";
import { normaliseLine } from "../../src/import/lines";
import { bigProposal, repeatedSeed, seedText, ONE_MB } from "../../bench/importDocs";

const SEED = seedText();
const SEED_LINES = SEED.split("\n");
/** Fragments of real lines: words and punctuation runs. */
const FRAGMENTS = Array.from(new Set(SEED.split(/(\s+|\.+|\/|\(|\)|x|=)/).filter((s) => s !== "")));

const EXTRA = [
  "บาท",
  "คน",
  "มื้อ",
  "วัน",
  "ชุดละ",
  "ๆ ละ",
  "เป็นเงิน",
  "รวม",
  "รวมทั้งสิ้น",
  "หมวดค่าวัสดุ",
  "กิจกรรมที่",
  "ไตรมาสที่",
  "ผลผลิต",
  "ผลลัพธ์",
  "<p>",
  "</p>",
  "\t",
  "\n",
  "(",
  ")",
  "x",
  "×",
  "=",
  "...",
  ".-",
  "–",
  "๑๒๓",
  "๕,๐๐๐",
  "พฤศจิกายน 2566 – มกราคม 2567",
  "ตลอดปีงบประมาณ",
  "นางสาว",
  "ดร.",
  "ว่าที่ร้อยตรี",
];

const charPool = fc.constantFrom(
  ..."กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮะัาำิีึืุูเแโใไ่้๊๋็์ๆฯ๐๑๒๓๔๕๖๗๘๙abcxXyz0123456789 \t\n.,-/()[]<>=*@%:;\"'–—…\u00a0\u200b",
);

function assertWellFormed(text: string) {
  const r = importProjectText(text);
  expect(r.plan).toBeDefined();
  expect(Array.isArray(r.plan.activities)).toBe(true);
  expect(Array.isArray(r.plan.budgetLines)).toBe(true);
  expect(Number.isInteger(r.plan.project.fiscalYear)).toBe(true);
  const lineCount = text.split(/\r\n|\r|\n|\u2028|\u2029/).length;
  for (const p of r.problems) {
    expect(p.message.en).not.toMatch(/^Internal error/);
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lineCount);
    expect(typeof p.message.th).toBe("string");
  }
  for (const l of r.plan.budgetLines) {
    for (const v of [l.unitCost, l.statedAmount]) if (v !== null) expect(Number.isSafeInteger(v)).toBe(true);
    for (const v of [l.quantity, l.times]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
  }
  return r;
}

describe("importProjectText never throws", () => {
  test("empty and blank documents", () => {
    for (const t of ["", " ", "\n\n\n", "\t\t", "\r\n", "\u200b"]) {
      const r = assertWellFormed(t);
      expect(r.plan.activities).toEqual([]);
      expect(r.problems.length).toBeGreaterThan(0);
    }
  });

  test("random Thai/ASCII mixes", () => {
    fc.assert(
      fc.property(fc.string({ unit: charPool, maxLength: 400 }), (s) => {
        assertWellFormed(s);
      }),
      { numRuns: 300 },
    );
  });

  test("random lines built from fragments of real lines", () => {
    const fragment = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...EXTRA));
    const line = fc.array(fragment, { maxLength: 25 }).map((xs) => xs.join(""));
    const doc = fc.array(fc.oneof(line, fc.constantFrom(...SEED_LINES)), { maxLength: 60 }).map((ls) => ls.join("\n"));
    fc.assert(
      fc.property(doc, (d) => {
        assertWellFormed(d);
      }),
      { numRuns: 300 },
    );
  });

  test("the seed with lines shuffled, dropped or duplicated", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: SEED_LINES.length - 1 }), { maxLength: 300 }), (idx) => {
        assertWellFormed(idx.map((i) => SEED_LINES[i]).join("\n"));
      }),
      { numRuns: 100 },
    );
  });

  test("huge numbers in every place", () => {
    const digits = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 40 });
    const withCommas = digits.map((d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, ","));
    fc.assert(
      fc.property(withCommas, withCommas, withCommas, withCommas, (a, b, c, d) => {
        const doc = [
          "โครงการ ตัวเลขใหญ่",
          `เงินงบประมาณตามแผนปฏิบัติการ.....${a}.....บาท`,
          "ที่\tกิจกรรม\tระยะเวลาดำเนินงาน\tผู้รับผิดชอบ",
          `${b}.\tประชุม\tพฤศจิกายน ${c}\tนายก ข`,
          "รายละเอียดการใช้งบประมาณ",
          "1. ประชุม",
          `- ค่าอาหาร ${a} บาท/${b} คน/${c} มื้อ เป็นเงิน ${d} บาท`,
          `- ค่าวัสดุ (${d} คน x ${a} บาท x ${b} วัน) = ${c} บาท`,
          `รวม ${d} บาท`,
          `6. งบประมาณ ได้รับ ${a}.-บาท ใช้จ่าย ${b}.-บาท คงเหลือ ${c}.-บาท`,
          `ไตรมาสที่ ${d} งบประมาณโอน`,
        ].join("\n");
        assertWellFormed(doc);
        parseBudgetLine(normaliseLine(`ค่าอาหาร ${a} x ${b} x ${c} = ${d}`));
      }),
      { numRuns: 200 },
    );
  });

  test("pathological repetitions finish (no catastrophic backtracking)", () => {
    const n = 20000;
    const docs = [
      "(".repeat(n) + "1 บาท",
      "1".repeat(n) + " บาท",
      "1,".repeat(n),
      ".".repeat(n) + "5,000" + ".".repeat(n) + "บาท",
      "- ค่า" + " ".repeat(n) + "x",
      "<p " + "a".repeat(n),
      "นาย".repeat(n),
      "ๆ ละ ".repeat(n / 5),
      "1. ".repeat(n / 3),
      "x 1 ".repeat(n / 4),
      ("ประชุม\t".repeat(50) + "\n").repeat(200),
      "ที่\tกิจกรรม\tระยะเวลา\tผู้รับผิดชอบ\n" + "1.\tก\tมกราคม 2560\tนายก\n".repeat(3000),
      "ที่\tกิจกรรม\tระยะเวลา\tผู้รับผิดชอบ\n1.\tก\t" + "มกราคม 2560 ".repeat(n / 2) + "\tนาย",
      "รายละเอียดงบประมาณ\n1. ก\n- ค่า " + "1 บาท x ".repeat(n / 2),
      "รายละเอียดงบประมาณ\n1. ก\n- ค่า " + "1 คน รวม 2 คน ".repeat(n / 2),
      "รายละเอียดงบประมาณ\n1. ก\n- ค่า " + "abc คน x ".repeat(n / 2) + "5 บาท",
      "รายละเอียดงบประมาณ\n1. ก\n- ค่า 1 " + "คนx".repeat(n) + " 5 บาท",
      "ตัวชี้วัด\tค่าเป้าหมาย\nผลผลิต " + Array.from({ length: 5000 }, (_, i) => `${i + 1}. ก`).join(" "),
    ];
    for (const d of docs) assertWellFormed(d);
  });
});

describe("a 1 MB document imports", () => {
  test("one large proposal (about a thousand activities and budget blocks)", () => {
    const doc = bigProposal();
    expect(Buffer.byteLength(doc, "utf8")).toBeGreaterThanOrEqual(ONE_MB);
    const r = assertWellFormed(doc);
    expect(r.plan.activities.length).toBeGreaterThan(500);
    expect(r.plan.budgetLines.length).toBeGreaterThan(r.plan.activities.length);
    // every block found its activity by name
    expect(r.problems).toEqual([]);
    const names = new Map(r.plan.activities.map((a) => [a.id, a.name]));
    for (const s of r.plan.subtotals) expect(s.title).toBe(`กิจกรรม${names.get(s.activityId)}`);
  });

  test("the seed repeated to 1 MB: the first report and proposal are imported, the rest reported", () => {
    const doc = repeatedSeed();
    expect(Buffer.byteLength(doc, "utf8")).toBeGreaterThanOrEqual(ONE_MB);
    const r = assertWellFormed(doc);
    const single = importProjectText(SEED);
    expect(r.plan).toEqual(single.plan);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].message.en).toMatch(/more than one proposal or report/);
  });
});
