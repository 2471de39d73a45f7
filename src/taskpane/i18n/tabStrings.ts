/**
 * The texts of the schedule, indicators, rates and results tabs, in Thai (the default) and English: a catalogue of their own so that
 * they load with those tabs' chunks, not with the pane (whose size Excel's load time depends on).
 * Placeholders are written {name}; a count's word {name|one|other} (strings.ts fill).
 */
import { fill, type Lang, type Vars } from "./strings";

export const TAB_STRINGS = {
  // the rate confidence badge: the words of the rates sheet's confidence column and of the findings ("… ความเชื่อมั่นปานกลาง")
  "results.received": { th: "งบประมาณที่ได้รับ (บาท)", en: "Budget received (baht)" },
  "results.spent": { th: "ใช้จ่ายจริง (บาท)", en: "Spent (baht)" },
  "results.remaining": { th: "คงเหลือ", en: "Remaining" },
  "results.achievement": { th: "ผลสำเร็จตามตัวชี้วัด", en: "Indicator achievement" },
  "results.achievedValue": { th: "ผลที่ได้", en: "Achieved" },
  "results.percent": { th: "{pct}% ของเป้าหมาย", en: "{pct}% of target" },
  "results.targetPercent": { th: "ร้อยละ {value}", en: "{value}%" },
  "results.percentTarget": { th: "ร้อยละ {value} (เป้าหมาย ร้อยละ {target}) — {verdict}", en: "{value}% (target {target}%) — {verdict}" },
  // the words of the results sheet's บรรลุ/ไม่บรรลุ column
  "results.met": { th: "บรรลุ", en: "met" },
  "results.notMet": { th: "ไม่บรรลุ", en: "not met" },
  "results.save": { th: "บันทึกลงแผ่นงาน", en: "Save to sheet" },
  "results.invalid": { th: "ตัวเลขไม่ถูกต้อง: {value}", en: "Not a number: {value}" },
  "results.noCells": { th: "ไม่พบแผ่นงานผลการดำเนินงาน ใส่แม่แบบก่อน", en: "No results sheet found. Insert a template first." },
  "rates.intro": { th: "อัตราค่าใช้จ่ายที่ใช้ตรวจ (เพดาน)", en: "Rate ceilings used by the checks" },
  "rates.ceiling": { th: "ไม่เกิน {amount} ต่อ{unit}", en: "Up to {amount} per {unit}" },
  "rates.source": { th: "ที่มา: {source}", en: "Source: {source}" },
  "rates.inForce": { th: "มีผล {range}", en: "In force {range}" },
  "rates.asOf": { th: "อัตราที่มีผล ณ {month}", en: "Rates in force in {month}" },
  "rates.confidence.high": { th: "ความเชื่อมั่นสูง", en: "Confidence: high" },
  "rates.confidence.medium": { th: "ความเชื่อมั่นปานกลาง", en: "Confidence: medium" },
  "rates.confidence.low": { th: "ความเชื่อมั่นต่ำ", en: "Confidence: low" },
  "rates.confidence.unconfirmed": { th: "ยังไม่ยืนยัน", en: "Confidence: unconfirmed" },
  "rates.edit": { th: "แก้ไขอัตราในแผ่นงาน", en: "Edit rates in the sheet" },
  "rates.noSheet": { th: "ไม่พบแผ่นงานอัตรา ใส่แม่แบบก่อน", en: "No rates sheet found. Insert a template first." },
  "rates.margin": { th: "เกินได้ไม่เกิน {pct}% เมื่อได้รับอนุมัติ (ในช่วงนี้เป็นคำเตือน)", en: "Up to {pct}% more with approval (a warning within it)" },
  "rates.warnsOnly": { th: " · เกินอัตรานี้เป็นคำเตือน ไม่ใช่ข้อผิดพลาด", en: " · above it is a warning, not an error" },
  "rates.unknown.title": { th: "ยังไม่ทราบเพดานในเดือนนี้", en: "No ceiling known for this month" },
  "rates.unknown.item": { th: "{category}: อัตราเดิมใช้ถึง {date} ({source}) จึงไม่ตรวจรายการหมวดนี้", en: "{category}: the previous rate ended on {date} ({source}), so lines of this category are not checked" },
  "rates.unknown.how": { th: "ใส่อัตราใหม่ในแผ่นงานอัตรา: เพิ่มแถวหมวดเดียวกัน เงื่อนไขเดียวกัน เพดานใหม่ มีผลตั้งแต่ และที่มา (เช่น หนังสือ กค 0408.4/ว 246 ลงวันที่ 31 ต.ค. 2568)", en: "Enter the new rate on the rates sheet: add a row with the same category and conditions, the new ceiling, its start date and its source (e.g. MoF letter 0408.4/W246 of 31 Oct 2025)" },
  // schedule: an activity's status in the words of the sheet's status column (workbook/i18n STATUS_CHOICES)
  "schedule.period": { th: "ระยะเวลาโครงการ {range}", en: "Project period {range}" },
  // English: the fiscal year keeps its Buddhist-era number (as the sheets and the template tab name it), said so,
  // with its months in the Gregorian calendar as every English date
  "schedule.fiscalYear": { th: "ปีงบประมาณ {fy} ({range})", en: "Fiscal year {fy} (B.E.): {range}" },
  "schedule.today": { th: "วันนี้", en: "Today" },
  "schedule.activity": { th: "กิจกรรม", en: "Activity" },
  "schedule.status": { th: "สถานะ", en: "Status" },
  "schedule.status.planned": { th: "ยังไม่เริ่ม", en: "Planned" },
  "schedule.status.in-progress": { th: "กำลังดำเนินการ", en: "In progress" },
  "schedule.status.done": { th: "เสร็จแล้ว", en: "Done" },
  "schedule.status.late": { th: "ล่าช้า", en: "Late" },
  "schedule.markDone": { th: "ทำเสร็จแล้ว", en: "Mark done" },
  "schedule.quarters": { th: "แผนการใช้จ่ายงบประมาณรายไตรมาส", en: "Quarterly spending plan" },
  "schedule.quarter": { th: "ไตรมาส {q}", en: "Q{q}" },
  "schedule.quarterMonths": { th: "{from} – {to}", en: "{from} – {to}" },
  "schedule.unscheduled": { th: "ไม่ระบุเดือน", en: "No month" },
  "schedule.outsideYear": { th: "นอกปีงบประมาณ (ไม่นับในไตรมาส)", en: "Outside the fiscal year (in no quarter)" },
  "schedule.total": { th: "รวม", en: "Total" },
  "schedule.fundsFrom": { th: "เงินงบประมาณได้รับตั้งแต่ {month}", en: "Funds available from {month}" },
  "schedule.noActivities": { th: "ยังไม่มีกิจกรรม", en: "No activities yet" },
  "schedule.refresh": { th: "อ่านแผ่นงานใหม่", en: "Reload from sheet" },
  "indicators.generate": { th: "สร้าง/ปรับปรุงตารางตัวชี้วัด", en: "Generate / refresh indicator table" },
  "indicators.output": { th: "ผลผลิต", en: "Output" },
  "indicators.outcome": { th: "ผลลัพธ์", en: "Outcome" },
  "indicators.target": { th: "ค่าเป้าหมาย", en: "Target" },
  "indicators.achieved": { th: "ผลที่ได้", en: "Achieved" },
  "indicators.none": { th: "ยังไม่มีตัวชี้วัด", en: "No indicators yet" },
  "indicators.help": { th: "สร้างตารางตัวชี้วัดจากเป้าหมายของโครงการ ลงในแผ่นงานตัวชี้วัด", en: "Builds the indicator table from the project's targets into the indicators sheet." },
  "indicators.targets": { th: "พบเป้าหมาย {n} รายการ ในตารางเป้าหมายที่ {cell}", en: "{n} {n|target|targets} found in the target table at {cell}" },
  "indicators.noTargets": { th: "ยังไม่มีเป้าหมาย: ใส่เป้าหมายในตารางเป้าหมายที่ {cell} ก่อนสร้างตัวชี้วัด", en: "No targets yet: enter them in the target table at {cell} before generating indicators" },
  "indicators.gotoTargets": { th: "ไปที่ตารางเป้าหมาย", en: "Go to the target table" },
  "indicators.fromActivities": { th: "สร้างจากกิจกรรมแทน (ร้อยละ 100 ต่อกิจกรรม)", en: "Generate from the activities instead (100% per activity)" },
} as const satisfies Record<string, { th: string; en: string }>;

export type TabKey = keyof typeof TAB_STRINGS;

/** A text of one of those tabs in the pane's language, placeholders filled. */
export function tt(lang: Lang, key: TabKey, vars?: Vars): string {
  return fill(TAB_STRINGS[key][lang], vars);
}
