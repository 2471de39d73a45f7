/** The Office adapter writes the template version stamp with the template and reads it back (fake Excel). */
import { OfficeWorkbookHost, type ExcelRunner } from "../../src/adapters/office/OfficeWorkbookHost";
import { emptyPlan } from "../../src/core/model";
import { buildWorkbookSpec, TEMPLATE_VERSION } from "../../src/workbook";
import { FakeWorkbook } from "./fakeExcel";

const hostFor = (book: FakeWorkbook) => new OfficeWorkbookHost({ excel: book.excel as unknown as ExcelRunner, isSetSupported: book.isSetSupported });
const stampName = `BudgetPlan_Template_v${TEMPLATE_VERSION}`;

describe("template version stamp in Excel", () => {
  it("is added with the template, on A1 of the project sheet, without an extra sync", async () => {
    const book = new FakeWorkbook({ apiVersion: "1.8" });
    const host = hostFor(book);
    expect(await host.templateStamp()).toBeUndefined();
    book.syncCount = 0;
    await host.insertTemplate(buildWorkbookSpec(emptyPlan(2569), { lang: "th" }), "suffix");
    expect(book.syncCount).toBe(2);
    const ref = book.names.get(stampName)!;
    expect(ref.sheet.name).toBe("โครงการ");
    expect(ref.address).toBe("$A$1");
    expect(await host.templateStamp()).toEqual({ version: TEMPLATE_VERSION, sheet: "โครงการ" });
  });

  it("points at the suffixed project sheet when the name was taken, and follows a rename", async () => {
    const book = new FakeWorkbook({ sheets: { Project: { A1: "the user's own sheet" } } });
    const host = hostFor(book);
    const result = await host.insertTemplate(buildWorkbookSpec(emptyPlan(2569), { lang: "en" }), "suffix");
    expect(result.created[0]).toBe("Project (2)");
    expect(await host.templateStamp()).toEqual({ version: TEMPLATE_VERSION, sheet: "Project (2)" });
    book.findSheet("Project (2)")!.name = "My plan";
    expect(await host.templateStamp()).toEqual({ version: TEMPLATE_VERSION, sheet: "My plan" });
    expect(book.cell("Project", "A1")?.value).toBe("the user's own sheet");
  });

  it("a second template in the same workbook keeps the first stamp (no error, nothing overwritten)", async () => {
    const book = new FakeWorkbook();
    const host = hostFor(book);
    await host.insertTemplate(buildWorkbookSpec(emptyPlan(2569), { lang: "th" }), "suffix");
    const second = await host.insertTemplate(buildWorkbookSpec(emptyPlan(2570), { lang: "th" }), "suffix");
    expect(second.created[0]).toBe("โครงการ (2)");
    expect(book.names.size).toBe(1);
    expect(book.names.get(stampName)!.sheet.name).toBe("โครงการ");
  });
});
