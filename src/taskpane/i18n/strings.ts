/**
 * Every user-facing string of the task pane, in Thai (the default) and English. Components never hold
 * literal text: they call `t(lang, key, vars)`. Placeholders are written {name}.
 */

export type Lang = "th" | "en";

export const LANGS: readonly Lang[] = ["th", "en"];

const catalogue = {
  // App frame
  "app.title": { th: "แผนงบประมาณโครงการ", en: "Project Budget Plan" },
  "app.loading": { th: "กำลังโหลด…", en: "Loading…" },
  "app.host.excel": { th: "เชื่อมต่อกับ Excel", en: "Connected to Excel" },
  "app.host.preview": { th: "โหมดทดลองในเบราว์เซอร์ (สมุดงานจำลอง)", en: "Browser preview (simulated workbook)" },
  "app.version": { th: "รุ่น {version}", en: "version {version}" },
  "app.language": { th: "ภาษา", en: "Language" },
  "app.lang.th": { th: "ไทย", en: "ไทย" },
  "app.lang.en": { th: "English", en: "English" },
  "app.busy": { th: "กำลังทำงาน…", en: "Working…" },
  "app.error": { th: "เกิดข้อผิดพลาด: {message}", en: "Something went wrong: {message}" },
  "app.dismiss": { th: "ปิด", en: "Dismiss" },
  "app.startFailed": { th: "เริ่มต้นส่วนเสริมไม่สำเร็จ: {message}", en: "The add-in could not start: {message}" },
  "app.noPlan": {
    th: "ยังไม่พบแผ่นงานโครงการในสมุดงานนี้ ใส่แม่แบบจากแท็บ แม่แบบ ก่อน",
    en: "No plan sheets found in this workbook. Insert a template from the Template tab first.",
  },
  "app.paneRegion": { th: "บานหน้าต่างแผนงบประมาณ (F6 สลับไปตาราง)", en: "Budget plan pane (F6 switches to the sheet)" },
  "app.gridRegion": { th: "สมุดงานจำลอง (F6 สลับไปบานหน้าต่าง)", en: "Preview workbook (F6 switches to the pane)" },
  // the language a sheet is written in (the language switch above names each language in itself)
  "sheetLang.th": { th: "ไทย", en: "Thai" },
  "sheetLang.en": { th: "อังกฤษ", en: "English" },
  "app.start.template": { th: "ใส่แม่แบบแผนงาน", en: "Insert a plan template" },
  "app.start.import": { th: "นำเข้าข้อความโครงการ", en: "Import project text" },
  "req.missing": {
    th: "Excel รุ่นนี้ไม่รองรับ {sets} บางคำสั่งจะใช้ไม่ได้",
    en: "This Excel does not support {sets}; some commands will not work.",
  },
  "req.allOk": { th: "รองรับชุดคำสั่งที่ต้องใช้ครบ", en: "All required API sets are supported" },

  // Errors from Excel and the start of the pane (src/taskpane/errors.ts maps error codes to these)
  "err.cellEdit": {
    th: "Excel กำลังแก้ไขเซลล์อยู่ กด Enter หรือ Esc เพื่อออกจากเซลล์ แล้วลองอีกครั้ง",
    en: "Excel is busy editing a cell. Press Enter or Esc to leave the cell, then try again.",
  },
  "err.tooLarge": {
    th: "ข้อมูลที่ส่งหรือรับจาก Excel มีขนาดเกินที่ Excel บนเว็บยอมรับ (5 MB ต่อครั้ง) ลองแบ่งแผนเป็นหลายสมุดงาน หรือใช้ Excel บนเดสก์ท็อป",
    en: "Too much data for one exchange with Excel (Excel on the web accepts 5 MB at a time). Split the plan into several workbooks, or use Excel on the desktop.",
  },
  "err.notFound": {
    th: "ไม่พบแผ่นงานหรือเซลล์ที่ต้องใช้ อาจถูกลบหรือเปลี่ยนชื่อ กด ตรวจสอบ อีกครั้ง",
    en: "A sheet or cell the add-in needs was not found; it may have been deleted or renamed. Press Validate again.",
  },
  "err.protected": {
    th: "แผ่นงานถูกป้องกันไว้ จึงแก้ไขไม่ได้ ยกเลิกการป้องกันแผ่นงาน (รีวิว → ยกเลิกการป้องกันแผ่นงาน) แล้วลองอีกครั้ง",
    en: "The sheet is protected, so it cannot be changed. Unprotect it (Review → Unprotect Sheet) and try again.",
  },
  "err.exists": { th: "มีแผ่นงานหรือชื่อนี้อยู่แล้ว", en: "A sheet or name like this already exists." },
  "err.invalid": {
    th: "Excel ไม่ยอมรับคำสั่งนี้ ({code}) ลองอีกครั้ง หากยังไม่ได้ ให้คัดลอกรายละเอียดส่งผู้ดูแล",
    en: "Excel refused the request ({code}). Try again; if it keeps failing, copy the details for your IT contact.",
  },
  "err.busy": {
    th: "Excel ไม่ว่างหรือการเชื่อมต่อขาดช่วง รอสักครู่แล้วลองอีกครั้ง",
    en: "Excel is busy or the connection dropped. Wait a moment and try again.",
  },
  "err.unknown": {
    th: "เกิดข้อผิดพลาดที่ไม่คาดคิด ลองอีกครั้ง หากยังไม่ได้ ให้คัดลอกรายละเอียดส่งผู้ดูแล",
    en: "Something unexpected went wrong. Try again; if it keeps failing, copy the details for your IT contact.",
  },
  "err.details": { th: "รายละเอียด: {detail}", en: "Details: {detail}" },
  "err.liveOff": {
    th: "เปิดการตรวจสอบอัตโนมัติไม่ได้ (Excel ไม่รับการแจ้งเตือนการแก้ไข) ปิดการตรวจอัตโนมัติแล้ว กด ตรวจสอบ เองหลังแก้ไข",
    en: "Checking as you edit could not be turned on (Excel refused change notifications), so it is off. Press Validate after editing.",
  },
  "err.crash.title": { th: "ส่วนเสริมหยุดทำงาน", en: "The add-in stopped working" },
  "err.crash.body": {
    th: "แผ่นงานของคุณไม่ได้รับผลกระทบ ลองโหลดบานหน้าต่างใหม่ หากยังเกิดซ้ำ ให้คัดลอกรายละเอียดส่งผู้ดูแล",
    en: "Your sheets are not affected. Reload the pane; if this happens again, copy the details for your IT contact.",
  },
  "err.reload": { th: "โหลดใหม่", en: "Reload" },
  "err.copy": { th: "คัดลอกรายละเอียด", en: "Copy details" },
  "err.copied": { th: "คัดลอกแล้ว", en: "Copied" },
  "start.waiting": {
    th: "กำลังรอ Excel… (Excel ตอบช้ากว่าปกติ)",
    en: "Waiting for Excel… (Excel is slower than usual to answer)",
  },
  "start.timeout": {
    th: "Excel ไม่ตอบสนอง ส่วนเสริมจึงเริ่มทำงานไม่ได้ ปิดแล้วเปิดบานหน้าต่างใหม่ หรือเริ่ม Excel ใหม่",
    en: "Excel did not answer, so the add-in could not start. Close and reopen the pane, or restart Excel.",
  },
  "start.notExcel": {
    th: "ส่วนเสริมนี้ใช้ได้ใน Excel เท่านั้น (เปิดใน {host})",
    en: "This add-in works in Excel only (opened in {host}).",
  },
  "template.kept": {
    th: "เก็บแผ่นงานเดิมไว้ในชื่อใหม่ ไม่มีการลบ: {names}",
    en: "The old sheets were kept under new names, nothing deleted: {names}",
  },
  "validate.undoPartial": {
    th: "เลิกทำแล้ว ยกเว้น {n} เซลล์ที่ถูกแก้ไขหลังจากนั้น จึงไม่ได้เปลี่ยน: {cells}",
    en: "Undone, except {n} cells that were changed afterwards and were left alone: {cells}",
  },

  // Tabs
  "tab.validate": { th: "ตรวจสอบ", en: "Validate" },
  "tab.template": { th: "แม่แบบ", en: "Template" },
  "tab.import": { th: "นำเข้า", en: "Import" },
  "tab.schedule": { th: "กำหนดการ", en: "Schedule" },
  "tab.indicators": { th: "ตัวชี้วัด", en: "Indicators" },
  "tab.results": { th: "ผลการดำเนินงาน", en: "Results" },
  "tab.rates": { th: "อัตรา", en: "Rates" },

  // Validate
  "validate.run": { th: "ตรวจสอบ", en: "Validate" },
  "validate.live": { th: "ตรวจสอบอัตโนมัติเมื่อแก้ไข", en: "Check as I edit" },
  "validate.summary": {
    th: "ข้อผิดพลาด {error} · คำเตือน {warning} · ข้อสังเกต {info}",
    en: "{error} errors · {warning} warnings · {info} notes",
  },
  "validate.none": { th: "ไม่พบปัญหา", en: "No problems found" },
  "validate.empty": {
    th: "ยังไม่มีข้อมูลให้ตรวจ ใส่กิจกรรมและรายการงบประมาณในแผ่นงานก่อน",
    en: "Nothing to check yet. Enter activities and budget lines in the sheets first.",
  },
  "validate.set": { th: "ชุดแผนที่ตรวจ", en: "Plan set checked" },
  "validate.setActive": { th: "ตามแผ่นงานที่เปิดอยู่ ({label})", en: "The active sheet's ({label})" },
  "validate.notRun": { th: "ยังไม่ได้ตรวจสอบ กด ตรวจสอบ", en: "Not checked yet. Press Validate." },
  "validate.severity.error": { th: "ข้อผิดพลาด", en: "Errors" },
  "validate.severity.warning": { th: "คำเตือน", en: "Warnings" },
  "validate.severity.info": { th: "ข้อสังเกต", en: "Notes" },
  "validate.expected": { th: "ควรเป็น", en: "Expected" },
  "validate.actual": { th: "ที่ระบุ", en: "Stated" },
  // what the two figures of a finding are, where "expected / stated" would mislead
  // a percentage as Thai plans write it ("ร้อยละ 80"), "80%" in English; the Thai unit word itself
  "unit.percent": { th: "ร้อยละ {n}", en: "{n}%" },
  "unit.percentWord": { th: "ร้อยละ", en: "percent" },
  "value.allocation": { th: "งบที่ได้รับจัดสรร", en: "Allocation" },
  "value.linesTotal": { th: "รายการรวม (ตามการคำนวณ)", en: "Lines total (as computed)" },
  "value.period": { th: "ช่วงเวลาของกิจกรรม", en: "Activity period" },
  "value.monthGiven": { th: "เดือนที่ระบุ", en: "Month given" },
  "value.fundsFrom": { th: "งบได้รับตั้งแต่", en: "Funds from" },
  "value.activityEnds": { th: "กิจกรรมสิ้นสุด", en: "Activity ends" },
  "value.received": { th: "ได้รับ", en: "Received" },
  "value.spent": { th: "ใช้จ่าย", en: "Spent" },
  "value.spellingFirst": { th: "เขียนครั้งแรกว่า", en: "First written as" },
  "value.spellingHere": { th: "เขียนที่นี่ว่า", en: "Written here as" },
  "value.target": { th: "เป้าหมาย", en: "Target" },
  "value.counted": { th: "นับได้", en: "Counted" },
  "validate.cell": { th: "เซลล์", en: "Cell" },
  "validate.goto": { th: "ไปที่เซลล์ {cell}", en: "Go to cell {cell}" },
  "validate.fix": { th: "แก้ไข", en: "Fix" },
  "validate.fixed": { th: "แก้ไขแล้ว: {what}", en: "Fixed: {what}" },
  // the printable proposal (แบบเสนอโครงการ) laid out again
  "proposal.stale": {
    th: "ข้อมูลโครงการเปลี่ยนหลังจัดหน้าแผ่นงาน {sheet} ข้อความบางส่วนอาจพิมพ์ไม่ครบหรือแถวไม่พอดี จัดหน้าใหม่ได้ (ฉบับเดิมเก็บไว้เป็นแผ่นงานแยก)",
    en: "The plan changed after the sheet {sheet} was laid out: some text may not print in full or fit its rows. Lay it out again (the old one is kept as a separate sheet).",
  },
  "proposal.relayout": { th: "จัดหน้าแบบเสนอโครงการใหม่", en: "Lay the proposal out again" },
  "proposal.relaid": {
    th: "จัดหน้า {sheet} ใหม่แล้ว ฉบับเดิมเก็บไว้ในแผ่นงาน {kept}",
    en: "{sheet} laid out again; the old one is kept in the sheet {kept}",
  },
  "proposal.undoLabel": { th: "จัดหน้า {sheet} ใหม่", en: "lay out {sheet} again" },
  "proposal.cannot": {
    th: "จัดหน้าแบบเสนอโครงการใหม่ไม่ได้: อ่านตารางที่ใช้สร้างไม่ครบ (โครงการ กิจกรรม งบประมาณ ตัวชี้วัด เป้าหมาย)",
    en: "Cannot lay the proposal out again: a table it is drawn from could not be read (project, activities, budget, indicators, targets)",
  },
  "proposal.undoGone": {
    th: "เลิกทำไม่ได้: แผ่นงาน {sheet} หรือ {kept} ถูกเปลี่ยนชื่อหรือลบไปแล้ว จึงไม่ได้เปลี่ยนอะไร",
    en: "Could not undo: the sheet {sheet} or {kept} was renamed or removed since, so nothing was changed",
  },
  "validate.undo": { th: "เลิกทำ", en: "Undo" },
  "validate.undone": { th: "เลิกทำแล้ว", en: "Undone" },
  "validate.mark": { th: "ทำเครื่องหมายในแผ่นงาน", en: "Mark in sheet" },
  "validate.clearMarks": { th: "ล้างเครื่องหมาย", en: "Clear marks" },
  "validate.marked": { th: "ทำเครื่องหมาย {n} เซลล์แล้ว", en: "Marked {n} cells" },
  "validate.checkedAt": { th: "ตรวจเมื่อ {time}", en: "Checked at {time}" },
  "undo.indicators": { th: "เพิ่มตัวชี้วัด", en: "Add indicators" },
  "undo.results": { th: "บันทึกผลการดำเนินงาน", en: "Save results" },
  "undo.markDone": { th: "กิจกรรมที่ {id} เสร็จแล้ว", en: "Activity {id} done" },
  "time.format": { th: "{hh}.{mm}.{ss} น.", en: "{hh}:{mm}:{ss}" },
  "validate.readProblems": { th: "อ่านแผ่นงานแล้วพบปัญหา {n} ข้อ", en: "{n} problems reading the sheets" },

  // Template
  "template.fiscalYear": { th: "ปีงบประมาณ (พ.ศ.)", en: "Fiscal year (B.E.)" },
  "template.fiscalYearHint": { th: "1 ต.ค. {start} – 30 ก.ย. {end}", en: "1 Oct {startCE} – 30 Sep {endCE}" },
  "template.language": { th: "ภาษาของแผ่นงาน", en: "Sheet language" },
  "template.kind": { th: "เนื้อหา", en: "Content" },
  "template.blank": { th: "แม่แบบเปล่า", en: "Blank template" },
  "template.example": { th: "ตัวอย่าง (โครงการปีงบประมาณ 2560 ตามต้นฉบับ)", en: "Example (the FY2560 project, as written)" },
  "template.insert": { th: "ใส่แม่แบบ", en: "Insert template" },
  "template.conflict": {
    th: "มีแผ่นงานชื่อนี้อยู่แล้ว: {names} จะทำอย่างไร",
    en: "Sheets with these names already exist: {names}. What should happen?",
  },
  "template.suffix": { th: "เพิ่มชุดใหม่ (ต่อท้ายชื่อแผ่นงาน)", en: "Add alongside (suffix the names)" },
  "template.replace": {
    th: "ใส่แม่แบบแทน (แผ่นงานเดิมเก็บไว้ชื่อ \"… (เดิม)\")",
    en: "Use the new sheets (old ones kept as \"… (old)\")",
  },
  "template.cancel": { th: "ยกเลิก", en: "Cancel" },
  "template.inserted": { th: "ใส่แผ่นงานแล้ว: {names}", en: "Inserted sheets: {names}" },
  "template.cancelled": { th: "ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลง", en: "Cancelled; nothing changed" },

  // Import
  "import.label": { th: "วางข้อความโครงการ (จากไฟล์ Word หรือ PDF)", en: "Paste the project text (from Word or PDF)" },
  "import.placeholder": {
    th: "ชื่อโครงการ … กิจกรรม … รายละเอียดการใช้งบประมาณ …",
    en: "Project name … activities … budget detail …",
  },
  "import.read": { th: "อ่านข้อความ", en: "Read text" },
  "import.understood": { th: "สิ่งที่อ่านได้", en: "What was understood" },
  "import.project": { th: "โครงการ: {name}", en: "Project: {name}" },
  "import.fiscalYear": { th: "ปีงบประมาณ {fy}", en: "Fiscal year {fy}" },
  "import.counts": {
    th: "กิจกรรม {activities} · รายการงบประมาณ {lines} · ตัวชี้วัด {indicators}",
    en: "{activities} activities · {lines} budget lines · {indicators} indicators",
  },
  "import.total": { th: "รวมตามรายการ {total}", en: "Sum of lines {total}" },
  "import.allocation": { th: "งบที่ได้รับจัดสรร {amount}", en: "Allocation {amount}" },
  "import.problems": { th: "ข้อความที่อ่านไม่ได้ ({n})", en: "Text not understood ({n})" },
  "import.line": { th: "บรรทัด {n}", en: "Line {n}" },
  "import.findings": { th: "ข้อผิดพลาด {n} ข้อ (ตรวจสอบหลังใส่ลงสมุดงาน)", en: "{n} errors (check after inserting)" },
  "import.insert": { th: "ใส่ลงสมุดงาน", en: "Insert into workbook" },
  "import.empty": { th: "วางข้อความก่อน", en: "Paste some text first" },

  // Schedule
  "schedule.period": { th: "ระยะเวลาโครงการ {range}", en: "Project period {range}" },
  "schedule.fiscalYear": { th: "ปีงบประมาณ {fy}", en: "Fiscal year {fy}" },
  "schedule.today": { th: "วันนี้", en: "Today" },
  "schedule.activity": { th: "กิจกรรม", en: "Activity" },
  "schedule.status": { th: "สถานะ", en: "Status" },
  "schedule.status.planned": { th: "ตามแผน", en: "Planned" },
  "schedule.status.in-progress": { th: "กำลังดำเนินการ", en: "In progress" },
  "schedule.status.done": { th: "เสร็จแล้ว", en: "Done" },
  "schedule.status.late": { th: "ล่าช้า", en: "Late" },
  "schedule.markDone": { th: "ทำเสร็จแล้ว", en: "Mark done" },
  "schedule.noStatusCell": { th: "ไม่พบเซลล์สถานะของกิจกรรมนี้", en: "This activity has no status cell" },
  "schedule.quarters": { th: "แผนการใช้จ่ายงบประมาณรายไตรมาส", en: "Quarterly spending plan" },
  "schedule.quarter": { th: "ไตรมาส {q}", en: "Q{q}" },
  "schedule.quarterMonths": { th: "{from} – {to}", en: "{from} – {to}" },
  "schedule.unscheduled": { th: "ไม่ระบุเดือน", en: "No month" },
  "schedule.outsideYear": { th: "นอกปีงบประมาณ (ไม่นับในไตรมาส)", en: "Outside the fiscal year (in no quarter)" },
  "schedule.total": { th: "รวม", en: "Total" },
  "schedule.fundsFrom": { th: "เงินงบประมาณได้รับตั้งแต่ {month}", en: "Funds available from {month}" },
  "schedule.noActivities": { th: "ยังไม่มีกิจกรรม", en: "No activities yet" },
  "schedule.refresh": { th: "อ่านแผ่นงานใหม่", en: "Reload from sheet" },

  // Indicators
  "indicators.generate": { th: "สร้าง/ปรับปรุงตารางตัวชี้วัด", en: "Generate / refresh indicator table" },
  "indicators.done": {
    th: "เพิ่มตัวชี้วัดลงตารางแล้ว {n} รายการ (เป้าหมายที่มีตัวชี้วัดในตารางอยู่แล้ว {matched} รายการ ไม่เพิ่มซ้ำ)",
    en: "Added {n} indicators to the table ({matched} targets already had an indicator there, not added again)",
  },
  "indicators.upToDate": { th: "ตารางตัวชี้วัดครบแล้ว ไม่มีรายการใหม่", en: "The indicator table is up to date" },
  "indicators.output": { th: "ผลผลิต", en: "Output" },
  "indicators.outcome": { th: "ผลลัพธ์", en: "Outcome" },
  "indicators.target": { th: "ค่าเป้าหมาย", en: "Target" },
  "indicators.achieved": { th: "ผลที่ได้", en: "Achieved" },
  "indicators.none": { th: "ยังไม่มีตัวชี้วัด", en: "No indicators yet" },
  "indicators.help": {
    th: "สร้างตารางตัวชี้วัดจากเป้าหมายและกิจกรรมของโครงการ ลงในแผ่นงานตัวชี้วัด",
    en: "Builds the indicator table from the project's targets and activities into the indicators sheet.",
  },

  // Results
  "results.received": { th: "งบประมาณที่ได้รับ (บาท)", en: "Budget received (baht)" },
  "results.spent": { th: "ใช้จ่ายจริง (บาท)", en: "Spent (baht)" },
  "results.remaining": { th: "คงเหลือ", en: "Remaining" },
  "results.achievement": { th: "ผลสำเร็จตามตัวชี้วัด", en: "Indicator achievement" },
  "results.achievedValue": { th: "ผลที่ได้", en: "Achieved" },
  "results.percent": { th: "{pct}% ของเป้าหมาย", en: "{pct}% of target" },
  "results.save": { th: "บันทึกลงแผ่นงาน", en: "Save to sheet" },
  "results.saved": { th: "บันทึกแล้ว", en: "Saved" },
  "results.invalid": { th: "ตัวเลขไม่ถูกต้อง: {value}", en: "Not a number: {value}" },
  "results.noCells": { th: "ไม่พบแผ่นงานผลการดำเนินงาน ใส่แม่แบบก่อน", en: "No results sheet found. Insert a template first." },

  // Rates
  "rates.intro": { th: "อัตราค่าใช้จ่ายที่ใช้ตรวจ (เพดาน)", en: "Rate ceilings used by the checks" },
  "rates.ceiling": { th: "ไม่เกิน {amount} ต่อ{unit}", en: "Up to {amount} per {unit}" },
  "rates.source": { th: "ที่มา: {source}", en: "Source: {source}" },
  "rates.inForce": { th: "มีผล {range}", en: "In force {range}" },
  "rates.asOf": { th: "อัตราที่มีผล ณ {month}", en: "Rates in force in {month}" },
  "rates.confidence.high": { th: "ยืนยันแล้ว", en: "Confirmed" },
  "rates.confidence.medium": { th: "ค่อนข้างแน่นอน", en: "Fairly sure" },
  "rates.confidence.low": { th: "ควรตรวจซ้ำ", en: "Check again" },
  "rates.confidence.unconfirmed": { th: "ยังไม่ยืนยัน", en: "Unconfirmed" },
  "rates.edit": { th: "แก้ไขอัตราในแผ่นงาน", en: "Edit rates in the sheet" },
  "rates.noSheet": { th: "ไม่พบแผ่นงานอัตรา ใส่แม่แบบก่อน", en: "No rates sheet found. Insert a template first." },
  "rates.confidence": { th: "ความเชื่อมั่น: {level}", en: "Confidence: {level}" },
  "rates.margin": {
    th: "เกินได้ไม่เกิน {pct}% เมื่อได้รับอนุมัติ (ในช่วงนี้เป็นคำเตือน)",
    en: "Up to {pct}% more with approval (a warning within it)",
  },
  "rates.warnsOnly": { th: " · เกินอัตรานี้เป็นคำเตือน ไม่ใช่ข้อผิดพลาด", en: " · above it is a warning, not an error" },
  "rates.unknown.title": { th: "ยังไม่ทราบเพดานในเดือนนี้", en: "No ceiling known for this month" },
  "rates.unknown.item": {
    th: "{category}: อัตราเดิมใช้ถึง {date} ({source}) จึงไม่ตรวจรายการหมวดนี้",
    en: "{category}: the previous rate ended on {date} ({source}), so lines of this category are not checked",
  },
  "rates.unknown.how": {
    th: "ใส่อัตราใหม่ในแผ่นงานอัตรา: เพิ่มแถวหมวดเดียวกัน เงื่อนไขเดียวกัน เพดานใหม่ มีผลตั้งแต่ และที่มา (เช่น หนังสือ กค 0408.4/ว 246 ลงวันที่ 31 ต.ค. 2568)",
    en: "Enter the new rate on the rates sheet: add a row with the same category and conditions, the new ceiling, its start date and its source (e.g. MoF letter 0408.4/W246 of 31 Oct 2025)",
  },

  // What was read: the rest of its texts are in readingStrings.ts (loaded with its chunk)
  "reading.saved": { th: "บันทึกการอ่านคอลัมน์แล้ว และตรวจใหม่ด้วยการอ่านนี้", en: "Column reading saved; checked again with it" },
  "undo.mapping": { th: "บันทึกการอ่านคอลัมน์", en: "Save the column reading" },
} as const satisfies Record<string, { th: string; en: string }>;

export type StringKey = keyof typeof catalogue;

export const STRINGS: Readonly<Record<StringKey, { th: string; en: string }>> = catalogue;

export type Vars = Record<string, string | number>;

/** The text for `key` in `lang`, with {placeholders} filled from `vars`. */
export function t(lang: Lang, key: StringKey, vars?: Vars): string {
  const entry = catalogue[key];
  const text: string = entry ? entry[lang] : key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The text of `key` in both languages (labels that outlive a language switch, e.g. undo steps). */
export function both(key: StringKey, vars?: Vars): { th: string; en: string } {
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
