/**
 * The setup page (setup.html = index.html of the add-in folder): shows the folder's address, makes the
 * manifest for it (Id derived from the address, src/setup/manifestCore.js), offers it as a download, checks the
 * server's answers for the files the manifest points at, and lists the next steps. Thai first, English on a
 * button. Everything happens in the browser; nothing is sent anywhere.
 */
import { addinIdFor, manifestFor, normalizeBase } from "./manifestCore";
import { CHECKED_FILES, serverChecks, type Answer, type Check } from "./checks";
import { st, type SetupKey, type SetupLang } from "./strings";

export interface SetupEnv {
  document: Document;
  /** The page's own address (location.href). */
  href: string;
  /** The source manifest.xml, or as the build embeds it (pageTemplate: a placeholder instead of the development address). */
  template: string;
  version: string;
  /** fetch (same origin) for the server check; omitted: no check. */
  fetch?: (url: string, init?: RequestInit) => Promise<Response>;
  lang?: SetupLang;
}

export interface SetupPage {
  /** The manifest for the address in the box, or undefined when the address is unusable. */
  manifest(): string | undefined;
  setAddress(url: string): void;
  setLang(lang: SetupLang): void;
  /** Resolves when the server check has finished (its results are on the page). */
  checked: Promise<Check[]>;
}

/** The folder of the page's address (https only), or undefined. */
export function folderOf(href: string): string | undefined {
  try {
    return normalizeBase(href);
  } catch {
    return undefined;
  }
}

export function manifestDataUrl(xml: string): string {
  return "data:text/xml;charset=utf-8," + encodeURIComponent(xml);
}

async function ask(fetchFn: NonNullable<SetupEnv["fetch"]>, base: string, path: string): Promise<Answer> {
  try {
    const r = await fetchFn(base + path, { method: "GET", cache: "no-store", credentials: "same-origin" });
    const headers: Record<string, string> = {};
    r.headers.forEach((v, k) => (headers[k.toLowerCase()] = v));
    return { path, status: r.status, headers };
  } catch {
    return { path, status: 0, headers: {} };
  }
}

export function renderSetup(env: SetupEnv): SetupPage {
  const doc = env.document;
  const root = doc.getElementById("setup")!;
  let lang: SetupLang = env.lang ?? "th";
  const own = folderOf(env.href) ?? env.href.replace(/[^/]*$/, "");
  let address = own;
  let checks: Check[] | undefined;

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] => {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const T = (key: SetupKey, vars?: Record<string, string>) => st(lang, key, vars);

  const current = (): { xml?: string; id?: string; error?: string } => {
    try {
      const base = normalizeBase(address);
      return { xml: manifestFor(env.template, base), id: addinIdFor(base) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  };

  function draw(): void {
    const active = doc.activeElement as HTMLElement | null;
    const hadFocus = active?.id === "address";
    const caret = hadFocus ? (active as HTMLInputElement).selectionStart : null;
    root.textContent = "";
    doc.documentElement.lang = lang;
    doc.title = T("title");
    const top = el("div", { class: "top" });
    top.append(el("h1", {}, T("title")));
    const sw = el("button", { type: "button", id: "lang", "data-testid": "lang" }, T("switchLang"));
    sw.addEventListener("click", () => page.setLang(lang === "th" ? "en" : "th"));
    top.append(sw);
    root.append(top, el("p", { class: "muted", "data-testid": "version" }, T("version", { version: env.version })), el("p", {}, T("intro")));

    const label = el("label", { for: "address" }, T("addressLabel"));
    const input = el("input", { type: "url", id: "address", "data-testid": "address", spellcheck: "false", autocomplete: "off" });
    input.value = address;
    input.addEventListener("input", () => page.setAddress(input.value));
    root.append(label, input, el("p", { class: "muted" }, T("addressHelp")));

    const m = current();
    if (m.xml && m.id) {
      root.append(el("p", { "data-testid": "addin-id" }, T("addinId", { id: m.id })), el("p", { class: "muted" }, T("idNote")));
      const a = el("a", { class: "button primary", download: "manifest.xml", href: manifestDataUrl(m.xml), "data-testid": "download" }, T("download"));
      const p = el("p");
      p.append(a);
      root.append(p);
      const details = el("details");
      details.append(el("summary", {}, T("showXml")), el("pre", { "data-testid": "manifest" }, m.xml));
      root.append(details);
    } else {
      root.append(el("p", { class: "error", "data-testid": "address-error" }, T("badAddress", { error: m.error ?? "" })));
      const p = el("p");
      p.append(el("a", { class: "button primary", "aria-disabled": "true", "data-testid": "download" }, T("download")));
      root.append(p);
    }

    root.append(el("h2", {}, T("checksTitle")));
    if (address !== own && folderOf(address) !== own) {
      root.append(el("p", { class: "muted", "data-testid": "checks-other" }, T("check.otherAddress", { url: folderOf(address) ?? address })));
    } else if (!checks) {
      root.append(el("p", { class: "muted" }, T("checking")));
    } else {
      const ul = el("ul", { class: "checks", "data-testid": "checks" });
      for (const c of checks) ul.append(el("li", { class: c.level, "data-level": c.level }, T(c.key, c.vars)));
      root.append(ul);
    }

    root.append(el("h2", {}, T("nextTitle")), el("p", {}, T("nextIntro")));
    const ol = el("ol", { "data-testid": "next-steps" });
    for (const [title, body] of [
      ["stepM365Title", "stepM365"],
      ["stepPcTitle", "stepPc"],
      ["stepWebTitle", "stepWeb"],
    ] as const) {
      const li = el("li");
      li.append(el("strong", {}, T(title)), doc.createTextNode(": " + T(body)));
      ol.append(li);
    }
    root.append(ol, el("p", { class: "muted", "data-testid": "privacy" }, T("privacy")));
    if (hadFocus) {
      const again = doc.getElementById("address") as HTMLInputElement;
      again.focus();
      if (caret !== null) again.setSelectionRange(caret, caret);
    }
  }

  const runChecks = async (): Promise<Check[]> => {
    const protocol = /^([a-z]+:)/i.exec(env.href)?.[1].toLowerCase() ?? "";
    const answers = env.fetch && protocol === "https:" ? await Promise.all(CHECKED_FILES.map((f) => ask(env.fetch!, own, f))) : [];
    checks = serverChecks(protocol, answers);
    draw();
    return checks;
  };

  const page: SetupPage = {
    manifest: () => current().xml,
    setAddress(url: string) {
      address = url.trim();
      draw();
    },
    setLang(l: SetupLang) {
      lang = l;
      draw();
    },
    checked: Promise.resolve([]),
  };
  draw();
  page.checked = runChecks();
  return page;
}
