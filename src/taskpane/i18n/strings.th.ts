/**
 * The Thai texts of the task pane (the default language), which also name every key: strings.ts has `t` and
 * the language loading, strings.en.ts the English texts (a chunk of its own). Placeholders are written {name}.
 */
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
  "validate.undoRefused": "เซลล์ {cells} ถูกแก้ไขหลังจากแก้ให้แล้ว จึงไม่เลิกทำ (ไม่เขียนทับสิ่งที่พิมพ์ใหม่)",

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
  "value.projectPeriod": "ระยะเวลาโครงการ",
  "value.fiscalYear": "ปีงบประมาณ",
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
  "proposal.stale": "ข้อมูลโครงการเปลี่ยนหลังจัดหน้าแผ่นงาน {sheet} ({changes}) อาจพิมพ์ไม่ครบ จัดหน้าใหม่ได้",
  "proposal.keepCopy": "ฉบับเดิมมีที่แก้ไว้ จะเก็บเป็นแผ่นงานแยก",
  "proposal.noCopy": "ฉบับเดิมมีแต่ที่ส่วนเสริมเขียน จะซ่อนไว้ (เลิกทำได้)",
  "proposal.behind": "แผ่นงาน {sheet} ยังจัดหน้าตามข้อมูลตอนใส่แม่แบบ ({changes}) จึงพิมพ์ได้ไม่ครบ: จัดหน้าใหม่ก่อนพิมพ์",
  "proposal.relaidHidden": "จัดหน้า {sheet} ใหม่แล้ว ฉบับเดิมมีแต่ที่ส่วนเสริมเขียน จึงซ่อนไว้เป็นแผ่นงาน {kept} (สำหรับเลิกทำ ไม่พิมพ์)",
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
  "undo.fixAt": "การแก้ {cells}",
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
  "schedule.noStatusCell": "ไม่พบเซลล์สถานะของกิจกรรมนี้",

  // Indicators
  "indicators.done": "เพิ่มตัวชี้วัดลงตารางแล้ว {n} รายการ (เป้าหมายที่มีตัวชี้วัดในตารางอยู่แล้ว {matched} รายการ ไม่เพิ่มซ้ำ)",
  "indicators.upToDate": "ตารางตัวชี้วัดครบแล้ว ไม่มีรายการใหม่",

  // Results
  "results.saved": "บันทึกแล้ว",

  // Rates

  // What was read: the rest of its texts are in readingStrings.ts (loaded with its chunk)
  "reading.saved": "บันทึกการอ่านคอลัมน์แล้ว และตรวจใหม่ด้วยการอ่านนี้",
  "undo.mapping": "บันทึกการอ่านคอลัมน์",
} satisfies Record<string, string>;

export type StringKey = keyof typeof th;

/** One language's texts, every key. */
export type Catalogue = Readonly<Record<StringKey, string>>;

export const TH: Catalogue = th;
