/**
 * Every user-facing string of the task pane, in Thai (the default) and English. Components never hold
 * literal text: they call `t(lang, key, vars)`. Placeholders are written {name}.
 * The Thai texts are here, in what Excel loads; the English ones are in strings.en.ts, a chunk fetched when
 * English is chosen (`loadLang`: the language switch, or a pane that starts in English), never before.
 */

export type Lang = "th" | "en";

export const LANGS: readonly Lang[] = ["th", "en"];

const th = {
  // App frame
  "app.title": "แผนงบประมาณโครงการ",
  "app.loading": "กำลังโหลด…",
  "app.host.excel": "เชื่อมต่อกับ Excel",
  "app.host.preview": "โหมดทดลองในเบราว์เซอร์ (สมุดงานจำลอง)",
  "app.version": "รุ่น {version}",
  "app.language": "ภาษา",
  "app.lang.th": "ไทย",
  "app.lang.en": "English",
  "app.busy": "กำลังทำงาน…",
  "app.error": "เกิดข้อผิดพลาด: {message}",
  "app.dismiss": "ปิด",
  "app.startFailed": "เริ่มต้นส่วนเสริมไม่สำเร็จ: {message}",
  "app.noPlan": "ยังไม่พบแผ่นงานโครงการในสมุดงานนี้ ใส่แม่แบบจากแท็บ แม่แบบ ก่อน",
  "app.paneRegion": "บานหน้าต่างแผนงบประมาณ (F6 สลับไปตาราง)",
  "app.gridRegion": "สมุดงานจำลอง (F6 สลับไปบานหน้าต่าง)",
  // the language a sheet is written in (the language switch above names each language in itself)
  "sheetLang.th": "ไทย",
  "sheetLang.en": "อังกฤษ",
  "app.start.template": "ใส่แม่แบบแผนงาน",
  "app.start.import": "นำเข้าข้อความโครงการ",
  "req.missing": "Excel รุ่นนี้ไม่รองรับ {sets} บางคำสั่งจะใช้ไม่ได้",
  "req.allOk": "รองรับชุดคำสั่งที่ต้องใช้ครบ",

  // Errors from Excel and the start of the pane (src/taskpane/errors.ts maps error codes to these)
  "err.cellEdit": "Excel กำลังแก้ไขเซลล์อยู่ กด Enter หรือ Esc เพื่อออกจากเซลล์ แล้วลองอีกครั้ง",
  "err.tooLarge": "ข้อมูลที่ส่งหรือรับจาก Excel มีขนาดเกินที่ Excel บนเว็บยอมรับ (5 MB ต่อครั้ง) ลองแบ่งแผนเป็นหลายสมุดงาน หรือใช้ Excel บนเดสก์ท็อป",
  "err.notFound": "ไม่พบแผ่นงานหรือเซลล์ที่ต้องใช้ อาจถูกลบหรือเปลี่ยนชื่อ กด ตรวจสอบ อีกครั้ง",
  "err.protected": "แผ่นงานถูกป้องกันไว้ จึงแก้ไขไม่ได้ ยกเลิกการป้องกันแผ่นงาน (รีวิว → ยกเลิกการป้องกันแผ่นงาน) แล้วลองอีกครั้ง",
  "err.exists": "มีแผ่นงานหรือชื่อนี้อยู่แล้ว",
  "err.invalid": "Excel ไม่ยอมรับคำสั่งนี้ ({code}) ลองอีกครั้ง หากยังไม่ได้ ให้คัดลอกรายละเอียดส่งผู้ดูแล",
  "err.busy": "Excel ไม่ว่างหรือการเชื่อมต่อขาดช่วง รอสักครู่แล้วลองอีกครั้ง",
  "err.unknown": "เกิดข้อผิดพลาดที่ไม่คาดคิด ลองอีกครั้ง หากยังไม่ได้ ให้คัดลอกรายละเอียดส่งผู้ดูแล",
  "err.details": "รายละเอียด: {detail}",
  "err.liveOff": "เปิดการตรวจสอบอัตโนมัติไม่ได้ (Excel ไม่รับการแจ้งเตือนการแก้ไข) ปิดการตรวจอัตโนมัติแล้ว กด ตรวจสอบ เองหลังแก้ไข",
  "err.crash.title": "ส่วนเสริมหยุดทำงาน",
  "err.crash.body": "แผ่นงานของคุณไม่ได้รับผลกระทบ ลองโหลดบานหน้าต่างใหม่ หากยังเกิดซ้ำ ให้คัดลอกรายละเอียดส่งผู้ดูแล",
  "err.reload": "โหลดใหม่",
  "err.copy": "คัดลอกรายละเอียด",
  "err.copied": "คัดลอกแล้ว",
  "start.waiting": "กำลังรอ Excel… (Excel ตอบช้ากว่าปกติ)",
  "start.timeout": "Excel ไม่ตอบสนอง ส่วนเสริมจึงเริ่มทำงานไม่ได้ ปิดแล้วเปิดบานหน้าต่างใหม่ หรือเริ่ม Excel ใหม่",
  "start.notExcel": "ส่วนเสริมนี้ใช้ได้ใน Excel เท่านั้น (เปิดใน {host})",
  "template.kept": "เก็บแผ่นงานเดิมไว้ในชื่อใหม่ ไม่มีการลบ: {names}",
  "validate.undoPartial": "เลิกทำแล้ว ยกเว้น {n} เซลล์ที่ถูกแก้ไขหลังจากนั้น จึงไม่ได้เปลี่ยน: {cells}",

  // Tabs
  "tab.validate": "ตรวจสอบ",
  "tab.template": "แม่แบบ",
  "tab.import": "นำเข้า",
  "tab.schedule": "กำหนดการ",
  "tab.indicators": "ตัวชี้วัด",
  "tab.results": "ผลการดำเนินงาน",
  "tab.rates": "อัตรา",

  // Validate
  "validate.run": "ตรวจสอบ",
  "validate.live": "ตรวจสอบอัตโนมัติเมื่อแก้ไข",
  "validate.summary": "ข้อผิดพลาด {error} · คำเตือน {warning} · ข้อสังเกต {info}",
  "validate.none": "ไม่พบปัญหา",
  "validate.empty": "ยังไม่มีข้อมูลให้ตรวจ ใส่กิจกรรมและรายการงบประมาณในแผ่นงานก่อน",
  "validate.set": "ชุดแผนที่ตรวจ",
  "validate.setActive": "ตามแผ่นงานที่เปิดอยู่ ({label})",
  "validate.notRun": "ยังไม่ได้ตรวจสอบ กด ตรวจสอบ",
  "validate.severity.error": "ข้อผิดพลาด",
  "validate.severity.warning": "คำเตือน",
  "validate.severity.info": "ข้อสังเกต",
  "validate.expected": "ควรเป็น",
  "validate.actual": "ที่ระบุ",
  // what the two figures of a finding are, where "expected / stated" would mislead
  // a percentage as Thai plans write it ("ร้อยละ 80"), "80%" in English; the Thai unit word itself
  "unit.percent": "ร้อยละ {n}",
  "unit.percentWord": "ร้อยละ",
  "value.allocation": "งบที่ได้รับจัดสรร",
  "value.linesTotal": "รายการรวม (ตามการคำนวณ)",
  "value.period": "ช่วงเวลาของกิจกรรม",
  "value.monthGiven": "เดือนที่ระบุ",
  "value.fundsFrom": "งบได้รับตั้งแต่",
  "value.activityEnds": "กิจกรรมสิ้นสุด",
  "value.received": "ได้รับ",
  "value.spent": "ใช้จ่าย",
  "value.spellingFirst": "เขียนครั้งแรกว่า",
  "value.spellingHere": "เขียนที่นี่ว่า",
  "value.target": "เป้าหมาย",
  "value.counted": "นับได้",
  "validate.cell": "เซลล์",
  "validate.goto": "ไปที่เซลล์ {cell}",
  "validate.fix": "แก้ไข",
  "validate.fixed": "แก้ไขแล้ว: {what}",
  // the printable proposal (แบบเสนอโครงการ) laid out again
  "proposal.stale": "ข้อมูลโครงการเปลี่ยนหลังจัดหน้าแผ่นงาน {sheet} ข้อความบางส่วนอาจพิมพ์ไม่ครบหรือแถวไม่พอดี จัดหน้าใหม่ได้ (ฉบับเดิมเก็บไว้เป็นแผ่นงานแยก)",
  "proposal.relayout": "จัดหน้าแบบเสนอโครงการใหม่",
  "proposal.relaid": "จัดหน้า {sheet} ใหม่แล้ว ฉบับเดิมเก็บไว้ในแผ่นงาน {kept}",
  "proposal.undoLabel": "จัดหน้า {sheet} ใหม่",
  "proposal.cannot": "จัดหน้าแบบเสนอโครงการใหม่ไม่ได้: อ่านตารางที่ใช้สร้างไม่ครบ (โครงการ กิจกรรม งบประมาณ ตัวชี้วัด เป้าหมาย)",
  "proposal.undoGone": "เลิกทำไม่ได้: แผ่นงาน {sheet} หรือ {kept} ถูกเปลี่ยนชื่อหรือลบไปแล้ว จึงไม่ได้เปลี่ยนอะไร",
  "validate.undo": "เลิกทำ",
  "validate.undone": "เลิกทำแล้ว",
  "validate.mark": "ทำเครื่องหมายในแผ่นงาน",
  "validate.clearMarks": "ล้างเครื่องหมาย",
  "validate.marked": "ทำเครื่องหมาย {n} เซลล์แล้ว",
  "validate.checkedAt": "ตรวจเมื่อ {time}",
  "undo.indicators": "เพิ่มตัวชี้วัด",
  "undo.results": "บันทึกผลการดำเนินงาน",
  "undo.markDone": "กิจกรรมที่ {id} เสร็จแล้ว",
  "time.format": "{hh}.{mm}.{ss} น.",
  "validate.readProblems": "อ่านแผ่นงานแล้วพบปัญหา {n} ข้อ",

  // Template
  "template.fiscalYear": "ปีงบประมาณ (พ.ศ.)",
  "template.fiscalYearHint": "1 ต.ค. {start} – 30 ก.ย. {end}",
  "template.language": "ภาษาของแผ่นงาน",
  "template.kind": "เนื้อหา",
  "template.blank": "แม่แบบเปล่า",
  "template.example": "ตัวอย่าง (โครงการปีงบประมาณ 2560 ตามต้นฉบับ)",
  "template.insert": "ใส่แม่แบบ",
  "template.conflict": "มีแผ่นงานชื่อนี้อยู่แล้ว: {names} จะทำอย่างไร",
  "template.suffix": "เพิ่มชุดใหม่ (ต่อท้ายชื่อแผ่นงาน)",
  "template.replace": "ใส่แม่แบบแทน (แผ่นงานเดิมเก็บไว้ชื่อ \"… (เดิม)\")",
  "template.cancel": "ยกเลิก",
  "template.inserted": "ใส่แผ่นงานแล้ว: {names}",
  "template.cancelled": "ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลง",

  // Import
  "import.label": "วางข้อความโครงการ (จากไฟล์ Word หรือ PDF)",
  "import.placeholder": "ชื่อโครงการ … กิจกรรม … รายละเอียดการใช้งบประมาณ …",
  "import.read": "อ่านข้อความ",
  "import.understood": "สิ่งที่อ่านได้",
  "import.project": "โครงการ: {name}",
  "import.fiscalYear": "ปีงบประมาณ {fy}",
  "import.counts": "กิจกรรม {activities} · รายการงบประมาณ {lines} · ตัวชี้วัด {indicators}",
  "import.total": "รวมตามรายการ {total}",
  "import.allocation": "งบที่ได้รับจัดสรร {amount}",
  "import.problems": "ข้อความที่อ่านไม่ได้ ({n})",
  "import.line": "บรรทัด {n}",
  "import.findings": "ข้อผิดพลาด {n} ข้อ (ตรวจสอบหลังใส่ลงสมุดงาน)",
  "import.insert": "ใส่ลงสมุดงาน",
  "import.empty": "วางข้อความก่อน",

  // Schedule
  "schedule.period": "ระยะเวลาโครงการ {range}",
  "schedule.fiscalYear": "ปีงบประมาณ {fy}",
  "schedule.today": "วันนี้",
  "schedule.activity": "กิจกรรม",
  "schedule.status": "สถานะ",
  "schedule.status.planned": "ตามแผน",
  "schedule.status.in-progress": "กำลังดำเนินการ",
  "schedule.status.done": "เสร็จแล้ว",
  "schedule.status.late": "ล่าช้า",
  "schedule.markDone": "ทำเสร็จแล้ว",
  "schedule.noStatusCell": "ไม่พบเซลล์สถานะของกิจกรรมนี้",
  "schedule.quarters": "แผนการใช้จ่ายงบประมาณรายไตรมาส",
  "schedule.quarter": "ไตรมาส {q}",
  "schedule.quarterMonths": "{from} – {to}",
  "schedule.unscheduled": "ไม่ระบุเดือน",
  "schedule.outsideYear": "นอกปีงบประมาณ (ไม่นับในไตรมาส)",
  "schedule.total": "รวม",
  "schedule.fundsFrom": "เงินงบประมาณได้รับตั้งแต่ {month}",
  "schedule.noActivities": "ยังไม่มีกิจกรรม",
  "schedule.refresh": "อ่านแผ่นงานใหม่",

  // Indicators
  "indicators.generate": "สร้าง/ปรับปรุงตารางตัวชี้วัด",
  "indicators.done": "เพิ่มตัวชี้วัดลงตารางแล้ว {n} รายการ (เป้าหมายที่มีตัวชี้วัดในตารางอยู่แล้ว {matched} รายการ ไม่เพิ่มซ้ำ)",
  "indicators.upToDate": "ตารางตัวชี้วัดครบแล้ว ไม่มีรายการใหม่",
  "indicators.output": "ผลผลิต",
  "indicators.outcome": "ผลลัพธ์",
  "indicators.target": "ค่าเป้าหมาย",
  "indicators.achieved": "ผลที่ได้",
  "indicators.none": "ยังไม่มีตัวชี้วัด",
  "indicators.help": "สร้างตารางตัวชี้วัดจากเป้าหมายและกิจกรรมของโครงการ ลงในแผ่นงานตัวชี้วัด",

  // Results
  "results.received": "งบประมาณที่ได้รับ (บาท)",
  "results.spent": "ใช้จ่ายจริง (บาท)",
  "results.remaining": "คงเหลือ",
  "results.achievement": "ผลสำเร็จตามตัวชี้วัด",
  "results.achievedValue": "ผลที่ได้",
  "results.percent": "{pct}% ของเป้าหมาย",
  "results.save": "บันทึกลงแผ่นงาน",
  "results.saved": "บันทึกแล้ว",
  "results.invalid": "ตัวเลขไม่ถูกต้อง: {value}",
  "results.noCells": "ไม่พบแผ่นงานผลการดำเนินงาน ใส่แม่แบบก่อน",

  // Rates
  "rates.intro": "อัตราค่าใช้จ่ายที่ใช้ตรวจ (เพดาน)",
  "rates.ceiling": "ไม่เกิน {amount} ต่อ{unit}",
  "rates.source": "ที่มา: {source}",
  "rates.inForce": "มีผล {range}",
  "rates.asOf": "อัตราที่มีผล ณ {month}",
  "rates.confidence.high": "ยืนยันแล้ว",
  "rates.confidence.medium": "ค่อนข้างแน่นอน",
  "rates.confidence.low": "ควรตรวจซ้ำ",
  "rates.confidence.unconfirmed": "ยังไม่ยืนยัน",
  "rates.edit": "แก้ไขอัตราในแผ่นงาน",
  "rates.noSheet": "ไม่พบแผ่นงานอัตรา ใส่แม่แบบก่อน",
  "rates.confidence": "ความเชื่อมั่น: {level}",
  "rates.margin": "เกินได้ไม่เกิน {pct}% เมื่อได้รับอนุมัติ (ในช่วงนี้เป็นคำเตือน)",
  "rates.warnsOnly": " · เกินอัตรานี้เป็นคำเตือน ไม่ใช่ข้อผิดพลาด",
  "rates.unknown.title": "ยังไม่ทราบเพดานในเดือนนี้",
  "rates.unknown.item": "{category}: อัตราเดิมใช้ถึง {date} ({source}) จึงไม่ตรวจรายการหมวดนี้",
  "rates.unknown.how": "ใส่อัตราใหม่ในแผ่นงานอัตรา: เพิ่มแถวหมวดเดียวกัน เงื่อนไขเดียวกัน เพดานใหม่ มีผลตั้งแต่ และที่มา (เช่น หนังสือ กค 0408.4/ว 246 ลงวันที่ 31 ต.ค. 2568)",

  // What was read: the rest of its texts are in readingStrings.ts (loaded with its chunk)
  "reading.saved": "บันทึกการอ่านคอลัมน์แล้ว และตรวจใหม่ด้วยการอ่านนี้",
  "undo.mapping": "บันทึกการอ่านคอลัมน์",
} satisfies Record<string, string>;

