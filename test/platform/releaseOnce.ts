/**
 * The release zip of the current sources, made once per test process: the shared production build
 * (test/helpers/build.ts) packed by scripts/release.js, then unpacked into a temp folder, as a district
 * officer would unpack it before uploading the addin/ folder.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { buildOnce } from "../helpers/build";
import { release, type ReleaseResult } from "../../scripts/release.js";

export interface UnpackedRelease extends ReleaseResult {
  /** Folder the zip was unpacked into. */
  dir: string;
  /** The single top folder, budget-plan-addin-<version>. */
  top: string;
  /** Entry names in the zip. */
  entries: string[];
  /** <top>/addin, the folder to upload. */
  addin: string;
}

let made: Promise<UnpackedRelease> | undefined;

export function releaseOnce(): Promise<UnpackedRelease> {
  if (!made) made = make();
  return made;
}

async function make(): Promise<UnpackedRelease> {
  const build = await buildOnce();
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "release-test-"));
  const r = await release({ from: build.outDir, out });
  const zip = await JSZip.loadAsync(fs.readFileSync(r.zipPath));
  const dir = path.join(out, "unpacked");
  const entries: string[] = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    entries.push(name);
    const to = path.join(dir, name);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.writeFileSync(to, await entry.async("nodebuffer"));
  }
  const tops = [...new Set(entries.map((e) => e.split("/")[0]))];
  const top = path.join(dir, tops[0]);
  return { ...r, dir, top, entries: entries.sort(), addin: path.join(top, "addin") };
}
