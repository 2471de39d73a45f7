import { createHost, isExcelHost, officeReady, quietOfficeOutsideOffice } from "../../src/taskpane/host";

type G = { Office?: unknown; Excel?: unknown };
const g = globalThis as G;

afterEach(() => {
  delete g.Office;
  delete g.Excel;
});

describe("createHost", () => {
  it("inside Excel uses the Office.js adapter", async () => {
    g.Office = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      HostType: { Excel: "Excel" },
      context: { requirements: { isSetSupported: (_set: string, v: string) => Number(v.split(".")[1]) <= 12 } },
    };
    g.Excel = { run: async () => undefined };
    const created = await createHost();
    expect(created.hostKind).toBe("excel");
    expect(created.host.kind).toBe("excel");
    expect(created.PreviewView).toBeUndefined();
    expect(created.host.requirements().find((r) => r.version === "1.8")?.supported).toBe(true);
  });

  it("outside Office (no Office.js, or another host) uses the preview workbook and its grid", async () => {
    const created = await createHost();
    expect(created.hostKind).toBe("preview");
    expect(created.host.kind).toBe("preview");
    expect(typeof created.PreviewView).toBe("function");
    g.Office = { onReady: () => Promise.resolve({ host: "Word" }), HostType: { Excel: "Excel" } };
    expect((await createHost()).hostKind).toBe("preview");
  });

  it("officeReady resolves without a host when Office.js fails to initialise", async () => {
    g.Office = { onReady: () => Promise.reject(new Error("no host")) };
    expect(await officeReady(1000)).toEqual({ host: null });
    expect(isExcelHost({ host: "Excel" })).toBe(true);
    expect(isExcelHost({ host: null })).toBe(false);
  });

  it("keeps office.js from opening its logging iframe in the preview", () => {
    const endpoint = { proxyFrame: null as unknown, buffer: ["x"] };
    const telemetry = { enableTelemetry: true };
    quietOfficeOutsideOffice({ OSF: { Logger: { ulsEndpoint: endpoint } }, OSFAppTelemetry: telemetry });
    expect(endpoint.proxyFrame).not.toBeNull();
    expect(endpoint.buffer).toEqual([]);
    expect(telemetry.enableTelemetry).toBe(false);
    expect(() => quietOfficeOutsideOffice({})).not.toThrow();
  });
});
