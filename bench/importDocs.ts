/**
 * Large documents for the import benchmark and the import robustness tests:
 * - `repeatedSeed(chars)`: the seed document repeated (many report/proposal parts);
 * - `bigProposal(chars)`: one proposal with hundreds of activities and budget blocks whose names
 *   must be matched (a deterministic pseudo-random mix of real words).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { rng } from "./rng";

export const SEED_PATH = join(__dirname, "../test/fixtures/seed-project-2560.txt");

export function seedText(): string {
  return readFileSync(SEED_PATH, "utf8");
}

/** One megabyte: 1,048,576 bytes of UTF-8 (a Thai character takes 3 bytes). */
export const ONE_MB = 1_048_576;

/** The seed repeated until the text has at least `bytes` bytes of UTF-8. */
export function repeatedSeed(bytes = ONE_MB): string {
  const seed = seedText();
  const size = Buffer.byteLength(seed, "utf8") + 1;
  const parts: string[] = [];
  for (let n = 0; n < bytes; n += size) parts.push(seed);
  return parts.join("\n");
}


const WORDS = [
  "ประชุมปฏิบัติการ",
  "พัฒนาศักยภาพ",
  "ครูผู้สอน",
  "ผู้บริหารสถานศึกษา",
  "นิเทศ",
  "ติดตาม",
  "ประเมินผล",
  "ระบบประกันคุณภาพ",
  "การอ่านการเขียน",
  "คณิตศาสตร์",
  "วิทยาศาสตร์",
  "ภาษาอังกฤษ",
  "สื่อนวัตกรรม",
  "แลกเปลี่ยนเรียนรู้",
  "ศึกษาดูงาน",
  "จัดทำคู่มือ",
  "สารสนเทศ",
  "ปฐมวัย",
  "ลูกเสือ",
  "ค่ายวิชาการ",
];
const MONTHS = ["ตุลาคม", "พฤศจิกายน", "ธันวาคม", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน"];
const LINES = [
  (r: () => number) => `- ค่าอาหารว่างและเครื่องดื่ม 35 บาท/...${10 + Math.floor(r() * 90)}...คน/2 มื้อ เป็นเงิน....1,400.....บาท`,
  (r: () => number) => `- ค่าอาหารกลางวัน จำนวน ${10 + Math.floor(r() * 90)} คน ๆ ละ 1 มื้อ ๆ ละ 100 บาท เป็นเงิน 2,000 บาท`,
  () => "- ค่าวัสดุ เป็นเงิน....1,000.....บาท",
  () => "- ค่าพาหนะ (45 คน x 200 บาท x 4 วัน) เป็นเงิน..36,000....บาท",
  () => "- ค่าจัดจ้างทำโล่ โล่ละ 1,000 บาท จำนวน 5 โล่ เป็นเงิน... .5,000..... .บาท",
];

/** One proposal with many activities and blocks, at least `bytes` bytes of UTF-8. */
export function bigProposal(bytes = ONE_MB): string {
  const r = rng(2560);
  const name = () => {
    const k = 3 + Math.floor(r() * 4);
    const ws: string[] = [];
    for (let i = 0; i < k; i++) ws.push(WORDS[Math.floor(r() * WORDS.length)]);
    return ws.join(" ");
  };
  const head = [
    "โครงการ ทดสอบเอกสารขนาดใหญ่",
    "แหล่งงบประมาณ\tงบฯ แผนปฏิบัติการประจำปี 2567",
    "ผู้รับผิดชอบโครงการ\tนางสาวทดสอบ ระบบ",
    "ระยะเวลาดำเนินการ\t1 ตุลาคม 2566 – 30 กันยายน 2567",
    "",
    "4.กิจกรรมและการดำเนินการ",
    "",
    "ที่\tกิจกรรม\tระยะเวลาดำเนินงาน\tผู้รับผิดชอบ\tหมายเหตุ",
  ];
  // estimate how many activities fit: each costs a row plus a block of ~5 lines
  const names: string[] = [];
  const rows: string[] = [];
  const blocks: string[] = [];
  let size = Buffer.byteLength(head.join("\n"), "utf8");
  let i = 0;
  while (size < bytes) {
    i++;
    const n = `${name()} รุ่นที่ ${i}`;
    names.push(n);
    const m = MONTHS[i % 12];
    const y = i % 12 < 3 ? 2566 : 2567;
    const row = `${i}.\t${n}\t${m} ${y}\tนายสมชาย ใจดี นางสาวสมหญิง รักเรียน\t`;
    rows.push(row);
    const lines = [`${i}. กิจกรรม${n}`, ""];
    const k = 2 + Math.floor(r() * 4);
    for (let j = 0; j < k; j++) lines.push(LINES[Math.floor(r() * LINES.length)](r));
    lines.push("", `รวม.....${(1000 * k).toLocaleString("en-US")}.....บาท`, "");
    const block = lines.join("\n");
    blocks.push(block);
    size += Buffer.byteLength(row, "utf8") + Buffer.byteLength(block, "utf8") + 2;
  }
  return [
    ...head,
    ...rows,
    "",
    "5.งบประมาณที่ใช้ ตามแผนปฏิบัติการฯ",
    "",
    "เงินงบประมาณตามแผนปฏิบัติการ.....1,000,000.....บาท",
    "",
    "6.รายละเอียดการใช้งบประมาณ.....1,000,000.....บาท",
    "",
    ...blocks,
    "7. การวิเคราะห์ความเสี่ยงของโครงการ",
    "งบประมาณจะโอนมาในช่วงไตรมาสที่ 2 ของปีงบประมาณ",
  ].join("\n");
}
