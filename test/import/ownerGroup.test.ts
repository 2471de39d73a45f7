/**
 * The owner field often carries the work group after the person(s): "ผู้รับผิดชอบ นางรัชนี มีสุข กลุ่มสาระการเรียนรู้…".
 * The owner keeps the person(s); the group goes to the department when none is stated.
 */
import { importProjectText } from "../../src/import";
import { splitOwnerGroup } from "../../src/import/owners";

const project = (ownerLine: string, extra: string[] = []) =>
  importProjectText(["โครงการพัฒนาการเรียนรู้", ownerLine, ...extra, "ระยะเวลาดำเนินการ 1 พฤศจิกายน 2568 – 30 กันยายน 2569", "งบประมาณ 10,000 บาท"].join("\n")).plan.project;

describe("owner and work group", () => {
  test.each([
    ["ผู้รับผิดชอบ  นางรัชนี มีสุข  กลุ่มสาระการเรียนรู้วิทยาศาสตร์และเทคโนโลยี", "นางรัชนี มีสุข", "กลุ่มสาระการเรียนรู้วิทยาศาสตร์และเทคโนโลยี"],
    ["ผู้รับผิดชอบโครงการ: นายอนุชา พลศักดิ์ กลุ่มสาระการเรียนรู้สุขศึกษาและพลศึกษา", "นายอนุชา พลศักดิ์", "กลุ่มสาระการเรียนรู้สุขศึกษาและพลศึกษา"],
    ["ผู้รับผิดชอบโครงการ  นางบุญเรือน ชัยมงคล  งานโภชนาการ กลุ่มบริหารงานทั่วไป", "นางบุญเรือน ชัยมงคล", "งานโภชนาการ กลุ่มบริหารงานทั่วไป"],
    ["ผู้รับผิดชอบโครงการ  นางวิไลวรรณ ทองดี  กลุ่มบริหารวิชาการ", "นางวิไลวรรณ ทองดี", "กลุ่มบริหารวิชาการ"],
    ["ผู้รับผิดชอบโครงการ นายก ข และนางสาวค ง ฝ่ายกิจการนักเรียน", "นายก ข และนางสาวค ง", "ฝ่ายกิจการนักเรียน"],
  ])("%s", (line, owner, department) => {
    const p = project(line);
    expect(p.owner).toBe(owner);
    expect(p.department).toBe(department);
  });

  test("a stated department wins; the owner still drops the group", () => {
    const p = project("ผู้รับผิดชอบโครงการ  นางวิไลวรรณ ทองดี  กลุ่มบริหารวิชาการ", ["หน่วยงานที่รับผิดชอบ  โรงเรียนบ้านหนองบัว"]);
    expect(p.owner).toBe("นางวิไลวรรณ ทองดี");
    expect(p.department).toBe("โรงเรียนบ้านหนองบัว");
  });

  test("a surname that starts like a group word stays in the name; a group alone stays the owner", () => {
    expect(splitOwnerGroup("นายสมชาย งานดี")).toEqual({ owner: "นายสมชาย งานดี" });
    expect(splitOwnerGroup("นางสาวสุดา กลุ่มเจริญ")).toEqual({ owner: "นางสาวสุดา กลุ่มเจริญ" });
    expect(splitOwnerGroup("กลุ่มบริหารวิชาการ")).toEqual({ owner: "กลุ่มบริหารวิชาการ" });
    expect(splitOwnerGroup("ว่าที่ร้อยตรี ดร.สมชาย ดีมาก กลุ่มบริหารงานบุคคล")).toEqual({ owner: "ว่าที่ร้อยตรี ดร.สมชาย ดีมาก", group: "กลุ่มบริหารงานบุคคล" });
  });
});
