#!/usr/bin/env node
/*
 * Serve a built add-in folder (default: dist/) over HTTPS, to try the production build before it goes
 * to the real web server. No dependencies beyond Node and, for the self-signed certificate, `openssl`.
 *
 *   node scripts/serve-https.js [DIR] [--port 3443] [--host localhost]
 *                               [--cert FILE --key FILE | --dev-certs] [--cert-dir DIR]
 *
 *   DIR          folder to serve (default: dist)
 *   --port       TCP port (default 3443; 0 = any free port, the address is printed)
 *   --host       address to listen on (default localhost)
 *   --cert/--key PEM certificate and key to use instead of generating one
 *   --dev-certs  use the certificate that `npx office-addin-dev-certs install` created and trusted
 *                (~/.office-addin-dev-certs/localhost.crt and localhost.key)
 *   --cert-dir   where the self-signed certificate is generated and reused (default: .tmp/https-cert)
 *
 * Prints "Serving DIR at https://HOST:PORT/" and "Certificate: FILE" once it listens.
 * A self-signed certificate is for checking the files (curl --cacert, a browser warning, the tests);
 * Office itself only loads add-ins from a certificate Windows or macOS trusts (see docs/deploy.en.md).
 *
 * Why not a kept tool: webpack's dev server serves the sources it builds in memory, not a finished dist/
 * folder, and sends none of the deploy's cache headers (docs/deploy.*.md), which this serves as the real
 * web server will; office-addin-dev-certs only makes certificates (used here with --dev-certs).
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const os = require("node:os");
const https = require("node:https");
const crypto = require("node:crypto");
const { execFileSync } = require("node:child_process");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".wasm": "application/wasm",
};

function parseArgs(argv) {
  const opts = { dir: "dist", port: 3443, host: "localhost", cert: null, key: null, devCerts: false, certDir: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--port" || a === "-p") opts.port = Number(value());
    else if (a === "--host") opts.host = value();
    else if (a === "--cert") opts.cert = value();
    else if (a === "--key") opts.key = value();
    else if (a === "--cert-dir") opts.certDir = value();
    else if (a === "--dev-certs") opts.devCerts = true;
    else if (a === "--help" || a === "-h") opts.help = true;
    else if (a.startsWith("-")) throw new Error(`unknown option ${a}`);
    else opts.dir = a;
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error("--port must be 0..65535");
  if ((opts.cert && !opts.key) || (!opts.cert && opts.key)) throw new Error("--cert and --key go together");
  return opts;
}

/** True when the PEM certificate exists, covers localhost and is valid for at least another day. */
function usableCertificate(certFile, keyFile) {
  if (!fs.existsSync(certFile) || !fs.existsSync(keyFile)) return false;
  try {
    const x509 = new crypto.X509Certificate(fs.readFileSync(certFile));
    const notAfter = new Date(x509.validTo).getTime();
    return (x509.subjectAltName || "").includes("DNS:localhost") && notAfter - Date.now() > 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

/** Create (or reuse) a self-signed certificate for localhost / 127.0.0.1 / ::1 with openssl. */
function selfSignedCertificate(certDir) {
  const certFile = path.join(certDir, "localhost.crt");
  const keyFile = path.join(certDir, "localhost.key");
  if (usableCertificate(certFile, keyFile)) return { certFile, keyFile, generated: false };
  fs.mkdirSync(certDir, { recursive: true });
  try {
    execFileSync(
      "openssl",
      [
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "30",
        "-keyout", keyFile, "-out", certFile,
        "-subj", "/CN=localhost/O=Budget Plan add-in (self-signed test certificate)",
        "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,digitalSignature,keyEncipherment,keyCertSign",
        "-addext", "extendedKeyUsage=serverAuth",
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
  } catch (e) {
    const why = e && e.code === "ENOENT" ? "openssl is not installed" : String((e && e.stderr) || e);
    throw new Error(
      `could not create a self-signed certificate (${why}). Install openssl, or pass --cert FILE --key FILE, ` +
        "or run `npx office-addin-dev-certs install` and use --dev-certs.",
    );
  }
  fs.chmodSync(keyFile, 0o600);
  return { certFile, keyFile, generated: true };
}

function cacheControl(file) {
  const base = path.basename(file);
  if (/\.(html?|xml|json)$/.test(base)) return "no-cache";
  // Content-hashed bundles (name.0123abcd.js) never change; everything else: one hour.
  if (/\.[0-9a-f]{8,}(\.chunk)?\.(js|css|png|svg|woff2?)$/.test(base)) return "public, max-age=31536000, immutable";
  return "public, max-age=3600";
}

function createHandler(root) {
  const rootReal = fs.realpathSync(root);
  return (req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", ...headers });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "Method Not Allowed\n", { Allow: "GET, HEAD" });
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "https://localhost").pathname);
    } catch {
      return send(400, "Bad Request\n");
    }
    if (pathname.includes("\0")) return send(400, "Bad Request\n");
    let file = path.join(rootReal, path.normalize(pathname));
    if (file !== rootReal && !file.startsWith(rootReal + path.sep)) return send(403, "Forbidden\n");
    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) {
        file = path.join(file, "index.html");
        st = fs.existsSync(file) ? fs.statSync(file) : null;
      }
      if (err || !st || !st.isFile()) return send(404, "Not Found\n");
      // Refuse symlinks that lead out of the folder.
      const real = fs.realpathSync(file);
      if (real !== rootReal && !real.startsWith(rootReal + path.sep)) return send(403, "Forbidden\n");
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
        "Content-Length": st.size,
        "Cache-Control": cacheControl(file),
        "X-Content-Type-Options": "nosniff",
      });
      if (req.method === "HEAD") return res.end();
      fs.createReadStream(file).pipe(res);
    });
  };
}

