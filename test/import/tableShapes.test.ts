// Table shapes of project texts: a PDCA step column before the activity column, bar (pipe) tables,
// budget tables split by expense class with the lines under activity headings, and a sources table /
// source column beside the budget. Each is read through the whole importer and checker.
import { importProjectText } from "../../src/import/index";
import { checkProjectText } from "../../src/import/check";
import { barRowToTabs, isBarRule } from "../../src/import/pipeTable";
import { isStepCell } from "../../src/import/activityTable";
import { dropSourceCells, fundingRow, isFundingSource } from "../../src/import/fundingTable";

const flagged = (text: string) =>
  checkProjectText(text)
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}@${f.line ?? "?"}`);

describe("bar tables", () => {
  it("turns framed and unframed bar rows into tab rows, rules into blanks", () => {
    expect(barRowToTabs("| ค่ารางวัล | 6 รางวัล | 300 | 1,800 |")).toBe("ค่ารางวัล\t6 รางวัล\t300\t1,800");
    expect(barRowToTabs("| กิจกรรมที่ 2 ประกวด | | | |")).toBe("กิจกรรมที่ 2 ประกวด");
    expect(barRowToTabs("| | รวมกิจกรรมที่ 1 | | 5,500 |")).toBe("\tรวมกิจกรรมที่ 1\t\t5,500");
    expect(barRowToTabs("ตัวชี้วัด | วิธีการ | เครื่องมือ")).toBe("ตัวชี้วัด\tวิธีการ\tเครื่องมือ");
    expect(barRowToTabs("│ 1 │ ประชุม │ ธ.ค. 68 │")).toBe("1\tประชุม\tธ.ค. 68");
    for (const rule of ["|---|---|", "|:---:|:---|---:|", "+------+-------+", "+======+=====+", "| --- | --- |"]) {
      expect(isBarRule(rule)).toBe(true);
      expect(barRowToTabs(rule)).toBe("");
    }
  });

  it("leaves prose with one bar, or with an empty cell between bars, as it is", () => {
    expect(barRowToTabs("ค่าอาหาร 50 บาท | 2 มื้อ")).toBe("ค่าอาหาร 50 บาท | 2 มื้อ");
    expect(barRowToTabs("a || b | c")).toBe("a || b | c");
    expect(isBarRule("------------")).toBe(false);
  });

  it("reads a document whose tables are all typed with bars, and finds its budget without an activity", () => {
    const text = [
      "โครงการ ทดสอบ",
      "ระยะเวลา: พฤศจิกายน 2568",
      "งบประมาณ: 1,800 บาท",
      "",
      "วิธีดำเนินการ",
      "| ขั้นตอน | กิจกรรม | ระยะเวลา |",
      "|---|---|---|",
      "| D | กิจกรรมที่ 1 ตรวจสุขภาพ | พ.ย. 2568 |",
      "",
      "งบประมาณ",
      "| รายการ | จำนวน | หน่วยละ | รวม |",
      "|---|---|---|---|",
      "| กิจกรรมที่ 2 ประกวดห้องเรียน | | | |",
      "| ค่ารางวัล | 6 รางวัล | 300 | 1,800 |",
      "| รวมทั้งสิ้น | | | 1,800 |",
    ].join("\n");
    const plan = importProjectText(text).plan;
    expect(plan.activities.map((a) => [a.id, a.name])).toEqual([["1", "ตรวจสุขภาพ"]]);
    expect(plan.budgetLines.map((l) => [l.item, l.quantity, l.unitCost, l.statedAmount])).toEqual([["ค่ารางวัล", 6, 30000, 180000]]);
    expect(flagged(text)).toEqual(["budget-without-activity@13"]);
  });
});

describe("PDCA step column", () => {
  it("knows step cells and not activities", () => {
    for (const s of ["P", "D", "Do", "Plan", "Act", "P วางแผน", "D ดำเนินการ", "วางแผน (P)", "ขั้นดำเนินการ (Do)", "ขั้นตรวจสอบ/ประเมินผล (Check)", "ปรับปรุง (A)"])
      expect(isStepCell(s)).toBe(true);
    for (const s of ["กิจกรรมที่ 1 ประกวด", "ประชุมคณะกรรมการ", "ค่ายคณิต", "Data science"]) expect(isStepCell(s)).toBe(false);
  });

  it("takes the activity cell, numbers unnumbered steps apart, and matches the budget by the activity", () => {
    const text = [
      "โครงการ ทดสอบ",
      "ระยะเวลาดำเนินการ ธันวาคม 2568 - มกราคม 2569",
      "งบประมาณ 1,600 บาท",
      "",
      "วิธีดำเนินการ",
      "ขั้นตอนการดำเนินงาน\tกิจกรรม\tระยะเวลา",
      "P วางแผน\tประชุมวางแผน\tธันวาคม 2568",
      "D ดำเนินการ\tกิจกรรมที่ 1 สัปดาห์ห้องสมุด\tธันวาคม 2568",
      "\tกิจกรรมที่ 2 ยอดนักอ่าน\tมกราคม 2569",
      "C ตรวจสอบ\tประเมินผล\tมกราคม 2569",
      "",
      "งบประมาณ",
      "กิจกรรมที่ 1 สัปดาห์ห้องสมุด",
      "ค่าป้ายไวนิล จำนวน 2 ป้าย ป้ายละ 500 บาท เป็นเงิน 1,000 บาท",
      "กิจกรรมที่ 2 ยอดนักอ่าน",
      "ค่ารางวัล จำนวน 3 รางวัล รางวัลละ 200 บาท เป็นเงิน 600 บาท",
      "รวมทั้งสิ้น 1,600 บาท",
    ].join("\n");
    const plan = importProjectText(text).plan;
    const byName = Object.fromEntries(plan.activities.map((a) => [a.name, a.id]));
    expect(byName["สัปดาห์ห้องสมุด"]).toBe("1");
    expect(byName["ยอดนักอ่าน"]).toBe("2");
    expect(new Set(plan.activities.map((a) => a.id)).size).toBe(4);
    expect(plan.activities.some((a) => /ดำเนินการ|^D$/.test(a.name))).toBe(false);
    expect(plan.budgetLines.map((l) => l.activityId)).toEqual(["1", "2"]);
    expect(flagged(text)).toEqual([]);
  });
});

describe("expense-class columns", () => {
  it("reads each row under an activity heading as one line, its class from its column", () => {
    const text = [
      "โครงการ ทดสอบ",
      "ระยะเวลาดำเนินการ มกราคม 2569",
      "งบประมาณ 5,600 บาท",
      "",
      "วิธีดำเนินการ",
      "กิจกรรมที่ 1 ติวเข้ม มกราคม 2569",
      "",
      "งบประมาณ",
      "รายการ\tค่าตอบแทน\tค่าใช้สอย\tค่าวัสดุ\tรวม",
      "กิจกรรมที่ 1 ติวเข้ม",
      "ค่าอาหารว่างนักเรียน 45 คน คนละ 20 บาท 4 มื้อ\t-\t3,600\t-\t3,600",
      "ค่าวัสดุการติว\t-\t-\t2,000\t2,000",
      "รวมกิจกรรมที่ 1\t-\t3,600\t2,000\t5,600",
      "รวมทั้งสิ้น\t-\t3,600\t2,000\t5,600",
    ].join("\n");
    const plan = importProjectText(text).plan;
    expect(plan.budgetLines.map((l) => [l.activityId, l.expenseClass, l.quantity, l.unitCost, l.times, l.statedAmount])).toEqual([
      ["1", "services", 45, 2000, 4, 360000],
      ["1", "materials", null, null, null, 200000],
    ]);
    expect(flagged(text)).toEqual([]);
    // a wrong factor is found on its line
    expect(flagged(text.replace("\t3,600\t-\t3,600", "\t3,800\t-\t3,800").replace("3,600\t2,000\t5,600", "3,800\t2,000\t5,800").replace("3,600\t2,000\t5,600", "3,800\t2,000\t5,800"))).toContain("line-amount-mismatch@11");
  });
});

describe("sources of money", () => {
  it("knows sources, their table rows, and drops a source column from a budget line", () => {
    expect(isFundingSource("เงินอุดหนุนรายหัว")).toBe(true);
    expect(isFundingSource("- เงินรายได้สถานศึกษา 2,000")).toBe(true);
    expect(isFundingSource("ค่าวัสดุ")).toBe(false);
    expect(fundingRow("รวม\t20,000 บาท")).toEqual({ amount: 2000000, total: true });
    expect(fundingRow("ค่าวัสดุ\t3,600")).toBeUndefined();
    expect(dropSourceCells("ค่าวัสดุอุปกรณ์ค่าย\t3,600\tเงินอุดหนุนรายหัว")).toBe("ค่าวัสดุอุปกรณ์ค่าย เป็นเงิน 3,600 บาท");
    expect(dropSourceCells("ค่ารางวัล\t3,000\tเงินกิจกรรมพัฒนาผู้เรียน 1,000 / เงินรายได้สถานศึกษา 2,000")).toBe("ค่ารางวัล เป็นเงิน 3,000 บาท");
    expect(dropSourceCells("ค่าวัสดุ\t3,600")).toBe("ค่าวัสดุ\t3,600");
  });

  it("does not take a sources table's รวม for a budget total, and keeps lines with a source column", () => {
    const text = [
      "โครงการ ทดสอบ",
      "ระยะเวลาดำเนินการ มกราคม 2569",
      "งบประมาณ 5,600 บาท",
      "",
      "แหล่งงบประมาณ",
      "เงินอุดหนุนรายหัว\t3,600 บาท",
      "เงินกิจกรรมพัฒนาผู้เรียน\t2,000 บาท",
      "รวม\t5,600 บาท",
      "",
      "วิธีดำเนินการ",
      "กิจกรรมที่ 1 ค่าย มกราคม 2569",
      "",
      "งบประมาณ",
      "กิจกรรมที่ 1 ค่าย",
      "ค่าวัสดุอุปกรณ์ค่าย\t3,600\tเงินอุดหนุนรายหัว",
      "ค่าตกแต่งสถานที่\t2,000\tเงินกิจกรรมพัฒนาผู้เรียน",
      "รวมทั้งสิ้น\t5,600 บาท",
    ].join("\n");
    const r = importProjectText(text);
    expect(r.plan.budgetLines.map((l) => [l.item, l.statedAmount])).toEqual([
      ["ค่าวัสดุอุปกรณ์ค่าย", 360000],
      ["ค่าตกแต่งสถานที่", 200000],
    ]);
    expect(r.plan.subtotals.filter((s) => s.statedAmount === 2000000)).toEqual([]);
    expect(checkProjectText(text).findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("a total under no heading", () => {
  it("never gives a finding that names activity '?'", () => {
    const text = [
      "โครงการ ทดสอบ",
      "ระยะเวลาดำเนินการ มกราคม 2569",
      "งบประมาณ 1,500 บาท",
      "",
      "วิธีดำเนินการ",
      "กิจกรรมที่ 1 ค่าย มกราคม 2569",
      "กิจกรรมที่ 2 ประกวด มกราคม 2569",
      "",
      "งบประมาณ",
      "รวม 9,999 บาท",
      "กิจกรรมที่ 1 ค่าย",
      "ค่าวัสดุ จำนวน 2 ชุด ชุดละ 500 บาท เป็นเงิน 1,000 บาท",
      "กิจกรรมที่ 2 ประกวด",
      "ค่ารางวัล จำนวน 1 รางวัล รางวัลละ 500 บาท เป็นเงิน 500 บาท",
      "รวมทั้งสิ้น 1,500 บาท",
    ].join("\n");
    const findings = checkProjectText(text).findings;
    expect(findings.filter((f) => /"\?"|ที่ \?/.test(f.message.th))).toEqual([]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("indicator table rows", () => {
  it("keeps each row of a tabbed indicator table apart, with its target, method and tool", () => {
    const text = [
      "โครงการ ทดสอบ",
      "ระยะเวลาดำเนินการ มกราคม 2569",
      "งบประมาณ 1,000 บาท",
      "",
      "วิธีดำเนินการ",
      "กิจกรรมที่ 1 ติวเข้ม มกราคม 2569",
      "",
      "งบประมาณ",
      "ค่าวัสดุ จำนวน 2 ชุด ชุดละ 500 บาท เป็นเงิน 1,000 บาท",
      "",
      "การประเมินผล",
      "ตัวชี้วัดความสำเร็จ\tค่าเป้าหมาย\tวิธีการวัดและประเมินผล\tเครื่องมือที่ใช้วัด",
      "คะแนน O-NET คณิตศาสตร์\tเพิ่มขึ้นร้อยละ 3\tทดสอบ\tแบบทดสอบ O-NET",
      "ความพึงพอใจของนักเรียน\tร้อยละ 80\tสอบถาม\tแบบสอบถาม",
    ].join("\n");
    const got = importProjectText(text).plan.indicators.map((i) => [i.text, i.targetValue, i.method, i.tool]);
    expect(got).toEqual([
      ["คะแนน O-NET คณิตศาสตร์", 3, "ทดสอบ", "แบบทดสอบ O-NET"],
      ["ความพึงพอใจของนักเรียน", 80, "สอบถาม", "แบบสอบถาม"],
    ]);
  });
});
