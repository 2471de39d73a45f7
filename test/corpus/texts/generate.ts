/**
 * Generates the text corpus: project documents in the styles people write them (text exported from
 * Word, tables with tabs and with spaces, Thai digits, typos in headings, "@", "คูณ", "x", "×", ".-",
 * figures in parentheses, invisible characters, other encodings), each with planted mistakes and
 * correct lines, and a key beside it (<name>.key.json, see /work/wt/CORPUS-FORMAT.md).
 *
 * Each document is written here line by line; a line is plain text, or tagged as planted (the rule a
 * checker must report on it) or correct (a line that must get no error or warning). Line numbers in
 * the keys come from the tags, so they cannot drift from the text.
 *
 * Run: npx tsx test/corpus/texts/generate.ts
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { MORE_DOCS } from "./more";
import { LEFTOVER_DOCS } from "./leftovers";

export interface Planted {
  rule: string;
  note: string;
}
export type Entry = string | { t: string; planted?: Planted[]; correct?: string };

export interface Doc {
  name: string;
  description: string;
  lines: Entry[];
  /** Arabic digits → Thai digits in the whole text. */
  thaiDigits?: boolean;
  /** Rewrites each line (invisible characters, odd spaces …); must not change what a reader sees. */
  transform?: (line: string, index: number) => string;
  encoding?: "utf-8" | "utf-8-bom" | "windows-874" | "utf-16le";
  /** Bytes put into the UTF-8 text after the given line (1-based), e.g. a stray byte. */
  strayBytes?: { inLine: number; at: number; bytes: number[] };
  eol?: "\n" | "\r\n";
  unusable?: boolean;
  /** Raw bytes instead of lines (a file that is not text). */
  raw?: Uint8Array;
}

const P = (rule: string, note: string, t: string): Entry => ({ t, planted: [{ rule, note }] });
const PP = (planted: Planted[], t: string): Entry => ({ t, planted });
const C = (note: string, t: string): Entry => ({ t, correct: note });

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";
const toThai = (s: string) => s.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]);

/** Unicode text → Windows-874 (TIS-620) bytes: Thai letters U+0E01–U+0E5B are 0xA1–0xFB. */
function toWindows874(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c >= 0x0e01 && c <= 0x0e5b) out.push(c - 0x0e01 + 0xa1);
    else throw new Error(`not in Windows-874: U+${c.toString(16)}`);
  }
  return Uint8Array.from(out);
}

const DOCS: Doc[] = [];

// 1. Text copied out of Word: header fields separated by tabs, numbered sections, an activity table with
//    tabs, blocks "กิจกรรมที่ N …", "×" and ".-บาท", a funding line inside the budget section.
DOCS.push({
  name: "word-tabs-reading",
  description: "A primary school's reading project (FY2567) copied out of Word: tab-separated header fields and activity table, budget blocks 'กิจกรรมที่ N' with × and .-บาท, a funding line (เงินอุดหนุนรายหัว) inside the budget section. Form: แบบเสนอโครงการ of a school (plan-form.md).",
  lines: [
    "โครงการ\tพัฒนาทักษะการอ่านออกเขียนได้ของนักเรียนชั้นประถมศึกษาปีที่ 1-3",
    "แผนงาน\tบริหารงานวิชาการ",
    "สนองกลยุทธ์โรงเรียน\tกลยุทธ์ที่ 1 พัฒนาคุณภาพผู้เรียน",
    "ลักษณะโครงการ\t( ) ใหม่  (/) ต่อเนื่อง",
    "ผู้รับผิดชอบโครงการ\tนางสาวสุดา ใจดี",
    "ระยะเวลาดำเนินการ\t1 ตุลาคม 2566 - 30 กันยายน 2567",
    "",
    "1. หลักการและเหตุผล",
    "\tการอ่านออกเขียนได้เป็นพื้นฐานสำคัญของการเรียนรู้ทุกกลุ่มสาระ โรงเรียนจึงจัดทำโครงการนี้",
    "2. วัตถุประสงค์",
    "\t2.1 เพื่อพัฒนาทักษะการอ่านและการเขียนของนักเรียน",
    "\t2.2 เพื่อส่งเสริมนิสัยรักการอ่าน",
    "3. เป้าหมาย",
    "\t3.1 เชิงปริมาณ",
    "\t\tนักเรียนชั้น ป.1-3 จำนวน 85 คน",
    "\t3.2 เชิงคุณภาพ",
    "\t\tนักเรียนร้อยละ 80 อ่านออกเขียนได้ตามเกณฑ์",
    "4. กิจกรรมและระยะเวลาดำเนินงาน",
    "ที่\tกิจกรรม\tระยะเวลา\tผู้รับผิดชอบ",
    "1\tจัดซื้อหนังสือส่งเสริมการอ่าน\tพฤศจิกายน 2566\tนางสาวสุดา ใจดี",
    "2\tค่ายรักการอ่าน\tมกราคม 2567\tนายสมชาย รักเรียน",
    "3\tประกวดเล่านิทาน\tกุมภาพันธ์ 2567\tนางมาลี ศรีสุข",
    "5. งบประมาณ",
    C("a funding line in the budget section is the allocation, not a budget line", "\tเงินอุดหนุนรายหัว จำนวน 20,000 บาท"),
    "\tรายละเอียดการใช้งบประมาณ",
    "กิจกรรมที่ 1 จัดซื้อหนังสือส่งเสริมการอ่าน",
    C("60 × 120 = 7,200", "\t- ค่าหนังสือนิทาน 60 เล่ม × 120 บาท = 7,200.-บาท"),
    C("2 × 1,500 = 3,000", "\t- ค่าชั้นวางหนังสือ 2 ชุด × 1,500 บาท = 3,000.-บาท"),
    C("block total right", "\tรวม 10,200.-บาท"),
    "กิจกรรมที่ 2 ค่ายรักการอ่าน",
    P("line-amount-mismatch", "85 × 25 × 2 = 4,250, stated 4,500", "\t- ค่าอาหารว่างและเครื่องดื่ม 85 คน × 25 บาท × 2 มื้อ = 4,500.-บาท"),
    C("lump sum", "\t- ค่าวัสดุจัดค่าย 1,800.-บาท"),
    C("block total right with 4,250", "\tรวม 6,050.-บาท"),
    "กิจกรรมที่ 3 ประกวดเล่านิทาน",
    C("3 × 500 = 1,500", "\t- ค่ารางวัล 3 รางวัล × 500 บาท = 1,500.-บาท"),
    C("30 × 10 = 300", "\t- ค่าเกียรติบัตร 30 แผ่น × 10 บาท = 300.-บาท"),
    "\tรวม 1,800.-บาท",
    C("grand total right", "รวมทั้งสิ้น 18,050.-บาท"),
    "6. ผลที่คาดว่าจะได้รับ",
    "\tนักเรียนอ่านออกเขียนได้และรักการอ่าน",
  ],
});

