/**
 * Rate categories and the classifier that maps a budget line's item text ("ค่าเครื่องดื่มและอาหารว่าง",
 * "ค่าวิทยากร (บุคคลภายนอก)", "Lunch") to a category and an expense class.
 *
 * Categories without a ceiling (transport, vehicle hire, materials, printing, award, hire, venue-rent,
 * fuel, utilities, other) are actual-cost items: a line in them is classified, it has no unit ceiling.
 *
 * Food that is not a meal (animal feed อาหารไก่/อาหารปลา/อาหารสัตว์, อาหารเสริม(นม), culture media
 * อาหารเลี้ยงเชื้อ, cooking ingredients) is materials; "อาหาร" followed by a word the classifier does
 * not know is left unclassified (the check reports rate-unknown-category, info), never a meal.
 */
import type { ExpenseClass } from "../model";
import type { NormText } from "./features";
import { hits, namedMeals, normText, saysHourly, saysPerDay } from "./features";
import { GOODS_FIRST, MATERIAL_GOODS } from "./materialWords";

export interface RateCategory {
  id: string;
  th: string;
  en: string;
  expenseClass: ExpenseClass;
  /** The usual unit of a unit cost in this category. */
  unit: { th: string; en: string };
  /** Whether the bundled rate book has ceilings for it. */
  hasCeiling: boolean;
  /**
   * For a category that stands for an unqualified item (e.g. "speaker": the item does not say whether
   * the speaker is a civil servant): the category whose rules apply, with the assumption recorded.
   */
  aliasOf?: string;
  /** The assumption recorded in RateMatch.assumed when aliasOf is used. */
  aliasAssumption?: string;
}

const U = (th: string, en: string) => ({ th, en });

