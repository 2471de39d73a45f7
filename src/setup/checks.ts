/**
 * What the setup page checks about the server it is served from, from the answers to a few requests for the
 * files the manifest points at (same origin, so the page can read the headers). Pure: takes the answers.
 */
export type CheckLevel = "ok" | "warn" | "fail";

export interface Check {
  level: CheckLevel;
  /** Key in the setup page's strings. */
  key: CheckKey;
  vars?: Record<string, string>;
}

export type CheckKey =
  | "check.https"
  | "check.notHttps"
  | "check.file"
  | "check.fileMissing"
  | "check.frameBlocked"
  | "check.frameAncestors"
  | "check.frameOk"
  | "check.htmlCached"
  | "check.htmlNoCache"
  | "check.otherAddress";

export interface Answer {
  path: string;
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
}

/** The files the manifest points at, relative to the add-in folder. */
export const CHECKED_FILES = ["taskpane.html", "commands.html", "fallback.html", "assets/icon-32.png", "assets/icon-80.png"];

const noCache = (cc: string | undefined) => !!cc && /no-cache|no-store|max-age=0\b/i.test(cc);

/** Checks for the page's own protocol and the answers for CHECKED_FILES. */
export function serverChecks(protocol: string, answers: Answer[]): Check[] {
  const out: Check[] = [];
  out.push(protocol === "https:" ? { level: "ok", key: "check.https" } : { level: "fail", key: "check.notHttps" });
  for (const a of answers) {
    out.push(a.status === 200 ? { level: "ok", key: "check.file", vars: { file: a.path } } : { level: "fail", key: "check.fileMissing", vars: { file: a.path, status: String(a.status || "—") } });
  }
  const html = answers.filter((a) => /\.html$/.test(a.path) && a.status === 200);
  const xfo = html.find((a) => a.headers["x-frame-options"]);
  const fa = html.find((a) => /frame-ancestors/i.test(a.headers["content-security-policy"] ?? ""));
  if (xfo) out.push({ level: "fail", key: "check.frameBlocked", vars: { value: xfo.headers["x-frame-options"] } });
  if (fa) out.push({ level: "warn", key: "check.frameAncestors", vars: { value: fa.headers["content-security-policy"] } });
  if (!xfo && !fa && html.length) out.push({ level: "ok", key: "check.frameOk" });
  const pane = answers.find((a) => a.path === "taskpane.html" && a.status === 200);
  if (pane) out.push(noCache(pane.headers["cache-control"]) ? { level: "ok", key: "check.htmlNoCache" } : { level: "warn", key: "check.htmlCached", vars: { value: pane.headers["cache-control"] ?? "—" } });
  return out;
}