/**
 * Start the server. Resolves once it listens.
 * @returns {Promise<{ url: string, port: number, certFile: string, keyFile: string, server: import("node:https").Server, close: () => Promise<void> }>}
 */
function serve(options) {
  const opts = { ...parseArgs([]), ...options };
  const dir = path.resolve(opts.dir);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    return Promise.reject(new Error(`${dir} is not a folder (run \`npm run build\` first)`));
  }
  let certFile;
  let keyFile;
  if (opts.cert) {
    certFile = path.resolve(opts.cert);
    keyFile = path.resolve(opts.key);
  } else if (opts.devCerts) {
    certFile = path.join(os.homedir(), ".office-addin-dev-certs", "localhost.crt");
    keyFile = path.join(os.homedir(), ".office-addin-dev-certs", "localhost.key");
    if (!fs.existsSync(certFile)) {
      return Promise.reject(new Error(`${certFile} not found: run \`npx office-addin-dev-certs install\` first`));
    }
  } else {
    const certDir = path.resolve(opts.certDir || path.join(__dirname, "..", ".tmp", "https-cert"));
    ({ certFile, keyFile } = selfSignedCertificate(certDir));
  }
  const server = https.createServer({ cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) }, createHandler(dir));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => {
      const port = server.address().port;
      const host = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
      resolve({
        url: `https://${host}:${port}/`,
        port,
        dir,
        certFile,
        keyFile,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

module.exports = { serve, parseArgs, selfSignedCertificate, cacheControl };

if (require.main === module) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`serve-https: ${e.message}`);
    process.exit(2);
  }
  if (opts.help) {
    const header = fs.readFileSync(__filename, "utf8").split("\n").slice(2, 20);
    console.log(header.map((l) => l.replace(/^ \*\/?\s?/, "")).join("\n"));
    process.exit(0);
  }
  serve(opts).then(
    (s) => {
      console.log(`Serving ${s.dir} at ${s.url}`);
      console.log(`Certificate: ${s.certFile}`);
      const stop = () => s.close().then(() => process.exit(0));
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    },
    (e) => {
      console.error(`serve-https: ${e.message}`);
      process.exit(1);
    },
  );
}