export const RATE_CATEGORIES: readonly RateCategory[] = [
  { id: "snack", th: "ค่าอาหารว่างและเครื่องดื่ม", en: "Snacks and drinks", expenseClass: "services", unit: U("คน/มื้อ", "person/meal"), hasCeiling: true },
  { id: "meal", th: "ค่าอาหาร (ต่อมื้อ)", en: "Meal (per meal)", expenseClass: "services", unit: U("คน/มื้อ", "person/meal"), hasCeiling: true },
  { id: "training-meals", th: "ค่าอาหารฝึกอบรม (ต่อวัน)", en: "Training meals (per day)", expenseClass: "services", unit: U("คน/วัน", "person/day"), hasCeiling: true },
  { id: "speaker-gov", th: "ค่าสมนาคุณวิทยากร (บุคลากรภาครัฐ)", en: "Speaker fee (government staff)", expenseClass: "compensation", unit: U("คน/ชั่วโมง", "speaker/hour"), hasCeiling: true },
  { id: "speaker-ext", th: "ค่าสมนาคุณวิทยากร (บุคคลภายนอก)", en: "Speaker fee (external)", expenseClass: "compensation", unit: U("คน/ชั่วโมง", "speaker/hour"), hasCeiling: true },
  {
    // judged against the higher (outside speaker) rate: a lawful fee for an outside speaker must pass
    id: "speaker",
    th: "ค่าสมนาคุณวิทยากร (ไม่ระบุประเภท)",
    en: "Speaker fee (type not stated)",
    expenseClass: "compensation",
    unit: U("คน/ชั่วโมง", "speaker/hour"),
    hasCeiling: true,
    aliasOf: "speaker-ext",
    aliasAssumption: "speaker=ext",
  },
  { id: "per-diem", th: "ค่าเบี้ยเลี้ยงเดินทาง", en: "Travel per diem", expenseClass: "services", unit: U("คน/วัน", "person/day"), hasCeiling: true },
  { id: "lodging", th: "ค่าเช่าที่พัก (เดินทางไปราชการ)", en: "Lodging (official travel)", expenseClass: "services", unit: U("คน/คืน", "person/night"), hasCeiling: true },
  { id: "training-lodging", th: "ค่าเช่าที่พัก (ฝึกอบรม)", en: "Lodging (training)", expenseClass: "services", unit: U("คน/คืน", "person/night"), hasCeiling: true },
  { id: "overtime", th: "ค่าตอบแทนนอกเวลาราชการ (รายวัน)", en: "Overtime pay (per day)", expenseClass: "compensation", unit: U("คน/วัน", "person/day"), hasCeiling: true },
  { id: "overtime-hourly", th: "ค่าตอบแทนนอกเวลาราชการ (รายชั่วโมง)", en: "Overtime pay (per hour)", expenseClass: "compensation", unit: U("คน/ชั่วโมง", "person/hour"), hasCeiling: true },
  { id: "taxi-provincial", th: "ค่ารถรับจ้างข้ามเขตจังหวัด", en: "Taxi across provinces", expenseClass: "services", unit: U("เที่ยว", "trip"), hasCeiling: true },
  { id: "student-lunch", th: "ค่าอาหารกลางวันนักเรียน", en: "Student lunch", expenseClass: "services", unit: U("คน/วัน", "student/day"), hasCeiling: true },
  { id: "private-car", th: "ค่าพาหนะส่วนตัว", en: "Private vehicle mileage", expenseClass: "services", unit: U("กิโลเมตร", "km"), hasCeiling: true },
  { id: "transport", th: "ค่าพาหนะ/ค่าเดินทาง", en: "Transport", expenseClass: "services", unit: U("คน/วัน", "person/day"), hasCeiling: false },
  { id: "vehicle-hire", th: "ค่าเช่ารถ/เหมารถ", en: "Vehicle hire", expenseClass: "services", unit: U("คัน/วัน", "vehicle/day"), hasCeiling: false },
  { id: "materials", th: "ค่าวัสดุ", en: "Materials", expenseClass: "materials", unit: U("หน่วย", "unit"), hasCeiling: false },
  { id: "printing", th: "ค่าถ่ายเอกสาร/จัดพิมพ์", en: "Printing and copying", expenseClass: "services", unit: U("ชุด", "set"), hasCeiling: false },
  { id: "award", th: "ค่าโล่/รางวัล/เกียรติบัตร", en: "Awards and plaques", expenseClass: "services", unit: U("ชิ้น", "piece"), hasCeiling: false },
  { id: "hire", th: "ค่าจ้างเหมา/จัดจ้าง", en: "Hired services", expenseClass: "services", unit: U("งาน", "job"), hasCeiling: false },
  { id: "fees", th: "ค่าธรรมเนียม/ค่าเข้าชม/ค่าลงทะเบียน", en: "Fees and admissions", expenseClass: "services", unit: U("คน", "person"), hasCeiling: false },
  { id: "venue-rent", th: "ค่าเช่าสถานที่", en: "Venue rent", expenseClass: "services", unit: U("วัน", "day"), hasCeiling: false },
  { id: "fuel", th: "ค่าน้ำมันเชื้อเพลิง", en: "Fuel", expenseClass: "materials", unit: U("ลิตร", "litre"), hasCeiling: false },
  { id: "utilities", th: "ค่าสาธารณูปโภค", en: "Utilities", expenseClass: "utilities", unit: U("เดือน", "month"), hasCeiling: false },
  { id: "other", th: "อื่น ๆ", en: "Other", expenseClass: "other", unit: U("หน่วย", "unit"), hasCeiling: false },
];

const BY_ID = new Map(RATE_CATEGORIES.map((c) => [c.id, c]));

export function rateCategory(id: string): RateCategory | undefined {
  return BY_ID.get(id);
}

export interface Classification {
  category: string;
  expenseClass: ExpenseClass;
  /** A food line that prices a meal and snacks together ("ค่าอาหารกลางวันและอาหารว่าง"). */
  combined?: boolean;
  /** Another category the words allow as well (a lodging line that may be travel or training, see lodgingReading). */
  alternative?: string;
}