// 2. Tables aligned with spaces (no tabs), "@" unit costs, a stated grand total that is wrong.
DOCS.push({
  name: "spaces-table-at-sign",
  description: "A district office's training project (FY2568) typed in a plain editor: the activity table aligned with runs of spaces, budget lines with '@' unit costs, a wrong grand total. Form: แบบเสนอโครงการ of a สพป. (plan-form.md).",
  lines: [
    "ชื่อโครงการ  อบรมเชิงปฏิบัติการการจัดการเรียนรู้เชิงรุก (Active Learning)",
    "กลุ่มงาน  กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา",
    "ผู้รับผิดชอบ  นายวีระ ทองดี",
    "ระยะเวลา  ธันวาคม 2567 - มีนาคม 2568",
    "",
    "หลักการและเหตุผล",
    "ครูต้องปรับการสอนให้ผู้เรียนได้ลงมือปฏิบัติ จึงจัดอบรมครูแกนนำ",
    "วัตถุประสงค์",
    "1) เพื่อให้ครูออกแบบการเรียนรู้เชิงรุกได้",
    "เป้าหมาย",
    "เชิงปริมาณ  ครูแกนนำ 60 คน",
    "เชิงคุณภาพ  ครูร้อยละ 80 นำไปใช้ในห้องเรียน",
    "",
    "วิธีดำเนินการ",
    "ที่   กิจกรรม                         ระยะเวลา          ผู้รับผิดชอบ",
    "1    ประชุมคณะทำงาน                 ธันวาคม 2567      นายวีระ ทองดี",
    "2    อบรมครูแกนนำ                   มกราคม 2568       นายวีระ ทองดี",
    "3    นิเทศติดตามในห้องเรียน          มีนาคม 2568       นางสาวพิมพ์ใจ แก้วมา",
    "",
    "งบประมาณ  50,000  บาท",
    "",
    "1. ประชุมคณะทำงาน",
    C("@ with people and meals", "   - ค่าอาหารว่าง 10 คน @ 30 บาท x 2 มื้อ  = 600 บาท"),
    C("@ with people", "   - ค่าอาหารกลางวัน 10 คน @ 80 บาท = 800 บาท"),
    "2. อบรมครูแกนนำ",
    C("60 @ 30 × 4", "   - ค่าอาหารว่าง 60 คน @ 30 บาท x 4 มื้อ = 7,200 บาท"),
    P("line-amount-mismatch", "60 @ 80 × 2 = 9,600, stated 6,900", "   - ค่าอาหารกลางวัน 60 คน @ 80 บาท x 2 มื้อ = 6,900 บาท"),
    "",
    "- 2 -",
    "",
    C("12 hours @ 600", "   - ค่าตอบแทนวิทยากร 12 ชั่วโมง @ 600 บาท = 7,200 บาท"),
    C("60 sets @ 150", "   - ค่าเอกสารประกอบการอบรม 60 ชุด @ 150 บาท = 9,000 บาท"),
    "3. นิเทศติดตามในห้องเรียน",
    C("fuel 3 trips @ 1,000", "   - ค่าน้ำมันเชื้อเพลิง 3 ครั้ง @ 1,000 บาท = 3,000 บาท"),
    P("total-mismatch", "lines add up to 37,400; stated 36,700", "รวมเป็นเงินทั้งสิ้น  36,700  บาท"),
  ],
});

// 3. Thai digits throughout, "คูณ" as the multiplication word, funds in quarter 2.
DOCS.push({
  name: "thai-digits-khun",
  description: "A school's science project (FY2567) written with Thai digits throughout and 'คูณ' for multiplication; the risk section says funds arrive in quarter 2, an activity with money is in November.",
  thaiDigits: true,
  lines: [
    "โครงการ ส่งเสริมทักษะวิทยาศาสตร์และนักวิทยาศาสตร์น้อย",
    "สนองมาตรฐานการศึกษา มาตรฐานที่ 1 คุณภาพของผู้เรียน",
    "ผู้รับผิดชอบโครงการ นางสาวอรุณี ปัญญาดี",
    "ระยะเวลาดำเนินการ ตุลาคม 2566 - กันยายน 2567",
    "",
    "1. หลักการและเหตุผล",
    "วิทยาศาสตร์ช่วยให้นักเรียนคิดอย่างเป็นระบบ",
    "2. วัตถุประสงค์",
    "2.1 เพื่อให้นักเรียนมีทักษะกระบวนการทางวิทยาศาสตร์",
    "3. เป้าหมาย",
    "3.1 เชิงปริมาณ นักเรียน 120 คน",
    "3.2 เชิงคุณภาพ นักเรียนมีทักษะกระบวนการทางวิทยาศาสตร์ระดับดี",
    "4. กิจกรรมและระยะเวลา",
    P("spend-before-funds", "activity 1 spends in November 2566, funds arrive from January 2567", "1. จัดซื้อวัสดุวิทยาศาสตร์ พฤศจิกายน 2566 นางสาวอรุณี ปัญญาดี"),
    C("activity in February, after the funds", "2. ค่ายนักวิทยาศาสตร์น้อย กุมภาพันธ์ 2567 นางสาวอรุณี ปัญญาดี"),
    "3. สัปดาห์วิทยาศาสตร์ สิงหาคม 2567 นายประเสริฐ ชัยมงคล",
    "5. งบประมาณ 30,000 บาท",
    "รายละเอียดการใช้งบประมาณ",
    "1. จัดซื้อวัสดุวิทยาศาสตร์",
    C("25 × 180", "- ค่าชุดทดลอง 25 ชุด คูณ 180 บาท เป็นเงิน 4,500 บาท"),
    C("lump sum", "- ค่าสารเคมีและวัสดุสิ้นเปลือง 3,500 บาท"),
    "รวม 8,000 บาท",
    "2. ค่ายนักวิทยาศาสตร์น้อย",
    C("120 × 25 × 2", "- ค่าอาหารว่าง 120 คน คูณ 25 บาท คูณ 2 มื้อ เป็นเงิน 6,000 บาท"),
    P("line-amount-mismatch", "120 × 60 × 1 = 7,200, stated 6,000", "- ค่าอาหารกลางวัน 120 คน คูณ 60 บาท คูณ 1 มื้อ เป็นเงิน 6,000 บาท"),
    "รวม 13,200 บาท",
    "3. สัปดาห์วิทยาศาสตร์",
    C("prizes", "- ค่ารางวัลการแข่งขัน 12 รางวัล คูณ 300 บาท เป็นเงิน 3,600 บาท"),
    C("boards", "- ค่าป้ายนิทรรศการ 4 ป้าย คูณ 500 บาท เป็นเงิน 2,000 บาท"),
    "รวม 5,600 บาท",
    C("grand total right", "รวมทั้งสิ้น 26,800 บาท"),
    "6. การวิเคราะห์ความเสี่ยง",
    "งบประมาณจะได้รับการจัดสรรในไตรมาสที่ 2 ของปีงบประมาณ",
  ],
});

// 4. Typos in the headings, numbered blocks that are renumbered (a block named as another activity).
DOCS.push({
  name: "heading-typos-renumbered",
  description: "A sports project (FY2568) with misspelled headings (วัตถุประสงค, รายละเอียดการใช้งบประมาน, กิจกรรมเเละระยะเวลา) and budget blocks numbered after a renumbered table: block 3 is named as activity 4, block 4 names an activity that is not in the table.",
  lines: [
    "โครงการ กีฬาสัมพันธ์ต้านยาเสพติด",
    "ผู้รับผิดชอบโครงการ นายธนพล แข็งแรง",
    "ระยะเวลาดำเนินการ พฤศจิกายน 2567 ถึง สิงหาคม 2568",
    "หลักการเเละเหตุผล",
    "กีฬาช่วยให้นักเรียนมีสุขภาพดีและห่างไกลยาเสพติด",
    "วัตถุประสงค",
    "1. เพื่อให้นักเรียนออกกำลังกายอย่างสม่ำเสมอ",
    "กิจกรรมเเละระยะเวลา",
    "ที่\tกิจกรรม\tระยะเวลา\tผู้รับผิดชอบ",
    "1\tแข่งขันกีฬาภายใน\tธันวาคม 2567\tนายธนพล แข็งแรง",
    "2\tอบรมแกนนำต้านยาเสพติด\tมกราคม 2568\tนางสาวจันทร์เพ็ญ ดวงดี",
    "3\tจัดซื้ออุปกรณ์กีฬา\tพฤศจิกายน 2567\tนายธนพล แข็งแรง",
    "4\tกีฬาสีสัมพันธ์ชุมชน\tกุมภาพันธ์ 2568\tนายธนพล แข็งแรง",
    "งบประมาน 40,000 บาท",
    "รายละเอียดการใช้งบประมาน",
    "1. แข่งขันกีฬาภายใน",
    C("", "- ค่าเหรียญรางวัล 30 เหรียญ x 60 บาท = 1,800 บาท"),
    C("", "- ค่าน้ำดื่ม 50 แพ็ค x 45 บาท = 2,250 บาท"),
    "รวม 4,050 บาท",
    "2. อบรมแกนนำต้านยาเสพติด",
    C("", "- ค่าอาหารว่าง 40 คน x 30 บาท x 2 มื้อ = 2,400 บาท"),
    C("", "- ค่าวิทยากร 6 ชั่วโมง x 600 บาท = 3,600 บาท"),
    "รวม 6,000 บาท",
    C("block 3 is named as activity 4: matched by name", "3. กีฬาสีสัมพันธ์ชุมชน"),
    C("", "- ค่าจัดสถานที่ 1 งาน x 5,000 บาท = 5,000 บาท"),
    P("line-amount-mismatch", "4 × 1,500 = 6,000, stated 6,500", "- ค่าเช่าเต็นท์ 4 หลัง x 1,500 บาท = 6,500 บาท"),
    "รวม 11,000 บาท",
    P("budget-without-activity", "block 4 names an activity not in the table (its number 4 is another activity)", "4. ทัศนศึกษาแหล่งเรียนรู้"),
    "- ค่าเช่ารถ 2 คัน x 6,000 บาท = 12,000 บาท",
    "รวม 12,000 บาท",
    "รวมทั้งสิ้น 33,050 บาท",
  ],
});