export type StringKey = keyof typeof th;

/** One language's texts, every key. */
export type Catalogue = Readonly<Record<StringKey, string>>;

/** The Thai texts (the English ones: strings.en.ts). */
export const TH: Catalogue = th;

export type Vars = Record<string, string | number>;

const loaded: Partial<Record<Lang, Catalogue>> = { th };
let englishLoad: Promise<void> | undefined;

/** Whether the texts of `lang` are here (Thai always is; English once loadLang("en") has resolved). */
export function hasLang(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

/**
 * Fetches the texts of `lang` (English: the strings-en chunk), once. Rejects when the chunk cannot be fetched
 * (a later call tries again); until English is here, t("en", …) gives the Thai text.
 */
export function loadLang(lang: Lang): Promise<void> {
  if (loaded[lang]) return Promise.resolve();
  if (!englishLoad) {
    englishLoad = import(/* webpackChunkName: "strings-en" */ "./strings.en").then(
      (m) => {
        loaded.en = m.EN;
      },
      (e: unknown) => {
        englishLoad = undefined;
        throw e;
      },
    );
  }
  return englishLoad;
}

function fill(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The text for `key` in `lang` (Thai while that language is not loaded), with {placeholders} filled from `vars`. */
export function t(lang: Lang, key: StringKey, vars?: Vars): string {
  const text: string | undefined = (loaded[lang] ?? th)[key];
  return fill(text ?? key, vars);
}

/**
 * The text of `key` in both languages (labels that outlive a language switch, e.g. undo steps): fetches the
 * English texts first; if they cannot be fetched, both are Thai.
 */
export async function both(key: StringKey, vars?: Vars): Promise<{ th: string; en: string }> {
  await loadLang("en").catch(() => undefined);
  return { th: t("th", key, vars), en: t("en", key, vars) };
}

/** Pick the language of a bilingual message carried by the core ({ th, en }). */
export function pick(lang: Lang, message: { th: string; en: string }): string {
  return message[lang] || message.th;
}

const STORAGE_KEY = "budgetPlan.lang";

/**
 * The language the pane starts in: the user's saved choice; else Office's display language when it is
 * Thai or English ("th-TH" → th, "en-US" → en); else Thai.
 */
export function initialLang(storage: Pick<Storage, "getItem"> | undefined, officeLanguage?: string): Lang {
  try {
    const saved = storage?.getItem(STORAGE_KEY);
    if (saved === "th" || saved === "en") return saved;
  } catch {
    // storage may be unavailable (privacy mode, sandboxed webview)
  }
  const office = (officeLanguage ?? "").toLowerCase();
  if (office.startsWith("en")) return "en";
  return "th";
}

export function saveLang(storage: Pick<Storage, "setItem"> | undefined, lang: Lang): void {
  try {
    storage?.setItem(STORAGE_KEY, lang);
  } catch {
    // ignore: the choice just does not persist
  }
}
