/**
 * @jest-environment jsdom
 */
/**
 * The pane's hand-made tab row (src/taskpane/components/PaneTabs.tsx) keeps the semantics Fluent's TabList gave:
 * a tablist of buttons with role="tab", exactly one aria-selected="true", a click choosing a tab, a roving tab
 * index (only the chosen tab is in the Tab order: Tab enters the row there) and the arrow keys moving the focus
 * along the tabs without choosing one (also checked in a real browser: test/e2e/edges.test.ts).
 */
import { act, useState } from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { PaneTabs } from "../../src/taskpane/components/PaneTabs";
import { paneTheme } from "../../src/taskpane/theme";
import { setupPaneDom, q, all, click } from "../helpers/paneDom";

setupPaneDom();

type Id = "one" | "two" | "three";
const TABS = [
  { value: "one", label: "หนึ่ง" },
  { value: "two", label: "สอง" },
  { value: "three", label: "สาม" },
] as const;

let root: Root;
let container: HTMLDivElement;
const chosen: Id[] = [];

function Harness() {
  const [tab, setTab] = useState<Id>("two");
  return (
    <FluentProvider theme={paneTheme}>
      <PaneTabs
        tabs={TABS}
        selected={tab}
        onSelect={(v) => {
          chosen.push(v);
          setTab(v);
        }}
      />
    </FluentProvider>
  );
}

beforeEach(async () => {
  chosen.length = 0;
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
  await act(async () => root.render(<Harness />));
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

const selected = () => all('[role="tab"][aria-selected="true"]').map((e) => e.getAttribute("data-testid"));
const defaultFocus = () => all('[role="tab"]').filter((e) => e.getAttribute("tabindex") === "0").map((e) => e.getAttribute("data-testid"));
const key = async (k: string) =>
  act(async () => {
    (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));
  });
const focused = () => (document.activeElement as HTMLElement | null)?.getAttribute("data-testid");

test("a tablist of tab buttons, the chosen one selected and the only one in the Tab order", () => {
  const list = all('[role="tablist"]');
  expect(list).toHaveLength(1);
  const tabs = all('[role="tab"]');
  expect(tabs.map((e) => e.getAttribute("data-testid"))).toEqual(["tab-one", "tab-two", "tab-three"]);
  expect(tabs.every((e) => e.tagName === "BUTTON" && e.getAttribute("type") === "button" && list[0].contains(e))).toBe(true);
  expect(selected()).toEqual(["tab-two"]);
  expect(all('[role="tab"][aria-selected="false"]')).toHaveLength(2);
  expect(defaultFocus()).toEqual(["tab-two"]);
  expect(all('[role="tab"][tabindex="-1"]')).toHaveLength(2);
});

test("the arrow keys move the focus along the tabs, circular, Home and End to the ends, choosing nothing", async () => {
  q("tab-two")!.focus();
  await key("ArrowRight");
  expect(focused()).toBe("tab-three");
  await key("ArrowRight");
  expect(focused()).toBe("tab-one");
  await key("ArrowLeft");
  expect(focused()).toBe("tab-three");
  await key("Home");
  expect(focused()).toBe("tab-one");
  await key("End");
  expect(focused()).toBe("tab-three");
  await key("a");
  expect(focused()).toBe("tab-three");
  expect(chosen).toEqual([]);
  expect(selected()).toEqual(["tab-two"]);
});

test("a click chooses the tab; the selection and the default focus follow", async () => {
  await click(q("tab-three"));
  expect(chosen).toEqual(["three"]);
  expect(selected()).toEqual(["tab-three"]);
  expect(defaultFocus()).toEqual(["tab-three"]);
  // the chosen tab carries its label once (the hidden semibold copy that keeps a tab's width is on the others only)
  expect(q("tab-three")!.textContent).toBe("สาม");
});