const TRAINING_WORDS = /อบรม|สัมมนา|ประชุมปฏิบัติการ|ประชุมเชิงปฏิบัติการ|ค่าย|ศึกษาดูงาน|training|workshop|seminar|camp/;

/** Food that is not a meal: animal feed, supplements (school milk), culture media, cooking ingredients. */
const NOT_A_MEAL =
  /อาหาร(?:สำหรับ|เลี้ยง|สำเร็จรูป)*(?:ไก่|เป็ด|ห่าน|นก|ปลา|กุ้ง|กบ|หอย|หมู|สุกร|โค|วัว|กระบือ|ควาย|แพะ|แกะ|ม้า|สุนัข|แมว|สัตว์|เสริม|เชื้อ|เม็ด|ข้น|หยาบ|ผสม|จุลินทรีย์|พืช|ทางการแพทย์|ทางสายยาง|ลูก(?!เสือ)|จิ้งหรีด|ไส้เดือน)|(?:วัสดุ|วัตถุดิบ|ประกอบ|ปรุง|แปรรูป|ถนอม|ภาชนะ|เครื่องครัว|ตู้)(?:การ)?อาหาร|นมโรงเรียน|ค่านม|(?:chicken|fish|animal|pig|poultry|cattle|livestock|pet|dog|cat)\s*(?:feed|food)|culture\s*medi|milk\s*supplement|ingredients/;

/** What may follow "อาหาร" in a meal item; anything else after it leaves the item unclassified. */
const MEAL_NEXT =
  /^(?:$|[^\u0E00-\u0E7F]|กลางวัน|เย็น|เช้า|ค่ำ|มื้อ|และ|ผู้|คณะ|วิทยากร|ประชุม|อบรม|สัมมนา|สำหรับ|แก่|ให้|ของ|นักเรียน|เด็ก|ครู|บุคลากร|ระหว่าง|ใน|ที่|พร้อม|เครื่องดื่ม|จำนวน|วัน|คน|ต่อ|รวม|กิจกรรม|ค่าย|เลี้ยง|ชุด|กล่อง|ทุก|ครบ|ไม่ครบ|หลัก|ทั้ง|จัด|อัตรา|บาท|ฝึก|เจ้าหน้าที่|กรรมการ|ทีม|นักกีฬา|เป็น|กับ|เพื่อ|งาน|ว่าง|มือ|ประจำ|โครงการ|แขก|รับรอง|ลูกเสือ|เนตรนารี|ยุวกาชาด)/;

/** The school-lunch programme named as such (โครงการอาหารกลางวัน, เงินอุดหนุนอาหารกลางวัน, school lunch). */
const LUNCH_PROGRAMME = /โครงการอาหารกลางวัน|อุดหนุน(?:ค่า)?อาหารกลางวัน|school\s*lunch|lunch\s*programme/;
/** A lunch for pupils (อาหารกลางวันนักเรียน, อาหารกลางวันเด็ก, student lunch). */
const PUPILS_LUNCH = /อาหารกลางวัน(?:สำหรับ|ของ|ให้|แก่)?(?:เด็ก)?นักเรียน|อาหารกลางวันเด็ก|student\s*lunch/;
/** People other than pupils sharing a meal: it is the meal of an activity, not the school lunch. */
const OTHER_PEOPLE = /ครู|วิทยากร|ผู้ปกครอง|กรรมการ|ผู้เข้าร่วม|ผู้เข้ารับ|เจ้าหน้าที่|บุคลากร|ผู้ติดตาม|ผู้ดูแล|คณะ|teachers?\b|staff|parents?\b|speakers?\b/;

/**
 * Whether a line classified as the school lunch (student-lunch) is one: the subsidy's per-pupil-day rate
 * applies to the school-lunch programme only. Its activity or project must be about the school lunch
 * (อาหารกลางวัน in its name) or the item must name the programme; otherwise the lunch is the meal of an
 * activity (a field trip, camp, sports day or training), judged as any meal.
 */