// 5. Figures in parentheses, the results of last year's project first, a wrong remaining amount.
DOCS.push({
  name: "parentheses-with-report",
  description: "A results report of last year's project followed by the new proposal (FY2567); budget lines with the multiplication in parentheses; the report's remaining amount is wrong.",
  lines: [
    "ผลการดำเนินงาน โครงการส่งเสริมสุขภาพนักเรียน ปีงบประมาณ 2566",
    P("remaining-mismatch", "received 30,000 − spent 27,500 = 2,500, stated 3,500", "งบประมาณ ได้รับ 30,000 บาท ใช้จ่าย 27,500 บาท คงเหลือ 3,500 บาท"),
    "ปัญหาและอุปสรรค  นักเรียนบางส่วนไม่ได้เข้าร่วม",
    "",
    "โครงการ ส่งเสริมสุขภาพนักเรียน",
    "ผู้รับผิดชอบโครงการ นางวิไล สุขภาพดี",
    "ระยะเวลาดำเนินการ ตลอดปีงบประมาณ 2567",
    "วัตถุประสงค์",
    "1. เพื่อให้นักเรียนมีสุขภาพแข็งแรง",
    "กิจกรรม",
    "1. ตรวจสุขภาพนักเรียน มิถุนายน 2567 นางวิไล สุขภาพดี",
    "2. อบรมแกนนำอนามัยโรงเรียน กรกฎาคม 2567 นางวิไล สุขภาพดี",
    "งบประมาณ 25,000 บาท",
    "กิจกรรมที่ 1 ตรวจสุขภาพนักเรียน",
    C("parentheses", "- ค่าเวชภัณฑ์ (ชุดปฐมพยาบาล 10 ชุด x 450 บาท) เป็นเงิน 4,500 บาท"),
    C("parentheses", "- ค่าแบบบันทึกสุขภาพ (300 เล่ม x 15 บาท) เป็นเงิน 4,500 บาท"),
    P("subtotal-mismatch", "lines add up to 9,000; stated 9,500", "รวม 9,500 บาท"),
    "กิจกรรมที่ 2 อบรมแกนนำอนามัยโรงเรียน",
    C("parentheses, 3 factors", "- ค่าอาหารว่าง (50 คน x 25 บาท x 2 มื้อ) เป็นเงิน 2,500 บาท"),
    C("parentheses", "- ค่าอาหารกลางวัน (50 คน x 70 บาท) เป็นเงิน 3,500 บาท"),
    P("line-amount-mismatch", "(4 x 600 x 3) = 7,200, stated 7,000", "- ค่าตอบแทนวิทยากร (4 ชั่วโมง x 600 บาท x 3 คน) เป็นเงิน 7,000 บาท"),
    "รวม 13,200 บาท",
    "รวมทั้งสิ้น 22,200 บาท",
  ],
});

// 6. Invisible characters (zero-width spaces, LTR/RTL marks, BOM, no-break spaces) all through.
DOCS.push({
  name: "invisible-characters",
  description: "A school ICT project (FY2567) whose text carries invisible characters from a web form and PDF copy: zero-width spaces, left-to-right and right-to-left marks (some inside numbers), no-break spaces, a BOM. The totals must not change.",
  encoding: "utf-8-bom",
  transform: (line, i) => {
    const marks = ["\u200b", "\u200e", "\u200f", "\u2060", "\u202a", "\u202c", "\ufeff"];
    let out = "";
    for (let k = 0; k < line.length; k++) out += line[k] + (k % 4 === (i % 3) ? marks[(k + i) % marks.length] : "");
    return out.replace(/ /g, (m, k: number) => (k % 3 === 0 ? "\u00a0" : m));
  },
  lines: [
    "โครงการ พัฒนาระบบเครือข่ายอินเทอร์เน็ตในโรงเรียน",
    "ผู้รับผิดชอบโครงการ นายกิตติ ศรีวงศ์",
    "ระยะเวลาดำเนินการ ตุลาคม 2566 - กันยายน 2567",
    "วัตถุประสงค์",
    "1. เพื่อให้ครูและนักเรียนใช้อินเทอร์เน็ตได้ทั่วถึง",
    "กิจกรรมและระยะเวลา",
    "1. สำรวจจุดติดตั้ง ธันวาคม 2566 นายกิตติ ศรีวงศ์",
    "2. ติดตั้งอุปกรณ์กระจายสัญญาณ มกราคม 2567 นายกิตติ ศรีวงศ์",
    "งบประมาณ",
    P("over-allocation", "lines add up to 46,500; allocation 45,000", "เงินงบประมาณตามแผนปฏิบัติการ 45,000 บาท"),
    "รายละเอียด",
    "กิจกรรมที่ 1 สำรวจจุดติดตั้ง",
    C("", "- ค่าถ่ายเอกสารแบบสำรวจ 100 แผ่น x 1 บาท = 100 บาท"),
    C("lump sum", "- ค่าวัสดุสำนักงาน 1,400 บาท"),
    "รวม 1,500 บาท",
    "กิจกรรมที่ 2 ติดตั้งอุปกรณ์กระจายสัญญาณ",
    C("", "- ค่าอุปกรณ์กระจายสัญญาณ 6 เครื่อง x 4,500 บาท = 27,000 บาท"),
    P("line-amount-mismatch", "300 × 30 = 9,000, stated 8,000", "- ค่าสายแลน 300 เมตร ราคาเมตรละ 30 บาท = 8,000 บาท"),
    C("", "- ค่าจ้างติดตั้ง 1 งาน x 9,000 บาท = 9,000 บาท"),
    "รวม 45,000 บาท",
  ],
});

