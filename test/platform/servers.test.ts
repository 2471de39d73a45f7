/**
 * The hosting settings in deploy/ against the real servers, serving the unpacked release zip:
 *
 * - nginx (deploy/nginx/budget-plan.conf) and Apache (deploy/apache/budget-plan.conf, a virtual host; and
 *   deploy/apache/.htaccess alone, as on shared cPanel hosting): the server's own syntax check (`nginx -t`,
 *   `apache2 -t`), then the server is started on loopback ports chosen by the test, with a self-signed
 *   certificate for plan.example.com, and the headers it really sends are checked: HTTPS, types, no
 *   X-Frame-Options or CSP frame-ancestors, a year of caching for hashed bundles, no caching for the pages and
 *   the manifest, http → https.
 * - IIS (deploy/iis/web.config) cannot run here: it is checked as XML (xmllint) and for the elements that give
 *   the same behaviour, using only sections IIS lets a web.config set by default.
 *
 * nginx and apache2 are installed by .ci/run (Debian packages).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { manifestForSource } from "../../src/setup/sourceManifest";
import { findAll, localName, parseXml, type XmlElement } from "./xml";
import { releaseOnce, type UnpackedRelease } from "./releaseOnce";

const root = path.resolve(__dirname, "../..");
const HOST = "plan.example.com";
const BASE = `https://${HOST}/addin/`;
const read = (p: string) => fs.readFileSync(path.join(root, p), "utf8");

let rel: UnpackedRelease;
beforeAll(async () => {
  rel = await releaseOnce();
}, 900_000);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** A scratch folder readable by the servers' worker users (they drop root), with the site and a certificate. */
function scratch(): { W: string; www: string; cert: string; key: string } {
  const W = fs.mkdtempSync(path.join(os.tmpdir(), "srv-"));
  const www = path.join(W, "www");
  fs.mkdirSync(path.join(www, "addin"), { recursive: true });
  fs.cpSync(rel.addin, path.join(www, "addin"), { recursive: true });
  // the officer may also upload the manifest the setup page made (for "Provide link to manifest file")
  fs.writeFileSync(path.join(www, "addin", "manifest.xml"), manifestForSource(read("manifest.xml"), BASE));
  fs.mkdirSync(path.join(W, "ssl"));
  const cert = path.join(W, "ssl", "fullchain.pem");
  const key = path.join(W, "ssl", "privkey.pem");
  const r = spawnSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", `/CN=${HOST}`, "-addext", `subjectAltName=DNS:${HOST}`, "-keyout", key, "-out", cert], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`openssl: ${r.stderr}`);
  spawnSync("chmod", ["-R", "a+rX", W]);
  fs.chmodSync(W, 0o755);
  return { W, www, cert, key };
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function get(url: string, port: number, ca: string): Promise<Reply> {
  const u = new URL(url);
  const mod = u.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(
      { host: "127.0.0.1", port, path: u.pathname, method: "GET", headers: { host: HOST }, servername: HOST, ca, agent: false },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

async function waitForPort(port: number, proc: ChildProcess, log: () => string): Promise<void> {
  // a deadline, not a count of tries: a loaded CI machine may take many seconds to start a server
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`server exited (${proc.exitCode}): ${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, "127.0.0.1", () => {
        s.end();
        resolve(true);
      });
      s.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not listen on ${port}: ${log()}`);
}

function stop(proc: ChildProcess | undefined): Promise<void> {
  if (!proc || proc.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    proc.once("exit", () => resolve());
    proc.kill("SIGTERM");
  });
}

const bundles = () => fs.readdirSync(rel.addin).filter((f) => /\.[0-9a-f]{8}(\.chunk)?\.js$/.test(f));

/** What every configuration must serve; `settingsFiles`: whether .htaccess/web.config must be hidden. */
async function checkServed(httpsPort: number, httpPort: number, ca: string, hidden: string[]): Promise<void> {
  const at = (p: string) => get(`https://${HOST}/addin/${p}`, httpsPort, ca);
  const noFrameBlock = (r: Reply) => {
    expect(r.headers["x-frame-options"]).toBeUndefined();
    expect(String(r.headers["content-security-policy"] ?? "")).not.toMatch(/frame-ancestors/i);
  };
  const m = await at("manifest.xml");
  expect(m.status).toBe(200);
  expect(m.headers["content-type"]).toMatch(/^(text|application)\/xml(; ?charset=utf-8)?$/i);
  expect(m.headers["cache-control"]).toMatch(/no-cache/);
  expect(m.body).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
  for (const page of ["taskpane.html", "commands.html", "fallback.html", "setup.html", ""]) {
    const r = await at(page);
    expect([page, r.status]).toEqual([page, 200]);
    expect(r.headers["content-type"]).toMatch(/^text\/html(; ?charset=utf-8)?$/i);
    expect(r.headers["cache-control"]).toMatch(/no-cache/);
    expect(r.headers["cache-control"]).not.toMatch(/max-age=[1-9]/);
    noFrameBlock(r);
  }
  expect((await at("")).body).toBe(fs.readFileSync(path.join(rel.addin, "index.html"), "utf8"));
  const js = bundles();
  expect(js.length).toBeGreaterThanOrEqual(3);
  for (const f of js) {
    const r = await at(f);
    expect([f, r.status]).toEqual([f, 200]);
    expect(r.headers["content-type"]).toMatch(/^(application|text)\/javascript/);
    expect(r.headers["cache-control"]).toMatch(/max-age=31536000/);
    expect(r.headers["cache-control"]).toMatch(/immutable/);
  }
  const png = await at("assets/icon-32.png");
  expect(png.status).toBe(200);
  expect(png.headers["content-type"]).toBe("image/png");
  expect(png.headers["cache-control"]).toMatch(/max-age=86400/);
  expect((await at("no-such-file.js")).status).toBe(404);
  for (const f of hidden) expect([f, (await at(f)).status]).not.toEqual([f, 200]);
  const plain = await get(`http://${HOST}/addin/manifest.xml`, httpPort, ca);
  expect([301, 302, 308]).toContain(plain.status);
  expect(plain.headers.location).toMatch(/^https:\/\/plan\.example\.com(:\d+)?\/addin\/manifest\.xml$/);
}

const HAS_NGINX = spawnSync("nginx", ["-v"]).status === 0;
const HAS_APACHE = spawnSync("apache2", ["-v"]).status === 0;

// Each server test makes a key (openssl), copies the release and starts a server: 180 s each, room for a loaded CI
// machine (the waits inside are on conditions; waitForPort gives up after 60 s).
describe("nginx: deploy/nginx/budget-plan.conf", () => {
  let proc: ChildProcess | undefined;
  afterAll(() => stop(proc));

  test("nginx is installed (.ci/run installs it)", () => {
    expect(HAS_NGINX).toBe(true);
  });

  test("passes nginx -t and serves the release with the right headers", async () => {
    const { W, cert, key } = scratch();
    const [p80, p443] = [await freePort(), await freePort()];
    const site = read("deploy/nginx/budget-plan.conf")
      .replace(/^\s*listen \[::\]:.*$/gm, "")
      .replace("listen 80;", `listen 127.0.0.1:${p80};`)
      .replace("listen 443 ssl http2;", `listen 127.0.0.1:${p443} ssl http2;`)
      .replace("root /var/www/plan;", `root ${W}/www;`)
      .replace(`/etc/ssl/${HOST}/fullchain.pem`, cert)
      .replace(`/etc/ssl/${HOST}/privkey.pem`, key);
    expect(site).toContain(`listen 127.0.0.1:${p443} ssl`);
    fs.mkdirSync(path.join(W, "logs"));
    fs.writeFileSync(path.join(W, "site.conf"), site);
    const conf = path.join(W, "nginx.conf");
    fs.writeFileSync(
      conf,
      [
        "worker_processes 1;",
        "daemon off;",
        `pid ${W}/logs/nginx.pid;`,
        `error_log ${W}/logs/error.log;`,
        "events {}",
        "http {",
        "  include /etc/nginx/mime.types;",
        "  default_type application/octet-stream;",
        `  access_log ${W}/logs/access.log;`,
        ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${W}/logs/${t};`),
        `  include ${W}/site.conf;`,
        "}",
      ].join("\n"),
    );
    const t = spawnSync("nginx", ["-p", W, "-c", conf, "-e", `${W}/logs/error.log`, "-t"], { encoding: "utf8" });
    expect(t.stderr).toContain("syntax is ok");
    expect(t.status).toBe(0);
    proc = spawn("nginx", ["-p", W, "-c", conf, "-e", `${W}/logs/error.log`], { stdio: "ignore" });
    await waitForPort(p443, proc, () => fs.readFileSync(`${W}/logs/error.log`, "utf8"));
    await checkServed(p443, p80, fs.readFileSync(cert, "utf8"), [".htaccess", "web.config"]);
  }, 180_000);
});

/** An Apache main configuration around `body` (modules from Debian's apache2 package). */
function apacheConf(W: string, ports: number[], body: string): string {
  const mods = ["mpm_event", "authz_core", "alias", "mime", "headers", "ssl", "socache_shmcb", "dir", "rewrite", "filter", "http2"];
  const asRoot = process.getuid?.() === 0;
  return [
    `ServerRoot ${W}`,
    `DefaultRuntimeDir ${W}/run`,
    `PidFile ${W}/run/httpd.pid`,
    `Mutex file:${W}/run default`,
    `ErrorLog ${W}/logs/error.log`,
    "LogLevel warn",
    "ServerName localhost",
    ...mods.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`),
    ...(asRoot ? ["User www-data", "Group www-data"] : []),
    "TypesConfig /etc/mime.types",
    `SSLSessionCache shmcb:${W}/run/ssl_scache(512000)`,
    ...ports.map((p) => `Listen 127.0.0.1:${p}`),
    // what every Apache (and every shared host) has in its main configuration
    "<Directory />\n  AllowOverride None\n  Require all denied\n</Directory>",
    '<FilesMatch "^\\.ht">\n  Require all denied\n</FilesMatch>',
    body,
  ].join("\n");
}

async function runApache(W: string, conf: string, port: number): Promise<ChildProcess> {
  fs.mkdirSync(path.join(W, "run"), { recursive: true });
  fs.mkdirSync(path.join(W, "logs"), { recursive: true });
  const file = path.join(W, "httpd.conf");
  fs.writeFileSync(file, conf);
  const t = spawnSync("apache2", ["-t", "-f", file], { encoding: "utf8" });
  expect(`${t.stdout}${t.stderr}`).toContain("Syntax OK");
  expect(t.status).toBe(0);
  const proc = spawn("apache2", ["-f", file, "-DFOREGROUND"], { stdio: "ignore" });
  await waitForPort(port, proc, () => (fs.existsSync(`${W}/logs/error.log`) ? fs.readFileSync(`${W}/logs/error.log`, "utf8") : ""));
  return proc;
}

describe("Apache", () => {
  const procs: ChildProcess[] = [];
  afterAll(async () => {
    for (const p of procs) await stop(p);
  });

  test("apache2 is installed (.ci/run installs it)", () => {
    expect(HAS_APACHE).toBe(true);
  });

  test("the virtual host (deploy/apache/budget-plan.conf) passes apache2 -t and serves the release with the right headers", async () => {
    const { W, www, cert, key } = scratch();
    const [p80, p443] = [await freePort(), await freePort()];
    const site = read("deploy/apache/budget-plan.conf")
      .replace("<VirtualHost *:80>", `<VirtualHost 127.0.0.1:${p80}>`)
      .replace("<VirtualHost *:443>", `<VirtualHost 127.0.0.1:${p443}>`)
      .replace(`Redirect permanent / https://${HOST}/`, `Redirect permanent / https://${HOST}:${p443}/`)
      .split("/var/www/plan/addin/")
      .join(`${www}/addin/`)
      .replace(`/etc/ssl/${HOST}/fullchain.pem`, cert)
      .replace(`/etc/ssl/${HOST}/privkey.pem`, key);
    expect(site).toContain(`<VirtualHost 127.0.0.1:${p443}>`);
    procs.push(await runApache(W, apacheConf(W, [p80, p443], site), p443));
    await checkServed(p443, p80, fs.readFileSync(cert, "utf8"), [".htaccess", "web.config"]);
  }, 180_000);

  test("shared hosting: deploy/apache/.htaccess alone (AllowOverride All) gives the same headers, also where the host frames-blocks every site", async () => {
    const { W, www, cert, key } = scratch();
    expect(fs.readFileSync(path.join(www, "addin", ".htaccess"), "utf8")).toBe(read("deploy/apache/.htaccess"));
    const [p80, p443] = [await freePort(), await freePort()];
    // a hardened host: every response forbids framing (both ways); the .htaccess must take that off for the add-in
    const dir = [
      `<Directory ${www}>\n  AllowOverride All\n  Require all granted\n</Directory>`,
      `Header always set X-Frame-Options "SAMEORIGIN"`,
      `Header always set Content-Security-Policy "frame-ancestors 'self'; upgrade-insecure-requests"`,
    ].join("\n");
    const hosts = [
      `<VirtualHost 127.0.0.1:${p80}>\n  ServerName ${HOST}\n  DocumentRoot ${www}\n</VirtualHost>`,
      `<VirtualHost 127.0.0.1:${p443}>\n  ServerName ${HOST}\n  DocumentRoot ${www}\n  SSLEngine on\n  SSLCertificateFile ${cert}\n  SSLCertificateKeyFile ${key}\n</VirtualHost>`,
    ];
    procs.push(await runApache(W, apacheConf(W, [p80, p443], [dir, ...hosts].join("\n")), p443));
    await checkServed(p443, p80, fs.readFileSync(cert, "utf8"), [".htaccess"]);
    // the rest of the host's policy is kept
    const page = await get(`https://${HOST}/addin/taskpane.html`, p443, fs.readFileSync(cert, "utf8"));
    expect(page.headers["content-security-policy"]).toBe("upgrade-insecure-requests");
    // outside the add-in folder the host's headers are untouched
    fs.writeFileSync(path.join(www, "other.html"), "<!doctype html><title>x</title>");
    const other = await get(`https://${HOST}/other.html`, p443, fs.readFileSync(cert, "utf8"));
    expect(other.headers["x-frame-options"]).toBe("SAMEORIGIN");
  }, 180_000);

  test("the .htaccess does not break a host that lacks mod_headers and mod_rewrite (every block is guarded)", async () => {
    const { W, www, cert, key } = scratch();
    const [p443] = [await freePort()];
    const hosts = `<Directory ${www}>\n  AllowOverride All\n  Require all granted\n</Directory>\n<VirtualHost 127.0.0.1:${p443}>\n  ServerName ${HOST}\n  DocumentRoot ${www}\n  SSLEngine on\n  SSLCertificateFile ${cert}\n  SSLCertificateKeyFile ${key}\n</VirtualHost>`;
    const conf = apacheConf(W, [p443], hosts).replace(/^LoadModule (headers|rewrite)_module .*$/gm, "");
    procs.push(await runApache(W, conf, p443));
    const r = await get(`https://${HOST}/addin/taskpane.html`, p443, fs.readFileSync(cert, "utf8"));
    expect(r.status).toBe(200);
  }, 180_000);
});

describe("IIS: deploy/iis/web.config", () => {
  const xml = read("deploy/iis/web.config");
  let doc: XmlElement;

  test("is well-formed XML (xmllint) and travels in the release's addin folder", () => {
    const r = spawnSync("xmllint", ["--nonet", "--noout", path.join(root, "deploy/iis/web.config")], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    doc = parseXml(xml);
    expect(localName(doc)).toBe("configuration");
    expect(fs.readFileSync(path.join(rel.addin, "web.config"), "utf8")).toBe(xml);
  });

  const ws = () => doc.children.find((c) => localName(c) === "system.webServer")!;

  test("types: the manifest as XML, pages and scripts in UTF-8; each mimeMap after a remove (no duplicate-entry error)", () => {
    const sc = ws().children.find((c) => localName(c) === "staticContent")!;
    const maps = new Map(findAll(sc, "mimeMap").map((m) => [m.attrs.fileExtension, m.attrs.mimeType]));
    expect(maps.get(".xml")).toMatch(/^text\/xml; charset=utf-8$/);
    expect(maps.get(".html")).toBe("text/html; charset=utf-8");
    expect(maps.get(".js")).toBe("application/javascript; charset=utf-8");
    expect(maps.get(".png")).toBe("image/png");
    sc.children.forEach((c, i) => {
      if (localName(c) !== "mimeMap") return;
      const prev = sc.children[i - 1];
      expect([c.attrs.fileExtension, localName(prev), prev.attrs.fileExtension]).toEqual([c.attrs.fileExtension, "remove", c.attrs.fileExtension]);
    });
  });

  test("caching: a year by default, no-cache for every page and the manifest in the release, a day for the icons", () => {
    const cc = findAll(ws(), "clientCache");
    expect(cc).toHaveLength(1);
    expect(cc[0].attrs).toMatchObject({ cacheControlMode: "UseMaxAge", cacheControlMaxAge: "365.00:00:00" });
    const locs = new Map(findAll(doc, "location").map((l) => [l.attrs.path, findAll(l, "clientCache")[0]?.attrs]));
    const pages = fs.readdirSync(rel.addin).filter((f) => /\.(html|xml)$/.test(f));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const p of [...pages, "manifest.xml"]) expect([p, locs.get(p)?.cacheControlMode]).toEqual([p, "DisableCache"]);
    expect(locs.get("assets")).toMatchObject({ cacheControlMode: "UseMaxAge", cacheControlMaxAge: "1.00:00:00" });
  });

  test("no X-Frame-Options or CSP frame-ancestors; index.html is the default document; only sections unlocked by default", () => {
    const headers = findAll(ws(), "customHeaders")[0];
    expect(findAll(headers, "remove").map((r) => r.attrs.name)).toContain("X-Frame-Options");
    expect(findAll(headers, "add").map((a) => a.attrs.name.toLowerCase())).not.toEqual(expect.arrayContaining(["x-frame-options", "content-security-policy"]));
    expect(findAll(ws(), "defaultDocument")[0] && findAll(findAll(ws(), "defaultDocument")[0], "add").map((a) => a.attrs.value)).toEqual(["index.html"]);
    // sections that need a module IIS does not install by default, or that applicationHost.config locks
    for (const locked of ["rewrite", "httpRedirect", "access", "authentication", "handlers", "modules"]) expect(findAll(doc, locked)).toEqual([]);
  });
});