export function isLunchProgramme(item: string, activityName?: string, projectName?: string): boolean {
  if (hits(LUNCH_PROGRAMME, normText(item))) return true;
  return [activityName, projectName].some((n) => !!n && hits(/อาหารกลางวัน|lunch/, normText(n)));
}

/** The category of a classified line in its context: the school lunch outside the programme is a meal. */
export function categoryInContext(category: string, item: string, activityName?: string, projectName?: string): string {
  return category === "student-lunch" && !isLunchProgramme(item, activityName, projectName) ? "meal" : category;
}

/**
 * A speaker who is government staff (ค่าสมนาคุณวิทยากร บุคลากรภาครัฐ): a civil servant, the agency's own
 * staff (ภายใน, ในสังกัด), teachers, supervisors, school heads. A local-wisdom teacher (ครูภูมิปัญญา), a
 * foreign, special or volunteer teacher is not staff: with no other word the fee is judged at the outside rate.
 */
const GOV_SPEAKER = new RegExp(
  "ข้าราชการ|ภาครัฐ|ราชการ|รัฐวิสาหกิจ|บุคลากรของรัฐ|เจ้าหน้าที่ของรัฐ|government|civil\\s*serv|public\\s*sector|in-?house|internal" +
    // the speaker named right after วิทยากร ("วิทยากร (ครูในสังกัด)", "วิทยากรภายใน", "วิทยากรจากศึกษานิเทศก์"):
    // "วิทยากรอบรมครู" names the audience, not the speaker
    "|วิทยากร[\\s(:-]*(?:ที่เป็น|จาก|โดย)?\\s*(?:ภายใน|ในสังกัด|ศึกษานิเทศก์|ผู้บริหาร|ผู้อำนวยการ|บุคลากรใน|เจ้าหน้าที่|" +
    "ครู(?!ภูมิปัญญา|ต่างชาติ|ชาวต่างชาติ|ชาวต่างประเทศ|พิเศษ|อาสา|จ้าง|อัตราจ้าง|เจ้าของภาษา))",
);

/** Words that make the "อาหาร" after them a place, not food. */
const FOOD_PLACE = /(?:โรง|ห้อง|ร้าน|ครัว|ศูนย์|ลาน)$/;

/** Repairs, building work and installation: never a meal, whatever place they name. */
const BUILDING_WORK = /ซ่อม|ปรับปรุง|ก่อสร้าง|ต่อเติม|ทาสี|ติดตั้ง|repair|renovat|construct|install/;

/** "meal" when every "อาหาร" in the text reads as a meal, undefined when a word after it is unknown. */
function mealWord(t: NormText): boolean | undefined {
  if (/lunch|dinner|breakfast|supper|meal|catering|\bfood\b/.test(t.spaced)) return true;
  const re = /อาหาร/g;
  let m: RegExpExecArray | null;
  let found = false;
  while ((m = re.exec(t.compact))) {
    // a place named after food (โรงอาหาร the canteen, ห้องอาหาร, ร้านอาหาร) is not a meal
    if (FOOD_PLACE.test(t.compact.slice(0, m.index))) continue;
    found = true;
    const next = t.compact.slice(m.index + m[0].length);
    if (!MEAL_NEXT.test(next)) return undefined;
  }
  return found ? true : false;
}

/** Paying for work or a rental, not buying goods. */
const HIRED = /ค่าจ้าง|จัดจ้าง|จ้างเหมา|ค่าแรง|ค่าเช่า|ค่าบริการ|ค่าซ่อม/;

type Test = { category: string | ((t: NormText) => string | undefined); test: (t: NormText) => boolean };
const re = (r: RegExp) => (t: NormText) => hits(r, t);