// 7. Unknown units (sacks, packets, tubes, kilograms): every number before a unit word is a factor.
DOCS.push({
  name: "unknown-units-agriculture",
  description: "A school farm project (FY2568, โครงการเกษตรเพื่ออาหารกลางวัน) whose items are counted in units no list holds: กระสอบ, ซอง, หลอด, กก., แผง, ตะกร้า. A number attached to any unit word is a factor.",
  lines: [
    "โครงการ เกษตรในโรงเรียนเพื่ออาหารกลางวัน",
    "ผู้รับผิดชอบโครงการ นายบุญมี ปลูกดี",
    "ระยะเวลาดำเนินการ ตุลาคม 2567 - กันยายน 2568",
    "วัตถุประสงค์",
    "1. เพื่อให้มีผักปลอดสารพิษสำหรับอาหารกลางวัน",
    "กิจกรรมและระยะเวลา",
    "1. ปลูกผักสวนครัว พฤศจิกายน 2567 นายบุญมี ปลูกดี",
    "2. เลี้ยงปลาดุกในบ่อซีเมนต์ ธันวาคม 2567 นายบุญมี ปลูกดี",
    "งบประมาณ 15,000 บาท",
    "รายละเอียดการใช้งบประมาณ",
    "1. ปลูกผักสวนครัว",
    C("unknown unit กระสอบ", "- ค่าปุ๋ยอินทรีย์ 12 กระสอบ × 450 บาท = 5,400 บาท"),
    C("unknown unit ซอง with @", "- ค่าเมล็ดพันธุ์ผัก 30 ซอง @ 25 บาท = 750 บาท"),
    P("line-amount-mismatch", "8 ตะกร้า × 120 = 960, stated 690", "- ค่าตะกร้าเพาะกล้า 8 ตะกร้า × 120 บาท = 690 บาท"),
    "รวม 7,110 บาท",
    "2. เลี้ยงปลาดุกในบ่อซีเมนต์",
    C("fish", "- ค่าพันธุ์ปลาดุก 1,000 ตัว × 2 บาท = 2,000 บาท"),
    C("unknown unit กก., fish feed is not a meal", "- ค่าอาหารปลา 60 กก. × 35 บาท = 2,100 บาท"),
    P("line-amount-mismatch", "5 แผง × 150 = 750, stated 1,750", "- ค่าตาข่ายกันนก 5 แผง × 150 บาท = 1,750 บาท"),
    "รวม 4,850 บาท",
    "รวมทั้งสิ้น 11,960 บาท",
  ],
});

// 8. A Gantt-style activity table (month columns with marks), blocks by number only.
DOCS.push({
  name: "gantt-blocks-by-number",
  description: "An office project (FY2567) whose activity table has month columns marked with ✓ (ปฏิทินการดำเนินงาน); budget blocks carry only 'กิจกรรมที่ N' (no name), so the number decides; an activity that is outside the project period.",
  lines: [
    "โครงการ ประชุมเครือข่ายผู้บริหารสถานศึกษา",
    "ผู้รับผิดชอบโครงการ นางสุนีย์ มั่นคง",
    "ระยะเวลาดำเนินการ ตุลาคม 2566 - มีนาคม 2567",
    "วัตถุประสงค์",
    "1. เพื่อแลกเปลี่ยนเรียนรู้การบริหารสถานศึกษา",
    "กิจกรรมการดำเนินงาน",
    "ที่\tกิจกรรม\tต.ค.\tพ.ย.\tธ.ค.\tม.ค.\tก.พ.\tมี.ค.\tเม.ย.\tพ.ค.\tผู้รับผิดชอบ",
    "1\tประชุมวางแผน\t✓\t\t\t\t\t\t\t\tนางสุนีย์ มั่นคง",
    "2\tประชุมเครือข่ายครั้งที่ 1\t\t\t✓\t\t\t\t\t\tนางสุนีย์ มั่นคง",
    P("schedule-outside-period", "May 2567 is after the project period (Oct 2566 – Mar 2567)", "3\tประชุมเครือข่ายครั้งที่ 2\t\t\t\t\t\t\t\t✓\tนางสุนีย์ มั่นคง"),
    "งบประมาณ 20,000 บาท",
    "กิจกรรมที่ 1",
    C("", "ค่าอาหารว่าง 15 คน x 30 บาท x 1 มื้อ = 450 บาท"),
    "รวม 450 บาท",
    "กิจกรรมที่ 2",
    C("", "ค่าอาหารว่าง 80 คน x 30 บาท x 2 มื้อ = 4,800 บาท"),
    C("", "ค่าอาหารกลางวัน 80 คน x 90 บาท x 1 มื้อ = 7,200 บาท"),
    "รวม 12,000 บาท",
    "กิจกรรมที่ 3",
    P("line-amount-mismatch", "80 × 30 × 2 = 4,800, stated 4,080", "ค่าอาหารว่าง 80 คน x 30 บาท x 2 มื้อ = 4,080 บาท"),
    "รวม 4,800 บาท",
    "รวมทั้งสิ้น 17,250 บาท",
  ],
});

// 9. A budget table with tabs (รายการ / จำนวน / หน่วย / ราคาต่อหน่วย / รวมเงิน).
DOCS.push({
  name: "budget-table-tabs",
  description: "A library project (FY2568) whose budget detail is a tab-separated table (รายการ, จำนวน, หน่วย, ราคาต่อหน่วย, จำนวนเงิน) with a รวม row per activity, as in a ประมาณการค่าใช้จ่าย form.",
  lines: [
    "โครงการ ห้องสมุดมีชีวิต",
    "ผู้รับผิดชอบโครงการ นางสาวกานดา รักอ่าน",
    "ระยะเวลาดำเนินการ ตุลาคม 2567 - กันยายน 2568",
    "วัตถุประสงค์",
    "1. เพื่อปรับปรุงห้องสมุดให้น่าใช้",
    "กิจกรรม\tระยะเวลา\tผู้รับผิดชอบ",
    "1. จัดซื้อหนังสือใหม่\tธันวาคม 2567\tนางสาวกานดา รักอ่าน",
    "2. ปรับปรุงมุมอ่านหนังสือ\tมกราคม 2568\tนางสาวกานดา รักอ่าน",
    "งบประมาณ 35,000 บาท",
    "รายละเอียดการใช้งบประมาณ",
    "รายการ\tจำนวน\tหน่วย\tราคาต่อหน่วย\tจำนวนเงิน",
    "กิจกรรมที่ 1 จัดซื้อหนังสือใหม่",
    C("", "หนังสือสารคดีสำหรับเด็ก\t80\tเล่ม\t150\t12,000"),
    P("line-amount-mismatch", "40 × 220 = 8,800, stated 8,200", "หนังสืออ้างอิง\t40\tเล่ม\t220\t8,200"),
    C("subtotal right with 8,800", "รวม\t\t\t\t20,800"),
    "กิจกรรมที่ 2 ปรับปรุงมุมอ่านหนังสือ",
    C("", "เบาะนั่งอ่านหนังสือ\t20\tใบ\t250\t5,000"),
    C("", "โต๊ะญี่ปุ่น\t10\tตัว\t450\t4,500"),
    P("subtotal-mismatch", "lines add up to 9,500; stated 9,000", "รวม\t\t\t\t9,000"),
    "รวมทั้งสิ้น\t\t\t\t30,300",
  ],
});

// 10. A budget table aligned with spaces.
DOCS.push({
  name: "budget-table-spaces",
  description: "An English-programme camp project (FY2567) whose budget table is aligned with spaces (columns รายการ, จำนวน, ราคา/หน่วย, รวมเงิน), amounts with .00, blocks with a lead number.",
  lines: [
    "โครงการ ค่ายภาษาอังกฤษ English Camp",
    "ผู้รับผิดชอบโครงการ Miss Jane Smith และ นางสาวรัตนา ใจงาม",
    "ระยะเวลาดำเนินการ มกราคม 2567 - กุมภาพันธ์ 2567",
    "ปีงบประมาณ 2567",
    "วัตถุประสงค์",
    "1. เพื่อให้นักเรียนกล้าสื่อสารเป็นภาษาอังกฤษ",
    "กิจกรรม",
    "1. เตรียมค่าย มกราคม 2567 นางสาวรัตนา ใจงาม",
    "2. จัดค่าย 2 วัน กุมภาพันธ์ 2567 นางสาวรัตนา ใจงาม",
    "งบประมาณ 18,000 บาท",
    "รายการ                          จำนวน      ราคา/หน่วย     รวมเงิน",
    "1. เตรียมค่าย",
    C("", "ค่าวัสดุทำสื่อ                     1 ชุด      1,200.00       1,200.00"),
    "2. จัดค่าย",
    C("", "ค่าอาหารว่าง (50 คน x 2 วัน x 2 มื้อ)   200 มื้อ      25.00       5,000.00"),
    P("line-amount-mismatch", "100 × 60 = 6,000, stated 6,600", "ค่าอาหารกลางวัน (50 คน x 2 วัน)      100 มื้อ      60.00       6,600.00"),
    C("", "ค่าเกียรติบัตร                      50 แผ่น       10.00         500.00"),
    C("grand total right with 6,000", "รวมทั้งสิ้น                                              12,700.00"),
  ],
});

