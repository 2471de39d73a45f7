/**
 * Polyfills for the older Office webviews (EdgeHTML 18 in Office 2019 on Windows 10, Safari 13 in older Excel
 * for Mac). Babel's `useBuiltIns: "usage"` already injects what the code uses; these are the few the usage
 * analysis cannot see (feature tests inside libraries, globalThis lookups) and two browser APIs Fluent UI
 * calls on its first render:
 * - `ResizeObserver` (Chrome 64, Safari 13.1; not in EdgeHTML 18): Fluent's MessageBar with layout "auto"
 *   constructs one, so without it the first render throws and the pane stays blank;
 * - `MediaQueryList.addEventListener` (Safari 14; EdgeHTML 18 has only addListener): Fluent's motion hooks
 *   subscribe to "prefers-reduced-motion" with it.
 */
import "core-js/modules/es.global-this";
// Promise as ES2020 has it: the native constructor (every target has one; core-js's replacement only adds
// "unhandledrejection" events in EdgeHTML 18) with finally and allSettled, not the later statics nothing here
// calls (any, try, withResolvers and AggregateError)
import "core-js/modules/es.promise.finally";
import "core-js/modules/es.promise.all-settled";
// the modules themselves, not core-js/stable/… entries (those bring the RegExp and String#replace replacements
// babel.config.js leaves out, and the array iterator every target has)
import "core-js/modules/es.object.from-entries";
import "core-js/modules/es.array.flat-map";
import "core-js/modules/es.array.unscopables.flat-map";
import "core-js/modules/es.string.replace-all";

type Listener = (e: unknown) => void;

interface OldMediaQueryList {
  addEventListener?: (type: string, l: Listener) => void;
  removeEventListener?: (type: string, l: Listener) => void;
  addListener?: (l: Listener) => void;
  removeListener?: (l: Listener) => void;
}

/** Give a MediaQueryList (or its prototype) addEventListener/removeEventListener over addListener. */
function patchMediaQueryList(mql: OldMediaQueryList | null | undefined): void {
  if (!mql || typeof mql.addEventListener === "function" || typeof mql.addListener !== "function") return;
  mql.addEventListener = function (this: OldMediaQueryList, type: string, l: Listener) {
    if (type === "change") this.addListener!(l);
  };
  mql.removeEventListener = function (this: OldMediaQueryList, type: string, l: Listener) {
    if (type === "change") this.removeListener!(l);
  };
}

/** A ResizeObserver that reports each observed element once after observe() and again on window resize. */
class ResizeObserverShim {
  private readonly targets = new Set<Element>();
  private scheduled = false;
  private readonly onResize = () => this.schedule();
  constructor(private readonly callback: (entries: unknown[], observer: unknown) => void) {}

  observe(target: Element): void {
    if (this.targets.size === 0) window.addEventListener("resize", this.onResize);
    this.targets.add(target);
    this.schedule();
  }

  unobserve(target: Element): void {
    this.targets.delete(target);
    if (this.targets.size === 0) window.removeEventListener("resize", this.onResize);
  }

  disconnect(): void {
    this.targets.clear();
    window.removeEventListener("resize", this.onResize);
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      if (this.targets.size === 0) return;
      const entries = [...this.targets].map((target) => ({ target, contentRect: target.getBoundingClientRect() }));
      this.callback(entries, this);
    }, 0);
  }
}

/** Install the shims where the browser lacks the API (exported for the tests). */
export function installWebviewShims(win: Window & typeof globalThis = window): void {
  const w = win as unknown as { ResizeObserver?: unknown; MediaQueryList?: { prototype: OldMediaQueryList }; matchMedia?: (q: string) => OldMediaQueryList };
  if (typeof w.ResizeObserver !== "function") w.ResizeObserver = ResizeObserverShim;
  if (w.MediaQueryList) patchMediaQueryList(w.MediaQueryList.prototype);
  if (typeof w.matchMedia === "function") {
    const original = w.matchMedia.bind(win);
    w.matchMedia = (query: string) => {
      const mql = original(query);
      patchMediaQueryList(mql);
      return mql;
    };
  }
}

if (typeof window !== "undefined") installWebviewShims();
