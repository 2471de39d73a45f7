import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";

const root = path.join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bundleSize = require("../../scripts/bundle-size.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const start = require("../../scripts/start.js");

describe("manifest.xml", () => {
  const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

  // The XSD validator lives outside the repository (../shared/tools); a bare clone has only the in-repo
  // structural check. Both cases are tested, and the output must say which validation ran.
  const offline = path.resolve(root, "..", "shared", "tools", "validate-manifest");
  const hasOffline = fs.existsSync(offline) && spawnSync("xmllint", ["--version"]).status === 0;
  const validate = (env: NodeJS.ProcessEnv = {}, file?: string) =>
    spawnSync(process.execPath, [path.join(root, "scripts", "validate-manifest.js"), ...(file ? [file] : [])], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, ...env },
    });

  it(`passes npm run validate: structure in the repo${hasOffline ? ", and the offline XSD schema validation" : " (no schema validator on this machine)"}`, () => {
    const r = validate();
    expect(r.stdout).toContain("manifest.xml: structure valid");
    if (hasOffline) {
      expect(r.stdout).toContain(`schema validation: offline XSD validator ${offline}`);
      expect(r.stdout + r.stderr).toContain("manifest valid");
    } else {
      expect(r.stdout).toMatch(/schema validation: not run \(no offline validator/);
    }
    expect(r.status).toBe(0);
  });

  it("without a schema validator (a bare clone): the structural check alone, said plainly", () => {
    const r = validate({ BUDGET_PLAN_MANIFEST_VALIDATOR: path.join(os.tmpdir(), "no-such-validator") });
    expect(r.stdout).toContain("manifest.xml: structure valid");
    expect(r.stdout).toMatch(/schema validation: not run/);
    expect(r.stdout).toContain("manifest valid (structure)");
    expect(r.status).toBe(0);
  });

  it("the structural check finds broken manifests (order, GUID, resid, https, well-formedness)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { checkManifest } = require("../../scripts/manifest-check.js") as { checkManifest(xml: string): string[] };
    expect(checkManifest(xml)).toEqual([]);
    const broken: [string, string, RegExp][] = [
      ["<Id>4dfb4e1f", "<Id>not-a-guid-4dfb4e1f", /is not a GUID/],
      ['resid="Group.Label"', 'resid="Group.Nolabel"', /resid "Group.Nolabel" is not defined/],
      ["<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>", /Permissions "Everything"/],
      ['<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>', /not an https address/],
      ["<Hosts>\n    <Host Name=\"Workbook\"/>\n  </Hosts>", "", /no <Host Name="Workbook"\/>/],
      ["</DisplayName>", "</Displayname>", /not well-formed/],
    ];
    for (const [from, to, problem] of broken) {
      expect(xml).toContain(from);
      expect(checkManifest(xml.replace(from, to)).join("\n")).toMatch(problem);
    }
    // elements out of the schema's order
    const moved = xml.replace(/\s*<Version>[^<]*<\/Version>/, "").replace("</DefaultLocale>", "</DefaultLocale>\n  <Version>0.1.0.0</Version>");
    expect(checkManifest(moved).join("\n")).toMatch(/out of order/);
    const file = path.join(os.tmpdir(), `manifest-broken-${process.pid}.xml`);
    fs.writeFileSync(file, xml.replace("<Id>4dfb4e1f", "<Id>x4dfb4e1f"));
    try {
      const r = validate({}, file);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/structure invalid/);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it("is an Excel task pane add-in with ExcelApi 1.8, Thai default and English overrides", () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Host Name="Workbook"\s*\/>/);
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.8"\s*\/>/);
    expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(xml).toContain("<DefaultLocale>th-TH</DefaultLocale>");
    expect(xml).toMatch(/<DisplayName DefaultValue="[^"]*[\u0E00-\u0E7F][^"]*">\s*<Override Locale="en-US"/);
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/Id>/);
    for (const m of xml.matchAll(/https:\/\/localhost:3000\/(assets\/[\w-]+\.png)/g)) {
      expect(fs.existsSync(path.join(root, m[1]))).toBe(true);
    }
  });

  it("the build rewrites the dev address to ADDIN_URL", () => {
    const out = webpackConfig.rewriteManifest(xml, "https://addins.example.com/budget/");
    expect(out).not.toContain("localhost");
    expect(out).toContain('<SourceLocation DefaultValue="https://addins.example.com/budget/taskpane.html"/>');
    expect(out).toContain("<AppDomain>https://addins.example.com</AppDomain>");
    const prev = process.env.ADDIN_URL;
    process.env.ADDIN_URL = "https://x.example";
    expect(webpackConfig.addinUrl()).toBe("https://x.example/");
    delete process.env.ADDIN_URL;
    expect(webpackConfig.addinUrl()).toBe("https://localhost:3000/");
    if (prev !== undefined) process.env.ADDIN_URL = prev;
  });
});