// 11. Windows-874 (TIS-620) file, as Thai Windows saves "ANSI" text.
DOCS.push({
  name: "windows-874-encoding",
  description: "A scout camp project (FY2568) saved as ANSI text on Thai Windows (Windows-874 / TIS-620 bytes, CRLF line ends).",
  encoding: "windows-874",
  eol: "\r\n",
  lines: [
    "โครงการ เข้าค่ายพักแรมลูกเสือ-เนตรนารี",
    "ผู้รับผิดชอบโครงการ นายสมศักดิ์ กล้าหาญ",
    "ระยะเวลาดำเนินการ ตุลาคม 2567 - กันยายน 2568",
    "วัตถุประสงค์",
    "1. เพื่อฝึกระเบียบวินัยและการช่วยเหลือผู้อื่น",
    "กิจกรรมและระยะเวลา",
    "1. เข้าค่ายพักแรม 3 วัน 2 คืน มกราคม 2568 นายสมศักดิ์ กล้าหาญ",
    "งบประมาณ 45,000 บาท",
    "กิจกรรมที่ 1 เข้าค่ายพักแรม",
    C("", "- ค่าอาหาร 120 คน x 100 บาท x 3 วัน = 36,000 บาท"),
    P("line-amount-mismatch", "1 × 4,000 = 4,000, stated 4,500", "- ค่าเช่าสถานที่ 1 ครั้ง x 4,000 บาท = 4,500 บาท"),
    C("", "- ค่าวัสดุฝึก 1,500 บาท"),
    "รวม 41,500 บาท",
  ],
});

// 12. A UTF-8 file with one stray byte: the file stays UTF-8, the line with the byte is reported.
DOCS.push({
  name: "utf8-stray-byte",
  description: "A teacher-development project (FY2567) saved as UTF-8, with one stray byte (a damaged copy): the file stays UTF-8 and only that line is reported as not decodable.",
  strayBytes: { inLine: 12, at: 8, bytes: [0xa0] },
  lines: [
    "โครงการ พัฒนาครูด้านการวัดและประเมินผล",
    "ผู้รับผิดชอบโครงการ นางพรทิพย์ วัดผล",
    "ระยะเวลาดำเนินการ ตุลาคม 2566 - กันยายน 2567",
    "วัตถุประสงค์",
    "1. เพื่อให้ครูสร้างเครื่องมือวัดผลได้",
    "กิจกรรมและระยะเวลา",
    "1. อบรมการสร้างข้อสอบ ธันวาคม 2566 นางพรทิพย์ วัดผล",
    "2. จัดทำคลังข้อสอบ มีนาคม 2567 นางพรทิพย์ วัดผล",
    "งบประมาณ 20,000 บาท",
    "1. อบรมการสร้างข้อสอบ",
    C("", "- ค่าอาหารว่าง 40 คน x 30 บาท x 2 มื้อ = 2,400 บาท"),
    P("read-problem", "a byte that is not UTF-8 in this line", "- ค่าอาหารกลางวัน 40 คน x 80 บาท x 1 มื้อ = 3,200 บาท"),
    C("", "- ค่าตอบแทนวิทยากร 6 ชั่วโมง x 600 บาท = 3,600 บาท"),
    "รวม 9,200 บาท",
    "2. จัดทำคลังข้อสอบ",
    P("line-amount-mismatch", "500 × 2 = 1,000, stated 10,000", "- ค่ากระดาษและถ่ายเอกสาร 500 แผ่น x 2 บาท = 10,000 บาท"),
    "รวม 1,000 บาท",
  ],
});

// 13. Lines that cannot be read: a figure in words, an item without an amount, figures without units.
DOCS.push({
  name: "unreadable-lines",
  description: "A parents' meeting project (FY2568) with lines a reader cannot check: a count written in words where a figure belongs, an item with no amount, an item whose figures have no unit or sign; correct lines around them.",
  lines: [
    "โครงการ ประชุมผู้ปกครองนักเรียน",
    "ผู้รับผิดชอบโครงการ นางสาวนภา สื่อสาร",
    "ระยะเวลาดำเนินการ ตุลาคม 2567 - กันยายน 2568",
    "วัตถุประสงค์",
    "1. เพื่อสร้างความร่วมมือระหว่างบ้านและโรงเรียน",
    "กิจกรรมและระยะเวลา",
    "1. ประชุมผู้ปกครองภาคเรียนที่ 1 พฤศจิกายน 2567 นางสาวนภา สื่อสาร",
    "2. ประชุมผู้ปกครองภาคเรียนที่ 2 พฤษภาคม 2568 นางสาวนภา สื่อสาร",
    "งบประมาณ 15,000 บาท",
    "1. ประชุมผู้ปกครองภาคเรียนที่ 1",
    C("", "- ค่าอาหารว่าง 200 คน x 20 บาท x 1 มื้อ = 4,000 บาท"),
    P("bad-number", "the count is written in words where a figure belongs", "- ค่าเอกสารประชุม 20 บาท x สองร้อย ชุด = 4,000 บาท"),
    "2. ประชุมผู้ปกครองภาคเรียนที่ 2",
    C("", "- ค่าอาหารว่าง 200 คน x 20 บาท x 1 มื้อ = 4,000 บาท"),
    P("read-problem", "an item with no amount at all", "- ค่าตกแต่งสถานที่"),
    C("", "- ค่าป้ายไวนิล 1 ป้าย x 500 บาท = 500 บาท"),
  ],
});

// 14. Bullets and markdown-like marks, an activity without months, plain "x" and "=", "บ." for baht.
DOCS.push({
  name: "bullets-missing-months",
  description: "A moral-camp project (FY2567) written with bullets (•, ○) and 'บ.' for baht; one activity in the table has no months.",
  lines: [
    "โครงการ ค่ายคุณธรรมจริยธรรม",
    "• ผู้รับผิดชอบโครงการ : นายอนุชา ธรรมดี",
    "• ระยะเวลาดำเนินการ : ตุลาคม 2566 - กันยายน 2567",
    "วัตถุประสงค์",
    "○ เพื่อปลูกฝังคุณธรรมแก่นักเรียน",
    "กิจกรรมและระยะเวลาดำเนินการ",
    "ที่\tกิจกรรม\tระยะเวลา\tผู้รับผิดชอบ",
    "1\tนำนักเรียนเข้าค่ายคุณธรรม\tมกราคม 2567\tนายอนุชา ธรรมดี",
    P("schedule-missing", "activity 2 states no month", "2\tติดตามผลหลังเข้าค่าย\t\tนายอนุชา ธรรมดี"),
    "งบประมาณ 25,000 บาท",
    "กิจกรรมที่ 1 นำนักเรียนเข้าค่ายคุณธรรม",
    C("บ. for baht", "• ค่าอาหาร 80 คน x 120 บ. x 2 วัน = 19,200 บ."),
    C("", "• ค่าตอบแทนพระวิทยากร 4 ชั่วโมง x 500 บ. = 2,000 บ."),
    P("line-amount-mismatch", "80 × 15 = 1,200, stated 1,500", "• ค่าสมุดบันทึกความดี 80 เล่ม x 15 บ. = 1,500 บ."),
    "รวม 22,400 บ.",
    "กิจกรรมที่ 2 ติดตามผลหลังเข้าค่าย",
    C("lump sum", "• ค่าถ่ายเอกสารแบบติดตาม 500 บ."),
    "รวม 500 บ.",
  ],
});

