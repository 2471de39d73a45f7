/**
 * What src/taskpane/polyfills.ts adds where an old webview (EdgeHTML 18, Safari 13) lacks it, on the engine's own
 * Promise (babel.config.js leaves core-js's Promise replacement out: every target has a native Promise). The
 * built-ins are removed here as those webviews lack them, the polyfills loaded afresh, then used.
 */
type Saved = { target: object; key: PropertyKey; desc: PropertyDescriptor | undefined };

const MISSING: [object, PropertyKey][] = [
  [Promise.prototype, "finally"],
  [Promise, "allSettled"],
  [Object, "fromEntries"],
  [Array.prototype, "flatMap"],
  [String.prototype, "replaceAll"],
];

describe("the pane's polyfills on an engine without ES2019–ES2021 built-ins", () => {
  const saved: Saved[] = [];
  const NativePromise = Promise;

  beforeAll(() => {
    for (const [target, key] of MISSING) {
      saved.push({ target, key, desc: Object.getOwnPropertyDescriptor(target, key) });
      delete (target as Record<PropertyKey, unknown>)[key];
      if ((target as Record<PropertyKey, unknown>)[key] !== undefined) throw new Error(`could not remove ${String(key)}`);
    }
    // core-js keeps a shared store on the global object: a fresh copy of the modules sees the removed methods
    delete (globalThis as Record<string, unknown>)["__core-js_shared__"];
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../src/taskpane/polyfills");
    });
  });

  afterAll(() => {
    for (const s of saved) if (s.desc) Object.defineProperty(s.target, s.key, s.desc);
  });

  test("the removed built-ins are back, and Promise is still the engine's own", () => {
    for (const [target, key] of MISSING) expect(typeof (target as Record<PropertyKey, unknown>)[key]).toBe("function");
    expect(Promise).toBe(NativePromise);
  });

  test("Promise#finally runs its callback and keeps the value or the reason", async () => {
    const seen: string[] = [];
    await expect(Promise.resolve(7).finally(() => seen.push("ok"))).resolves.toBe(7);
    await expect(Promise.reject(new Error("no")).finally(() => seen.push("err"))).rejects.toThrow("no");
    expect(seen).toEqual(["ok", "err"]);
  });

  test("Promise.allSettled, Object.fromEntries, Array#flatMap and String#replaceAll work", async () => {
    await expect(Promise.allSettled([Promise.resolve(1), Promise.reject(2)])).resolves.toEqual([
      { status: "fulfilled", value: 1 },
      { status: "rejected", reason: 2 },
    ]);
    expect(Object.fromEntries([["a", 1], ["b", 2]])).toEqual({ a: 1, b: 2 });
    expect([[1, 2], [3]].flatMap((x) => x.map((y) => y * 10))).toEqual([10, 20, 30]);
    expect("ก.ข.ค".replaceAll(".", " ")).toBe("ก ข ค");
  });
});
