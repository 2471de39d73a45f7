/**
 * A file holding several projects (stacked on one sheet, or a sheet each): every finding of a project names it,
 * in the text report and in JSON (test/corpus/workbooks/blind9: the ninth blind tester's f03 and a variant).
 */
import { join } from "path";
import { loadPlanFile } from "../../src/cli/load";
import { findingLine, findingRecord } from "../../src/cli/report";

const DIR = join(__dirname, "../corpus/workbooks/blind9");

test.each([
  ["p9-f03-stacked-projects.xlsx", "แผนงาน", "B14", "โครงการทัศนศึกษาแหล่งเรียนรู้"],
  ["p9-s1-two-projects-two-sheets.xlsx", "โครงการ2", "B3", "โครงการวันภาษาไทย"],
])("%s: the over-allocation names its project", async (file, sheet, cell, project) => {
  const loaded = await loadPlanFile(join(DIR, file));
  const over = loaded.findings.find((f) => f.rule === "over-allocation");
  expect(over).toMatchObject({ sheet, cell, project });
  expect(findingLine(over!, "th")).toContain(`${project}: งบประมาณเกินวงเงิน`);
  expect(findingRecord(over!, "en").project).toBe(project);
  // every finding but the note listing the projects names one of them
  const named = loaded.findings.filter((f) => !/ไฟล์นี้มี/.test(f.message.th));
  expect(named.every((f) => !!f.project)).toBe(true);
});

test("a file of one project: no project field in its findings", async () => {
  const loaded = await loadPlanFile(join(DIR, "p9-f07-english-thai-headings.xlsx"));
  expect(loaded.findings.length).toBeGreaterThan(0);
  expect(loaded.findings.some((f) => f.project !== undefined)).toBe(false);
  expect(Object.keys(findingRecord(loaded.findings[0], "th"))).not.toContain("project");
});