// 15. A report whose spending exceeds what was received, plus a proposal whose blocks follow the table.
DOCS.push({
  name: "report-overspent",
  description: "A results report (รายงานผลการดำเนินโครงการ) that states spending above the money received, followed by next year's proposal (FY2568) with an activity table written as free text lines.",
  lines: [
    "รายงานผลการดำเนินโครงการ",
    "โครงการ ทัศนศึกษาแหล่งเรียนรู้ ปีงบประมาณ 2567",
    P("spent-over-received", "spent 52,000 is more than received 50,000", "งบประมาณที่ได้รับ 50,000 บาท ใช้จ่ายจริง 52,000 บาท คงเหลือ -2,000 บาท"),
    "ข้อเสนอแนะ ควรจัดในภาคเรียนที่ 1",
    "",
    "โครงการ ทัศนศึกษาแหล่งเรียนรู้นอกสถานที่",
    "ผู้รับผิดชอบโครงการ นายชาติชาย เดินทาง",
    "ระยะเวลาดำเนินการ ตุลาคม 2567 - กันยายน 2568",
    "วัตถุประสงค์",
    "1. เพื่อให้นักเรียนเรียนรู้จากแหล่งเรียนรู้จริง",
    "กิจกรรมและระยะเวลา",
    "1. ประชุมชี้แจงผู้ปกครอง พฤศจิกายน 2567 นายชาติชาย เดินทาง",
    "2. นำนักเรียนทัศนศึกษา มกราคม 2568 นายชาติชาย เดินทาง",
    "3. สรุปและรายงานผล กุมภาพันธ์ 2568 นายชาติชาย เดินทาง",
    "งบประมาณ 55,000 บาท",
    "กิจกรรมที่ 2 นำนักเรียนทัศนศึกษา",
    C("", "- ค่าเช่ารถปรับอากาศ 3 คัน x 12,000 บาท = 36,000 บาท"),
    C("", "- ค่าอาหารกลางวัน 150 คน x 60 บาท = 9,000 บาท"),
    C("", "- ค่าเข้าชม 150 คน x 40 บาท = 6,000 บาท"),
    "รวม 51,000 บาท",
    "กิจกรรมที่ 3 สรุปและรายงานผล",
    P("line-amount-mismatch", "5 × 100 = 500, stated 5,000", "- ค่าจัดทำรูปเล่มรายงาน 5 เล่ม x 100 บาท = 5,000 บาท"),
    "รวม 500 บาท",
    "รวมทั้งสิ้น 51,500 บาท",
  ],
});

// 16. Mixed: Thai digits in part, "x" with "=", ".-", two funding sources summed, a class heading.
DOCS.push({
  name: "two-sources-expense-classes",
  description: "A school lunch-and-milk project (FY2568) funded by two sources (เงินอุดหนุน + เงินรายได้สถานศึกษา) listed in the budget section; lines grouped under expense-class headings (ค่าใช้สอย, ค่าวัสดุ); Thai digits in some lines.",
  lines: [
    "โครงการ อาหารกลางวันและอาหารเสริม (นม)",
    "ผู้รับผิดชอบโครงการ นางอำไพ อิ่มท้อง",
    "ระยะเวลาดำเนินการ ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘",
    "วัตถุประสงค์",
    "1. เพื่อให้นักเรียนได้รับสารอาหารครบถ้วน",
    "กิจกรรมและระยะเวลา",
    "1. จัดซื้อวัตถุดิบอาหารกลางวัน ตุลาคม 2567 - กันยายน 2568 นางอำไพ อิ่มท้อง",
    "2. ปรับปรุงโรงอาหาร ธันวาคม 2567 นางอำไพ อิ่มท้อง",
    "งบประมาณ",
    PP([{ rule: "over-allocation", note: "lines add up to 41,700; the two sources give 40,000" }], "- เงินอุดหนุนค่าอาหารกลางวัน จำนวน ๓๕,๐๐๐ บาท"),
    C("a second source, summed with the first", "- เงินรายได้สถานศึกษา จำนวน 5,000 บาท"),
    "กิจกรรมที่ 1 จัดซื้อวัตถุดิบอาหารกลางวัน",
    "หมวดค่าวัสดุ",
    C("Thai digits", "- ค่าวัตถุดิบประกอบอาหาร ๑๒๐ วัน x ๒๕๐ บาท = ๓๐,๐๐๐.- บาท"),
    C("", "- ค่าเครื่องปรุง 12 เดือน x 300 บาท = 3,600.- บาท"),
    "รวม 33,600.- บาท",
    "กิจกรรมที่ 2 ปรับปรุงโรงอาหาร",
    "หมวดค่าใช้สอย",
    P("line-amount-mismatch", "1 × 6,000 = 6,000, stated 6,600", "- ค่าจ้างซ่อมโต๊ะเก้าอี้ 1 งาน x 6,000 บาท = 6,600.- บาท"),
    "หมวดค่าวัสดุ",
    C("unknown unit กระป๋อง... and ถัง", "- ค่าสีทาโต๊ะ 7 ถัง x 300 บาท = 2,100.- บาท"),
    "รวม 8,100.- บาท",
  ],
});

// 20. Budget split by expense class in columns, one row per activity (plan-form.md section 5).
DOCS.push({
  name: "expense-class-columns",
  description: "A digital-skills project (FY2568) whose budget detail is a table with one row per activity and the amount split into columns ค่าตอบแทน / ค่าใช้สอย / ค่าวัสดุ / รวม, as in the สพป. budget forms (plan-form.md, section 5); a row total that does not add up and a wrong grand total.",
  lines: [
    "โครงการ พัฒนาศักยภาพครูด้านดิจิทัล",
    "ผู้รับผิดชอบโครงการ นายเอกชัย ดิจิทัล",
    "ระยะเวลาดำเนินการ ตุลาคม 2567 - กันยายน 2568",
    "กิจกรรมและระยะเวลา",
    "ที่\tกิจกรรม\tระยะเวลา\tผู้รับผิดชอบ",
    "1\tประชุมคณะทำงาน\tพฤศจิกายน 2567\tนายเอกชัย ดิจิทัล",
    "2\tอบรมครูด้านดิจิทัล\tมกราคม 2568\tนายเอกชัย ดิจิทัล",
    "3\tนิเทศติดตามการใช้สื่อดิจิทัล\tมีนาคม 2568\tนางสาวปรียา ไอที",
    "งบประมาณ 30,000 บาท",
    "รายละเอียดการใช้งบประมาณ",
    "ที่\tรายการ\tค่าตอบแทน\tค่าใช้สอย\tค่าวัสดุ\tรวม",
    C("row adds up", "1\tประชุมคณะทำงาน\t-\t2,550\t-\t2,550"),
    P("subtotal-mismatch", "3,600 + 12,000 + 1,000 = 16,600, stated 16,000", "2\tอบรมครูด้านดิจิทัล\t3,600\t12,000\t1,000\t16,000"),
    C("row adds up", "3\tนิเทศติดตามการใช้สื่อดิจิทัล\t-\t3,000\t-\t3,000"),
    P("total-mismatch", "the rows add up to 22,150; stated 21,550", "\tรวม\t3,600\t17,550\t1,000\t21,550"),
  ],
});

// 17. Not a plan: comma-separated values.
DOCS.push({
  name: "not-a-plan-csv",
  description: "A CSV export of a budget list (comma-separated values), not a project plan: unusable input.",
  unusable: true,
  lines: ["ลำดับ,รายการ,จำนวน,ราคา,รวม", "1,ค่าอาหารว่าง,40,30,1200", "2,ค่าอาหารกลางวัน,40,80,3200", "3,ค่าวัสดุ,1,1500,1500", "4,ค่าถ่ายเอกสาร,200,1,200"],
});