/** Ordered tests: the first that matches wins. */
const RULES: Test[] = [
  // patterns with a look-ahead ("อาหาร" not followed by "ว่าง") are tested on the compact text only
  { category: "materials", test: (t) => NOT_A_MEAL.test(t.compact) },
  // snacks before meals: "ค่าเครื่องดื่มและอาหารว่าง" contains "อาหาร"
  { category: "snack", test: (t) => hits(/อาหารว่าง|coffee\s*break|snack|refreshment/, t) || (hits(/เครื่องดื่ม|drinks?\b/, t) && !/อาหาร(?!ว่าง)|meal|lunch|dinner/.test(t.compact)) },
  // speaker fees before anything that may name the speaker (ค่าพาหนะวิทยากร is transport, see below)
  {
    category: (t) =>
      hits(/ภายนอก|เอกชน|external|outside|private/, t)
        ? "speaker-ext"
        : hits(GOV_SPEAKER, t)
          ? "speaker-gov"
          : "speaker",
    test: re(/(?:ค่า\s*(?:ตอบแทน|สมนาคุณ)?\s*|สมนาคุณ\s*|ถวาย\s*)(?:พระ\s*)?วิทยากร|speaker\s*fee|honorari|lecturer\s*fee/),
  },
  { category: (t) => (saysHourly(t) ? "overtime-hourly" : "overtime"), test: re(/นอกเวลาราชการ|ค่าล่วงเวลา|ค่าตอบแทนล่วงเวลา|overtime/) },
  { category: "per-diem", test: re(/เบี้ยเลี้ยง|per\s*-?\s*diem|daily\s*allowance/) },
  // the school-lunch subsidy: a lunch for pupils alone; a lunch also for teachers, speakers or parents is a meal
  { category: "student-lunch", test: (t) => hits(LUNCH_PROGRAMME, t) || (hits(PUPILS_LUNCH, t) && !hits(OTHER_PEOPLE, t)) },
  { category: "venue-rent", test: re(/เช่าสถานที่|เช่าห้องประชุม|เช่าหอประชุม|ค่าสถานที่|ค่าห้องประชุม|venue|room\s*rent|hall\s*rent|meeting\s*room/) },
  {
    category: (t) => lodgingReading(t).category,
    // "โรงแรม" alone names the place of a meal ("ค่าอาหารกลางวัน (โรงแรม)"), not a room, when food is priced
    test: (t) => hits(/ที่พัก|ห้องพัก|พักแรม|accommodation|lodging/, t) || (hits(/โรงแรม|hotel/, t) && !hits(/อาหาร|lunch|dinner|breakfast|supper|meal|\bfood\b/, t)),
  },
  {
    category: "taxi-provincial",
    test: (t) =>
      hits(/(?:แท็กซี่|แท็กซี|taxi|รถรับจ้าง).*(?:ข้าม(?:เขต)?จังหวัด|ระหว่างจังหวัด|ต่างจังหวัด|across\s*provinces?)/, t) ||
      hits(/(?:ข้าม(?:เขต)?จังหวัด|ระหว่างจังหวัด).*(?:แท็กซี่|แท็กซี|taxi|รถรับจ้าง)|taxi\s*across/, t),
  },
  { category: "private-car", test: re(/พาหนะส่วนตัว|รถ(?:ยนต์|จักรยานยนต์)?ส่วนตัว|mileage|private\s*(?:car|vehicle)/) },
  { category: "vehicle-hire", test: re(/เช่ารถ|เช่าเหมารถ|จ้างเหมารถ|ค่าเหมารถ|เหมารถ|vehicle\s*hire|bus\s*hire|van\s*hire|car\s*rental|coach\s*hire/) },
  { category: "fuel", test: re(/น้ำมันเชื้อเพลิง|ค่าน้ำมัน|น้ำมันรถ|น้ำมันดีเซล|น้ำมันเบนซิน|แก๊สโซฮอล์|fuel|petrol|gasoline|diesel/) },
  {
    category: "transport",
    test: re(/พาหนะ|ค่าเดินทาง|ค่าโดยสาร|ค่ารถ|ค่าตั๋ว|เครื่องบิน|ค่าทางด่วน|แท็กซี่|transport|travel|\bbus\b|taxi|airfare|vehicle/),
  },
  { category: "award", test: re(/โล่|รางวัล|เกียรติบัตร|ของที่ระลึก|ถ้วย|award|plaque|trophy|certificate|prize|souvenir/) },
  // goods named first ("ค่าหมึกพิมพ์", "ค่ากระดาษถ่ายเอกสาร") are bought, not a printing service
  { category: "materials", test: (t) => (GOODS_FIRST.test(t.compact) || hits(/toner|cartridge|\bink\b|ตลับหมึก|ผงหมึก/, t)) && !HIRED.test(t.compact) },
  {
    category: "printing",
    test: re(
      /ถ่ายเอกสาร|สำเนา|จัดพิมพ์|พิมพ์|เข้าเล่ม|เอกสาร|รูปเล่ม|เล่มรายงาน|(?:จัด)?ทำเล่ม|แบบ(?:บันทึก|ประเมิน|สอบถาม|ทดสอบ|นิเทศ|ฟอร์ม)|ไวนิล|ป้าย|แผ่นพับ|โปสเตอร์|สติ[๊ก]*เกอร์|print|photocop|copying|copies|binding|document|booklet|leaflet|brochure|poster|banner|signage/,
    ),
  },
  // entrance, registration and other fees: actual cost
  { category: "fees", test: re(/ค่าเข้าชม|ค่าผ่านประตู|ค่าธรรมเนียม|ค่าลงทะเบียน|ค่าสมัคร|ค่าบัตรเข้า|admission|entrance|entry\s*fee|registration\s*fee|\bfees?\b/) },
  { category: (t) => (hits(/ค่าจ้าง|จัดจ้าง|จ้างเหมา|ค่าแรง|hire|hiring|contractor|labou?r/, t) ? "hire" : "materials"), test: re(BUILDING_WORK) },
  {
    // a named meal is per meal; otherwise a per-day price means training meals (ค่าอาหาร วันละ 600)
    category: (t) => {
      const meal = mealWord(t);
      // unsure, or "อาหาร" only as part of a place name: no meal ceiling (rate-unknown-category at most)
      if (meal !== true) return undefined;
      if (namedMeals(t).length === 0 && saysPerDay(t)) return "training-meals";
      return "meal";
    },
    test: re(/อาหาร|lunch|dinner|breakfast|supper|meal|\bfood\b|catering/),
  },
  { category: "utilities", test: re(/สาธารณูปโภค|ค่าไฟฟ้า|ค่าน้ำประปา|ค่าโทรศัพท์|ไปรษณีย์|อินเทอร์เน็ต|utilit|electricity|water\s*bill|telephone|internet|postage/) },
  {
    // supplies bought for an activity: books, furniture, drinking water and ice, decoration, hygiene, seeds …
    category: "materials",
    test: re(
      /วัสดุ|อุปกรณ์|เครื่องเขียน|กระดาษ|หมึก|หนังสือ|สมุด|ชั้นวาง|โต๊ะ|เก้าอี้|เบาะ|ตู้|น้ำดื่ม|น้ำแข็ง|ตกแต่ง|จัดสถานที่|ดอกไม้|ธูปเทียน|พาน|แปรงสีฟัน|ยาสีฟัน|สบู่|ผ้า|เวชภัณฑ์|ปฐมพยาบาล|ปุ๋ย|เมล็ดพันธุ์|พันธุ์(?:ปลา|ไม้|พืช|ผัก)|กล้าไม้|ตาข่าย|ตะกร้า|สีทา|สายแลน|เครื่องปรุง|ชุดทดลอง|material|supplies|stationery|equipment|books?\b|furniture|drinking\s*water|decorat/,
    ),
  },
  // goods of the kinds of materials (office, computer, household, sports, science, farming, building, art …)
  { category: "materials", test: (t) => hits(MATERIAL_GOODS, t) && !HIRED.test(t.compact) },
  { category: "hire", test: re(/ค่าจ้าง|จัดจ้าง|จ้างเหมา|ค่าแรง|ค่าเช่า|hire|hiring|contractor|wage|labou?r|rental/) },
];

