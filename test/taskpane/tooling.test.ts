import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";

const root = path.join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const icons = require("../../scripts/make-icons.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bundleSize = require("../../scripts/bundle-size.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const start = require("../../scripts/start.js");

describe("manifest.xml", () => {
  const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

  it("passes the offline schema validation (npm run validate)", () => {
    const r = spawnSync(process.execPath, [path.join(root, "scripts", "validate-manifest.js")], { cwd: root, encoding: "utf8" });
    expect(r.stdout + r.stderr).toContain("manifest valid");
    expect(r.status).toBe(0);
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
  it("writes valid RGBA PNGs of the right sizes", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const buf: Buffer = icons.drawIcon(size);
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
        expect(buf.readUInt32BE(off + 8 + len)).toBe(icons.crc32(buf.subarray(off + 4, off + 8 + len)));
        if (type === "IDAT") idat.push(data);
        off += 12 + len;
      }
      const raw = zlib.inflateSync(Buffer.concat(idat));
      expect(raw.length).toBe(size * (1 + 4 * size));
      // the committed asset is the same image
      expect(fs.readFileSync(path.join(root, "assets", `icon-${size}.png`))).toEqual(buf);
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