// 18. Not a plan: a letter.
DOCS.push({
  name: "not-a-plan-letter",
  description: "An official letter (บันทึกข้อความ) that mentions money but holds no project plan: unusable input.",
  unusable: true,
  lines: [
    "บันทึกข้อความ",
    "ส่วนราชการ โรงเรียนบ้านหนองบัว",
    "เรื่อง ขออนุญาตไปราชการ",
    "เรียน ผู้อำนวยการโรงเรียน",
    "ด้วยข้าพเจ้าได้รับเชิญเข้าร่วมประชุมที่สำนักงานเขตพื้นที่การศึกษา ในวันที่ 15 มกราคม 2568",
    "จึงขออนุญาตไปราชการ และขอเบิกค่าพาหนะตามจ่ายจริง",
    "จึงเรียนมาเพื่อโปรดพิจารณา",
  ],
});

// 19. Not a plan: an image renamed .txt.
DOCS.push({
  name: "not-a-plan-png",
  description: "A PNG image renamed .txt: unusable input.",
  unusable: true,
  lines: [],
  raw: Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06,
    0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0, 0x1f, 0x00, 0x05, 0x00,
    0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
  ]),
});

// 21. The budget as a numbered list inside section 5, no table: "5.1 … คนละ 35 บาท จำนวน 2 มื้อ เป็นเงิน …".
DOCS.push({
  name: "numbered-list-budget",
  description: "A school's ICT project (FY2568) whose budget is a numbered list under section 5 (5.1, 5.2 …) without a table, each line a sentence ('… 50 คน คนละ 35 บาท จำนวน 2 มื้อ เป็นเงิน 3,500 บาท'); activities as a numbered list with months. Form: แบบเสนอโครงการ (plan-form.md).",
  lines: [
    "โครงการ พัฒนาห้องเรียนดิจิทัล",
    "ผู้รับผิดชอบโครงการ นายกิตติ ศรีวงศ์",
    "ระยะเวลาดำเนินการ 1 ตุลาคม 2567 - 30 กันยายน 2568",
    "1. หลักการและเหตุผล",
    "ครูต้องใช้เทคโนโลยีในการจัดการเรียนรู้ได้อย่างมีประสิทธิภาพ",
    "2. วัตถุประสงค์",
    "2.1 เพื่อพัฒนาครูให้ใช้สื่อดิจิทัลในการสอน",
    "3. เป้าหมาย",
    "3.1 เชิงปริมาณ ครู 50 คน",
    "4. วิธีดำเนินการ",
    "4.1 อบรมการใช้สื่อดิจิทัล ธันวาคม 2567",
    "4.2 จัดทำสื่อการสอนออนไลน์ กุมภาพันธ์ 2568",
    "5. งบประมาณ จำนวน 30,000 บาท รายละเอียดดังนี้",
    C("50 × 35 × 2 = 3,500", "5.1 ค่าอาหารว่างและเครื่องดื่มสำหรับผู้เข้าอบรม จำนวน 50 คน คนละ 35 บาท จำนวน 2 มื้อ เป็นเงิน 3,500 บาท"),
    C("50 × 80 = 4,000", "5.2 ค่าอาหารกลางวันสำหรับผู้เข้าอบรม จำนวน 50 คน คนละ 80 บาท เป็นเงิน 4,000 บาท"),
    P("line-amount-mismatch", "6 × 600 = 3,600, stated 4,200", "5.3 ค่าตอบแทนวิทยากร จำนวน 6 ชั่วโมง ชั่วโมงละ 600 บาท เป็นเงิน 4,200 บาท"),
    C("12 × 850 = 10,200", "5.4 ค่าวัสดุจัดทำสื่อ จำนวน 12 ชุด ชุดละ 850 บาท เป็นเงิน 10,200 บาท"),
    C("lump sum", "5.5 ค่าถ่ายเอกสารและเข้าเล่มรายงาน เป็นเงิน 1,500 บาท"),
    P("total-mismatch", "the lines add up to 22,800 (with 5.3 at 3,600); stated 23,800", "รวมเป็นเงินทั้งสิ้น 23,800 บาท"),
    "6. ผลที่คาดว่าจะได้รับ",
    "ครูใช้สื่อดิจิทัลในการจัดการเรียนรู้",
  ],
});

// 22. Items split over two lines: the item on one line, its figures on the next (Word wrapped the cell).
DOCS.push({
  name: "items-two-lines",
  description: "A camp project (FY2567) copied from a Word table whose item cells wrapped: each budget item on one line, its figures ('จำนวน 40 คน x 80 บาท x 2 มื้อ = 6,400 บาท') on the next line. Form: รายละเอียดการใช้งบประมาณ (plan-form.md).",
  lines: [
    "โครงการ ค่ายพัฒนาทักษะชีวิต",
    "ผู้รับผิดชอบโครงการ นางสาวปวีณา ใจงาม",
    "ระยะเวลาดำเนินการ มกราคม 2567 - มีนาคม 2567",
    "วัตถุประสงค์",
    "1. เพื่อให้นักเรียนมีทักษะชีวิตที่ดี",
    "กิจกรรม",
    "1. ค่ายพัฒนาทักษะชีวิต กุมภาพันธ์ 2567 นางสาวปวีณา ใจงาม",
    "งบประมาณ 20,000 บาท",
    "รายละเอียดการใช้งบประมาณ",
    "- ค่าอาหารกลางวันผู้เข้าร่วมค่าย",
    C("40 × 80 × 2 = 6,400 (figures on the line after the item)", "  จำนวน 40 คน x 80 บาท x 2 มื้อ = 6,400 บาท"),
    "- ค่าอาหารว่างและเครื่องดื่ม",
    P("line-amount-mismatch", "40 × 25 × 4 = 4,000, stated 4,400", "  จำนวน 40 คน x 25 บาท x 4 มื้อ = 4,400 บาท"),
    "- ค่าตอบแทนวิทยากรภายนอก",
    C("6 × 600 = 3,600", "  จำนวน 6 ชั่วโมง x 600 บาท = 3,600 บาท"),
    "- ค่าวัสดุอุปกรณ์ฐานกิจกรรม",
    C("lump sum on the next line", "  เป็นเงิน 2,500 บาท"),
    C("grand total right (with 4,000)", "รวมทั้งสิ้น 16,500 บาท"),
  ],
});

// 23. Amounts in words beside the figures: "เป็นเงิน 3,500 บาท (สามพันห้าร้อยบาทถ้วน)".
DOCS.push({
  name: "amounts-in-words",
  description: "A district office's meeting project (FY2568) in the official style: every amount followed by the same amount in words in parentheses ('(สามพันห้าร้อยบาทถ้วน)'), the allocation and the totals too; the words are not figures. Form: แบบเสนอโครงการ of a สพป. (plan-form.md).",
  lines: [
    "ชื่อโครงการ ประชุมผู้บริหารสถานศึกษา",
    "ผู้รับผิดชอบโครงการ นางรัชนี ทองคำ",
    "ระยะเวลาดำเนินการ พฤศจิกายน 2567 - มิถุนายน 2568",
    "วัตถุประสงค์",
    "1. เพื่อชี้แจงนโยบายแก่ผู้บริหารสถานศึกษา",
    "กิจกรรม",
    "1. ประชุมผู้บริหาร ครั้งที่ 1 ธันวาคม 2567 นางรัชนี ทองคำ",
    "2. ประชุมผู้บริหาร ครั้งที่ 2 พฤษภาคม 2568 นางรัชนี ทองคำ",
    "งบประมาณ 20,000 บาท (สองหมื่นบาทถ้วน)",
    "กิจกรรมที่ 1 ประชุมผู้บริหาร ครั้งที่ 1",
    C("figures with words", "- ค่าอาหารว่าง 70 คน x 25 บาท x 2 มื้อ เป็นเงิน 3,500 บาท (สามพันห้าร้อยบาทถ้วน)"),
    C("figures with words", "- ค่าอาหารกลางวัน 70 คน x 70 บาท เป็นเงิน 4,900 บาท (สี่พันเก้าร้อยบาทถ้วน)"),
    C("block total with words", "รวม 8,400 บาท (แปดพันสี่ร้อยบาทถ้วน)"),
    "กิจกรรมที่ 2 ประชุมผู้บริหาร ครั้งที่ 2",
    C("figures with words", "- ค่าอาหารว่าง 70 คน x 25 บาท x 2 มื้อ เป็นเงิน 3,500 บาท (สามพันห้าร้อยบาทถ้วน)"),
    P("line-amount-mismatch", "70 × 70 = 4,900, stated 5,900", "- ค่าอาหารกลางวัน 70 คน x 70 บาท เป็นเงิน 5,900 บาท (ห้าพันเก้าร้อยบาทถ้วน)"),
    C("lump sum with words", "- ค่าเอกสารประกอบการประชุม เป็นเงิน 1,400 บาท (หนึ่งพันสี่ร้อยบาทถ้วน)"),
    // the block total adds up the lines as written (with 5,900): one typo is one mistake, the line's (issue 11)
    C("block total of the lines as written", "รวม 10,800 บาท (หนึ่งหมื่นแปดร้อยบาทถ้วน)"),
    C("grand total right: 18,200", "รวมทั้งสิ้น 18,200 บาท (หนึ่งหมื่นแปดพันสองร้อยบาทถ้วน)"),
  ],
});