/** Official travel named outright: the travel regulation's lodging (rates.md "lodging"). */
const TRAVEL_EXPLICIT = /เดินทางไปราชการ|ไปราชการ|official\s*travel|business\s*trip/;
/** True when the words name official travel outright (เดินทางไปราชการ, ไปราชการ, official travel). */
export function saysOfficialTravel(t: NormText): boolean {
  return hits(TRAVEL_EXPLICIT, t);
}

/** A training named outright (อบรม, its participants, a workshop in the regulation's words). */
const TRAINING_EXPLICIT = /อบรม|ผู้เข้ารับการ|ผู้เข้าอบรม|ประชุม(?:เชิง)?ปฏิบัติการ|participant|training/;
/** A study visit: a journey by nature, a training only when organised as one. */
const STUDY_VISIT = /ศึกษาดูงาน|ดูงาน|study\s*(?:visit|tour|trip)/;

/**
 * Which lodging rules a lodging line's own words call for, by the strongest explicit words:
 * - เดินทางไปราชการ (official travel) said outright beats a topic word (ศึกษาดูงาน, สัมมนา, ค่าย):
 *   travel lodging ("ค่าเช่าที่พัก เดินทางไปราชการ ศึกษาดูงาน" is travel);
 * - official travel and a training both said outright ("เดินทางไปราชการเพื่อเข้ารับการอบรม"), or a study
 *   visit with neither ("ค่าเช่าที่พัก ศึกษาดูงาน"): both readings are possible; `alternative` is the other
 *   one, and the rate check judges with the reading that has a ceiling in force (the higher when both
 *   do), at most as a warning that says so;
 * - a training word (อบรม, ผู้เข้ารับการอบรม, สัมมนา, ค่าย, workshop …): training lodging;
 * - otherwise travel lodging.
 */
