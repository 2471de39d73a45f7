/**
 * `npm ci` works with nothing but Node and the npm registry: the lock file holds no native module that
 * would download a binary from GitHub or compile (keytar needed libsecret-1-dev, pkg-config and a
 * compiler), and leaving out the auto-installed peer dependencies (.npmrc legacy-peer-deps) leaves no
 * package without a peer it needs.
 */
import { readFileSync } from "fs";
import { join } from "path";

// semver comes with npm's own tree (no types package needed for one function)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const semver = require("semver") as { satisfies(version: string, range: string, opts?: { includePrerelease?: boolean }): boolean };

const ROOT = join(__dirname, "..", "..");

interface LockEntry {
  version?: string;
  name?: string;
  optional?: boolean;
  hasInstallScript?: boolean;
  link?: boolean;
  resolved?: string;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
  files: string[];
};
const packages = lock.packages;

/** The lock entry Node would load for `name` required from the package at `from` (walking up node_modules). */
function resolveFrom(from: string, name: string): LockEntry | undefined {
  let dir = from;
  for (;;) {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return packages[candidate];
    if (!dir) return undefined;
    const up = dir.lastIndexOf("/node_modules/");
    dir = up < 0 ? "" : dir.slice(0, up);
  }
}

/**
 * The only peer left out on purpose: office-addin-dev-settings runs the Microsoft 365 Agents Toolkit
 * through `npx -p @microsoft/m365agentstoolkit-cli` for JSON manifests and Outlook only; this project
 * sideloads an XML manifest into Excel (registry on Windows, the wef folder on macOS).
 */
const PEERS_LEFT_OUT = new Set(["office-addin-dev-settings>@microsoft/m365agentstoolkit-cli"]);

/**
 * Install scripts that remain, and why none needs a system package or a download outside the registry.
 * A new entry here needs the same kind of reason.
 */
const INSTALL_SCRIPTS: Record<string, string> = {
  "node_modules/core-js": "prints a funding message",
  "node_modules/esbuild": "checks the platform binary, which comes as an optional registry package (@esbuild/<platform>)",
  "node_modules/@parcel/watcher": "compiles only when npm_config_build_from_source=true; prebuilt binaries are optional registry packages",
};

test("the lock file holds no keytar and no other native module needing a build", () => {
  expect(Object.keys(packages).filter((k) => /(^|\/)node_modules\/keytar$/.test(k))).toEqual([]);
  const withScripts = Object.entries(packages)
    .filter(([, v]) => v.hasInstallScript)
    .map(([k]) => k);
  expect(withScripts.filter((k) => !(k in INSTALL_SCRIPTS))).toEqual([]);
  // No package comes from outside the registry (git, GitHub tarballs).
  const outside = Object.entries(packages)
    .filter(([k, v]) => k && v.resolved && !v.link && !/^https:\/\/[^/]+\/(@[^/]+\/)?[^/]+\/-\//.test(v.resolved))
    .map(([k, v]) => `${k} ${v.resolved}`);
  expect(outside).toEqual([]);
});

test("peer dependencies are not auto-installed, and every peer a package needs is there", () => {
  expect(readFileSync(join(ROOT, ".npmrc"), "utf8")).toMatch(/^legacy-peer-deps=true$/m);
  const missing: string[] = [];
  let checked = 0;
  for (const [loc, entry] of Object.entries(packages)) {
    if (!loc || !entry.peerDependencies) continue;
    const owner = loc.replace(/^.*node_modules\//, "");
    for (const [name, range] of Object.entries(entry.peerDependencies)) {
      if (entry.peerDependenciesMeta?.[name]?.optional) continue;
      if (PEERS_LEFT_OUT.has(`${owner}>${name}`)) continue;
      checked++;
      const found = resolveFrom(loc, name);
      if (!found) missing.push(`${loc} needs ${name}@${range}: absent`);
      else if (found.version && !semver.satisfies(found.version, range, { includePrerelease: true }))
        missing.push(`${loc} needs ${name}@${range}: ${found.version}`);
    }
  }
  expect(checked).toBeGreaterThan(50);
  expect(missing).toEqual([]);
  // The toolkit (and with it keytar) is really absent.
  expect(packages["node_modules/@microsoft/m365agentstoolkit-cli"]).toBeUndefined();
});

test("the packed CLI needs no dependency at install: everything it runs is in the bundle", () => {
  expect(pkg.dependencies ?? {}).toEqual({});
  expect(pkg.devDependencies.tsx).toBeDefined();
  expect(pkg.scripts.prepare).toMatch(/build-cli/);
  expect(pkg.files).toEqual(expect.arrayContaining(["bin/budget-plan.js", "build/cli/*.js"]));
});