// 24. One file holding two projects (a school sends its proposals in one document): said, not merged.
DOCS.push({
  name: "two-projects",
  description: "One text holding two project proposals one after the other (a school's proposals sent in one document); the first is read and checked, the second is reported as another project (not merged into the first).",
  lines: [
    "โครงการ ส่งเสริมการออม",
    "ผู้รับผิดชอบโครงการ นางสุนีย์ มีทรัพย์",
    "ระยะเวลาดำเนินการ ตุลาคม 2566 - กันยายน 2567",
    "วัตถุประสงค์",
    "1. เพื่อปลูกฝังนิสัยการออม",
    "กิจกรรม",
    "1. ธนาคารโรงเรียน พฤศจิกายน 2566 นางสุนีย์ มีทรัพย์",
    "งบประมาณ 5,000 บาท",
    C("100 × 20 = 2,000", "- ค่าสมุดบัญชีเงินฝาก 100 เล่ม x 20 บาท = 2,000 บาท"),
    P("line-amount-mismatch", "12 × 150 = 1,800, stated 2,800", "- ค่าวัสดุสำนักงาน 12 รายการ x 150 บาท = 2,800 บาท"),
    "รวมทั้งสิ้น 3,800 บาท",
    "",
    P("read-problem", "a second project in the same file: reported, not merged", "โครงการ ห้องสมุดมีชีวิต"),
    "ผู้รับผิดชอบโครงการ นางสาวอัมพร รักอ่าน",
    "ระยะเวลาดำเนินการ ตุลาคม 2566 - กันยายน 2567",
    "งบประมาณ 15,000 บาท",
    "- ค่าหนังสือ 50 เล่ม x 200 บาท = 10,000 บาท",
    "- ค่าชั้นวางหนังสือ 2 ชุด x 2,500 บาท = 5,000 บาท",
    "รวมทั้งสิ้น 15,000 บาท",
  ],
});

// 25. Budget lines as a tab table with the unit in its own column and ".-" amounts, and a หมายเหตุ column.
DOCS.push({
  name: "tab-table-unit-column",
  description: "A science fair project (FY2568) with its budget as a tab-separated table 'ที่ รายการ จำนวน หน่วย ราคา/หน่วย จำนวนเงิน หมายเหตุ', the unit words in their own column, amounts with '.-', a หมายเหตุ column ('ถัวจ่ายทุกรายการ'). Form: ประมาณการค่าใช้จ่าย (plan-form.md).",
  lines: [
    "โครงการ มหกรรมวิทยาศาสตร์",
    "ผู้รับผิดชอบโครงการ นายพงศกร คิดดี",
    "ระยะเวลาดำเนินการ สิงหาคม 2568",
    "วัตถุประสงค์",
    "1. เพื่อส่งเสริมความสนใจวิทยาศาสตร์",
    "กิจกรรม",
    "1. มหกรรมวิทยาศาสตร์ สิงหาคม 2568 นายพงศกร คิดดี",
    "งบประมาณ 12,000 บาท",
    "ประมาณการค่าใช้จ่าย",
    "ที่\tรายการ\tจำนวน\tหน่วย\tราคา/หน่วย\tจำนวนเงิน\tหมายเหตุ",
    C("10 × 300 = 3,000", "1\tค่ารางวัลการประกวด\t10\tรางวัล\t300\t3,000.-\tถัวจ่ายทุกรายการ"),
    P("line-amount-mismatch", "8 × 450 = 3,600, stated 3,200", "2\tค่าวัสดุทำโครงงาน\t8\tชุด\t450\t3,200.-\t"),
    C("4 × 500 = 2,000", "3\tค่าป้ายนิทรรศการ\t4\tป้าย\t500\t2,000.-\t"),
    C("total right with 3,600", "\tรวมทั้งสิ้น\t\t\t\t8,600.-\t"),
  ],
});

// Documents of the classes added later (sub-items, prose with mixed signs, amounts-only tables …).
DOCS.push(...MORE_DOCS);
// The last leftovers of issue 9 (leftovers.ts): counts with no price, meals at a hotel, amounts in words, unnumbered PDF tables, semesters.
DOCS.push(...LEFTOVER_DOCS);

function build(doc: Doc): { bytes: Uint8Array; key: object } {
  const planted: { rule: string; at: string; note: string }[] = [];
  const correct: { at: string; note: string }[] = [];
  const texts = doc.lines.map((e, i) => {
    const t = typeof e === "string" ? e : e.t;
    if (typeof e !== "string") {
      for (const p of e.planted ?? []) planted.push({ rule: p.rule, at: `line ${i + 1}`, note: p.note });
      if (e.correct !== undefined) correct.push({ at: `line ${i + 1}`, note: e.correct || "a correct line" });
    }
    let out = doc.thaiDigits ? toThai(t) : t;
    if (doc.transform) out = doc.transform(out, i);
    return out;
  });
  const eol = doc.eol ?? "\n";
  let bytes: Uint8Array;
  if (doc.raw) bytes = doc.raw;
  else if (doc.encoding === "windows-874") bytes = toWindows874(texts.join(eol) + eol);
  else if (doc.encoding === "utf-16le") bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(texts.join(eol) + eol, "utf16le")]);
  else {
    const parts: Buffer[] = [];
    if (doc.encoding === "utf-8-bom") parts.push(Buffer.from([0xef, 0xbb, 0xbf]));
    texts.forEach((t, i) => {
      if (doc.strayBytes && doc.strayBytes.inLine === i + 1) {
        const chars = [...t];
        const at = doc.strayBytes.at;
        parts.push(Buffer.from(chars.slice(0, at).join(""), "utf8"), Buffer.from(doc.strayBytes.bytes), Buffer.from(chars.slice(at).join(""), "utf8"));
      } else parts.push(Buffer.from(t, "utf8"));
      parts.push(Buffer.from(eol, "utf8"));
    });
    bytes = Buffer.concat(parts);
  }
  return { bytes, key: { description: doc.description, planted, correct, unusable: !!doc.unusable } };
}

if (require.main === module) {
  const dir = __dirname;
  for (const doc of DOCS) {
    const { bytes, key } = build(doc);
    writeFileSync(join(dir, `${doc.name}.txt`), bytes);
    writeFileSync(join(dir, `${doc.name}.key.json`), JSON.stringify(key, null, 2) + "\n");
  }
  console.log(`wrote ${DOCS.length} texts to ${dir}`);
}

export { DOCS, build };