describe("icons", () => {
  // The icons are committed (assets/icon-*.png); this checks them as PNG readers do.
  it("are valid RGBA PNGs of their sizes", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const buf = fs.readFileSync(path.join(root, "assets", `icon-${size}.png`));
      expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(buf.readUInt32BE(16)).toBe(size);
      expect(buf.readUInt32BE(20)).toBe(size);
      // IDAT inflates to size rows of (1 + 4*size) bytes and every chunk CRC is right
      let off = 8;
      const idat: Buffer[] = [];
      while (off < buf.length) {
        const len = buf.readUInt32BE(off);
        const type = buf.subarray(off + 4, off + 8).toString("ascii");
        const data = buf.subarray(off + 8, off + 8 + len);
        expect(buf.readUInt32BE(off + 8 + len)).toBe(zlib.crc32(buf.subarray(off + 4, off + 8 + len)));
        if (type === "IDAT") idat.push(data);
        off += 12 + len;
      }
      const raw = zlib.inflateSync(Buffer.concat(idat));
      expect(buf[24]).toBe(8); // bit depth
      expect(buf[25]).toBe(6); // colour type RGBA
      expect(raw.length).toBe(size * (1 + 4 * size));
    }
  });
});

describe("bundle-size script", () => {
  it("measures the scripts taskpane.html loads, not the CDN office.js nor lazy chunks", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bundle-"));
    fs.writeFileSync(
      path.join(dir, "taskpane.html"),
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src="taskpane.abc.js"></script>',
    );
    fs.writeFileSync(path.join(dir, "taskpane.abc.js"), "x".repeat(10000));
    fs.writeFileSync(path.join(dir, "preview.def.chunk.js"), "y".repeat(5000));
    fs.writeFileSync(path.join(dir, "commands.123.js"), "z");
    const r = bundleSize.measure(dir);
    expect(r.files.map((f: { file: string }) => f.file)).toEqual(["taskpane.html", "taskpane.abc.js"]);
    expect(r.lazy.map((f: { file: string }) => f.file)).toEqual(["preview.def.chunk.js"]);
    expect(r.total).toBeLessThan(10000);
    expect(r.total).toBeGreaterThan(0);
    expect(bundleSize.pageAssets('<link rel="stylesheet" href="./a.css?v=1"><script src="//cdn/x.js"></script>')).toEqual(["a.css"]);
  });
});

describe("start script", () => {
  it("sideloads into Excel on Windows and macOS, serves the preview elsewhere", () => {
    expect(start.sideloadsIntoExcel("win32", [])).toBe(true);
    expect(start.sideloadsIntoExcel("darwin", [])).toBe(true);
    expect(start.sideloadsIntoExcel("linux", [])).toBe(false);
    expect(start.sideloadsIntoExcel("win32", ["--preview"])).toBe(false);
    expect(start.previewUrl(false)).toBe("http://localhost:3000/taskpane.html");
  });

  it("stop ends the recorded preview server, and says so when there is none", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stop-"));
    const pidFile = path.join(dir, "dev-server.pid");
    const env = { ...process.env, PREVIEW_PID_FILE: pidFile };
    const none = execFileSync(process.execPath, [path.join(root, "scripts", "stop.js"), "--preview"], { cwd: root, encoding: "utf8", env });
    expect(none).toContain("nothing to stop");
    const { spawn } = await import("child_process");
    const server = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => server.on("exit", (_code, signal) => resolve(signal)));
    fs.writeFileSync(pidFile, String(server.pid));
    const out = execFileSync(process.execPath, [path.join(root, "scripts", "stop.js"), "--preview"], { cwd: root, encoding: "utf8", env });
    expect(out).toContain(`pid ${server.pid}`);
    expect(await exited).toBe("SIGTERM");
    expect(fs.existsSync(pidFile)).toBe(false);
  });
});
