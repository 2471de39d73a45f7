/**
 * The sixth blind tester's classes (a school finance officer's hand-made sheets): several projects written one
 * after another on ONE sheet are read as separate projects (each from its own rows, against its own allocation;
 * a project field is never a budget line), and expense-class section rows (ค่าตอบแทน / ค่าใช้สอย / ค่าวัสดุ)
 * are budget classes, not activities.
 */
import { readFileSync } from "fs";
import { join, resolve } from "path";
import { readXlsxBytes } from "../../src/adapters/xlsx/read";
import { readPlan } from "../../src/workbook/readPlan";
import { planSets, setLabel, snapshotOfSet } from "../../src/workbook/planSets";
import { stackedProjects } from "../../src/workbook/read/projectBlocks";
import type { CellScalar, SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/types";

const BLIND = resolve(__dirname, "..", "corpus", "workbooks", "blind");
const sheetOf = (name: string, rows: CellScalar[][]): SheetSnapshot => ({ name, values: rows, formulas: rows.map((r) => r.map(() => null)) });
const load = (file: string) => readXlsxBytes(readFileSync(join(BLIND, file)), { label: file }).snapshot;
const money = (baht: number) => baht * 100;

function projectsOf(snapshot: WorkbookSnapshot) {
  const sets = planSets(snapshot);
  return sets.map((set) => ({ set, read: readPlan(snapshotOfSet(snapshot, sets, set)) }));
}

describe("projects one after another on one sheet", () => {
  test("the tester's file: two projects, each with its own allocation and lines; field rows are no lines", () => {
    const snapshot = load("p6-f05-stacked-one-sheet.xlsx");
    const parts = projectsOf(snapshot);
    expect(parts.map((p) => [p.set.hand?.name, p.set.hand?.rows])).toEqual([
      ["ยกระดับผลสัมฤทธิ์ทางการเรียน O-NET", { from: 1, to: 11 }],
      ["ส่งเสริมสุขภาพนักเรียน", { from: 12, to: 19 }],
    ]);
    const [one, two] = parts.map((p) => p.read.plan);
    expect(one.project.allocation).toBe(money(8000));
    expect(one.budgetLines.map((l) => l.item)).toEqual(["ค่าจัดทำแบบฝึกหัด", "ค่าอาหารว่างนักเรียนติว O-NET", "ค่าวัสดุ"]);
    expect(two.project.allocation).toBe(money(6000));
    expect(two.project.owner).toBe("นางสุดา แข็งแรง");
    expect(two.budgetLines.map((l) => l.item)).toEqual(["ค่าเวชภัณฑ์และยาสามัญ", "ค่าอุปกรณ์กีฬา"]);
    expect(two.project.statedTotal).toBe(money(4500));
    expect(setLabel(snapshot, parts[1].set)).toBe("ส่งเสริมสุขภาพนักเรียน — แผนงานวิชาการ!12:19");
  });

  test("three projects with 'ชื่อโครงการ' labels, different gaps, and a sheet named like a template sheet", () => {
    const rows: CellScalar[][] = [];
    const project = (name: string, owner: string, alloc: number, lines: [string, number, number][], gap: number) => {
      rows.push(["ชื่อโครงการ", name], ["ผู้รับผิดชอบโครงการ", owner], ["งบประมาณที่ได้รับจัดสรร", alloc, "บาท"], ["ปีงบประมาณ", 2569]);
      for (let i = 0; i < gap; i++) rows.push([]);
      rows.push(["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"]);
      lines.forEach(([item, q, p], i) => rows.push([i + 1, item, q, p, q * p]));
      rows.push([null, "รวมทั้งสิ้น", null, null, lines.reduce((s, [, q, p]) => s + q * p, 0)]);
    };
    project("ซ่อมแซมห้องน้ำ", "นายช่าง ซ่อมดี", 9000, [["ค่าสุขภัณฑ์", 3, 2500]], 0);
    rows.push([]);
    project("ส่งเสริมการออม", "นางสาวออม เก็บดี", 3000, [["ค่าสมุดบัญชี", 100, 10], ["ค่าป้าย", 1, 1500]], 2);
    project("กีฬาสี", "นายวิ่ง เร็ว", 5000, [["ค่าเสื้อกีฬา", 40, 150]], 1);
    const parts = projectsOf({ sheets: [sheetOf("โครงการ", rows)] });
    expect(parts.map((p) => p.set.hand?.name)).toEqual(["ซ่อมแซมห้องน้ำ", "ส่งเสริมการออม", "กีฬาสี"]);
    expect(parts.map((p) => p.read.plan.project.allocation)).toEqual([money(9000), money(3000), money(5000)]);
    expect(parts.map((p) => p.read.plan.budgetLines.length)).toEqual([1, 2, 1]);
    expect(parts.every((p) => p.read.plan.budgetLines.every((l) => !/ผู้รับผิดชอบ|งบประมาณ|ปีงบ|โครงการ/.test(l.item)))).toBe(true);
  });

  test("one project with a field row under its table, or a title and notes, is one project", () => {
    const one = sheetOf("Sheet1", [
      ["โครงการ ปลูกผักสวนครัว"],
      ["ผู้รับผิดชอบ", "นายผัก ดี"],
      ["งบประมาณที่ได้รับจัดสรร", 5000],
      ["รายการ", "จำนวน", "ราคาต่อหน่วย", "รวมเงิน"],
      ["ค่าเมล็ดพันธุ์", 10, 50, 500],
      ["ค่าปุ๋ย", 10, 300, 3000],
      ["รวม", null, null, 3500],
      ["ผู้รับผิดชอบ", "นายผัก ดี"],
    ]);
    expect(stackedProjects(one)).toEqual([]);
    expect(planSets({ sheets: [one] })).toEqual([]);
    const r = readPlan({ sheets: [one] });
    // the owner written again under the table is a field, not a budget line
    expect(r.plan.budgetLines.map((l) => l.item)).toEqual(["ค่าเมล็ดพันธุ์", "ค่าปุ๋ย"]);
  });
});

describe("expense-class section rows", () => {
  test("the tester's file: class rows are no activities; one activity; the lines keep their class", () => {
    const r = readPlan(load("p6-f03-science-club.xlsx"));
    // as any table without activity headings: no activity made up, every line in the plan's one activity
    expect(r.plan.activities).toEqual([]);
    expect(r.plan.budgetLines.every((l) => l.activityId === "")).toBe(true);
    expect(r.problems.join("\n")).not.toMatch(/จึงใช้ 3 กิจกรรม/);
    const cls = Object.fromEntries(r.plan.budgetLines.map((l) => [l.item, l.expenseClass]));
    expect(cls["ค่าอาหารปลา"]).toBe("materials");
    expect(cls["ค่าพาหนะ เดินทางไปศึกษาดูงาน"]).toBe("services");
    expect(r.plan.budgetLines).toHaveLength(6);
  });

  test("numbered class rows with their class subtotal are sections, not lines; under activity headings too", () => {
    const v3 = readPlan(load("p6-v3-class-rows-numbered-amounts.xlsx"));
    expect(v3.plan.budgetLines.map((l) => l.item)).not.toContain("1. ค่าตอบแทน");
    expect(v3.plan.budgetLines).toHaveLength(5);
    expect(v3.plan.activities).toEqual([]);
    expect(v3.plan.budgetLines.map((l) => l.expenseClass)).toEqual(["compensation", "services", "services", "services", "materials"]);
    const v4 = readPlan(load("p6-v4-class-rows-under-activities.xlsx"));
    expect(v4.plan.activities.map((a) => a.id)).toEqual(["1", "2"]);
    expect(v4.plan.budgetLines.map((l) => [l.activityId, l.expenseClass])).toEqual([
      ["1", "compensation"],
      ["1", "materials"],
      ["2", "services"],
      ["2", "materials"],
    ]);
  });

  test("a class name with an amount and no line under it is a line of its own", () => {
    const s = sheetOf("Sheet1", [
      ["โครงการ สรุปตามหมวด"],
      ["งบประมาณที่ได้รับจัดสรร", 9000],
      ["รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"],
      ["ค่าตอบแทน", null, null, 3000],
      ["ค่าใช้สอย", null, null, 4000],
      ["ค่าวัสดุ", null, null, 2000],
      ["รวมทั้งสิ้น", null, null, 9000],
    ]);
    const r = readPlan({ sheets: [s] });
    expect(r.plan.budgetLines.map((l) => l.item)).toEqual(["ค่าตอบแทน", "ค่าใช้สอย", "ค่าวัสดุ"]);
  });
});
