/**
 * scripts/serve-https.js on its own (no build needed): option parsing, cache headers, and that it never
 * serves anything outside the folder (../ in the path, encoded or not, or a symlink pointing out).
 */
import * as fs from "node:fs";
import * as https from "node:https";
import * as os from "node:os";
import * as path from "node:path";
import { cacheControl, parseArgs, serve, type ServeHandle } from "../../scripts/serve-https.js";

let tmp: string;
let handle: ServeHandle;
let ca: Buffer;

/** Raw GET (the path is sent exactly as given, no URL normalisation). */
function rawGet(pathname: string, method = "GET"): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = https.request({ host: "localhost", port: handle.port, path: pathname, method, ca, servername: "localhost" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "serve-https-"));
  fs.mkdirSync(path.join(tmp, "site/sub"), { recursive: true });
  fs.writeFileSync(path.join(tmp, "site/index.html"), "<p>index</p>");
  fs.writeFileSync(path.join(tmp, "site/sub/index.html"), "<p>sub</p>");
  fs.writeFileSync(path.join(tmp, "site/app.0123abcd.js"), "var x = 1;");
  fs.writeFileSync(path.join(tmp, "site/ไฟล์ ไทย.txt"), "สวัสดี");
  fs.writeFileSync(path.join(tmp, "secret.txt"), "SECRET");
  fs.symlinkSync(path.join(tmp, "secret.txt"), path.join(tmp, "site/link.txt"));
  handle = await serve({ dir: path.join(tmp, "site"), port: 0, host: "localhost", certDir: path.join(tmp, "cert") });
  ca = fs.readFileSync(handle.certFile);
});

afterAll(async () => {
  await handle?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("serve-https.js", () => {
  test("parses its options and rejects bad ones", () => {
    expect(parseArgs(["dist", "--port", "0", "--host", "127.0.0.1"])).toMatchObject({ dir: "dist", port: 0, host: "127.0.0.1" });
    expect(parseArgs([])).toMatchObject({ dir: "dist", port: 3443, host: "localhost", devCerts: false });
    expect(() => parseArgs(["--port", "70000"])).toThrow(/--port/);
    expect(() => parseArgs(["--cert", "a.crt"])).toThrow(/--cert and --key go together/);
    expect(() => parseArgs(["--frobnicate"])).toThrow(/unknown option/);
    expect(() => parseArgs(["--port"])).toThrow(/needs a value/);
  });

  test("cache headers: pages and manifest revalidate, hashed bundles are immutable", () => {
    expect(cacheControl("taskpane.html")).toBe("no-cache");
    expect(cacheControl("manifest.xml")).toBe("no-cache");
    expect(cacheControl("taskpane.93618c99.js")).toBe("public, max-age=31536000, immutable");
    expect(cacheControl("157.fd9ff8fb.chunk.js")).toBe("public, max-age=31536000, immutable");
    expect(cacheControl("assets/icon-32.png")).toBe("public, max-age=3600");
  });

  test("serves files, index.html for folders, and names with Thai letters and spaces", async () => {
    expect(await rawGet("/")).toMatchObject({ status: 200, body: "<p>index</p>" });
    expect(await rawGet("/sub/")).toMatchObject({ status: 200, body: "<p>sub</p>" });
    const js = await rawGet("/app.0123abcd.js");
    expect(js.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(js.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(await rawGet("/" + encodeURIComponent("ไฟล์ ไทย.txt"))).toMatchObject({ status: 200, body: "สวัสดี" });
  });

  test("HEAD has headers and no body; other methods are refused", async () => {
    const head = await rawGet("/index.html", "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect(head.headers["content-length"]).toBe("12");
    const post = await rawGet("/index.html", "POST");
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
  });

  test.each(["/../secret.txt", "/%2e%2e/secret.txt", "/sub/..%2f..%2fsecret.txt", "/..%5csecret.txt", "/link.txt", "/%00"])(
    "never serves what is outside the folder: %s",
    async (p) => {
      const r = await rawGet(p);
      expect([400, 403, 404]).toContain(r.status);
      expect(r.body).not.toContain("SECRET");
    },
  );

  test("reuses a still-valid certificate instead of making a new one", async () => {
    const again = await serve({ dir: path.join(tmp, "site"), port: 0, host: "localhost", certDir: path.join(tmp, "cert") });
    try {
      expect(again.certFile).toBe(handle.certFile);
      expect(fs.readFileSync(again.certFile).equals(ca)).toBe(true);
    } finally {
      await again.close();
    }
  });

  test("refuses a folder that does not exist, with a hint to build", async () => {
    await expect(serve({ dir: path.join(tmp, "nope"), port: 0 })).rejects.toThrow(/npm run build/);
  });
});