export function lodgingReading(t: NormText): { category: "lodging" | "training-lodging"; alternative?: "lodging" | "training-lodging" } {
  const travel = hits(TRAVEL_EXPLICIT, t);
  const training = hits(TRAINING_EXPLICIT, t);
  if (travel && training) return { category: "lodging", alternative: "training-lodging" };
  if (travel) return { category: "lodging" };
  if (training) return { category: "training-lodging" };
  if (hits(STUDY_VISIT, t)) return { category: "training-lodging", alternative: "lodging" };
  if (hits(TRAINING_WORDS, t)) return { category: "training-lodging" };
  return { category: "lodging" };
}

/** True when a food item prices a main meal and snacks together. */
function isCombined(t: NormText): boolean {
  return hits(/อาหารว่าง|snack|coffee\s*break/, t) && (namedMeals(t).length > 0 || /ค่าอาหาร(?!ว่าง)|อาหาร(?:และ|\+)/.test(t.compact));
}

/**
 * The category and expense class of an item text, or undefined when no category fits or the
 * classifier is unsure. An unqualified speaker fee ("ค่าตอบแทนวิทยากร") is category "speaker":
 * RateBook.find applies the speaker-ext rules (the higher rate) and records "speaker=ext".
 */
export function classifyItem(text: string): Classification | undefined {
  if (typeof text !== "string") return undefined;
  const t = normText(text);
  if (!t.compact) return undefined;
  if (isCombined(t) && !NOT_A_MEAL.test(t.compact)) return { category: "meal", expenseClass: "services", combined: true };
  for (const r of RULES) {
    if (!r.test(t)) continue;
    const category = typeof r.category === "function" ? r.category(t) : r.category;
    if (category === undefined) return undefined;
    const cat = BY_ID.get(category);
    const alternative = category === "lodging" || category === "training-lodging" ? lodgingReading(t).alternative : undefined;
    return { category, expenseClass: cat ? cat.expenseClass : "other", ...(alternative ? { alternative } : {}) };
  }
  return undefined;
}

/** True when an item text names training (อบรม, สัมมนา, ประชุมปฏิบัติการ, ค่าย, …). */
export function namesTraining(text: string): boolean {
  return hits(TRAINING_WORDS, normText(text));
}
