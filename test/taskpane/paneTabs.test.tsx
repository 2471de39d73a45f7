/**
 * @jest-environment jsdom
 */
/**
 * The pane's hand-made tab row (src/taskpane/components/PaneTabs.tsx) keeps the semantics Fluent's TabList gave:
 * a tablist of buttons with role="tab", exactly one aria-selected="true", a click choosing a tab, and tabster's
 * default-focus mark on the chosen one (Tab enters the row there). The arrow keys are checked in a real browser
 * (test/e2e/edges.test.ts): jsdom has no focus navigation.
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
const defaultFocus = () => all('[role="tab"]').filter((e) => /"isDefault":true/.test(e.getAttribute("data-tabster") ?? "")).map((e) => e.getAttribute("data-testid"));

test("a tablist of tab buttons, the chosen one selected and tabster's default", () => {
  const list = all('[role="tablist"]');
  expect(list).toHaveLength(1);
  const tabs = all('[role="tab"]');
  expect(tabs.map((e) => e.getAttribute("data-testid"))).toEqual(["tab-one", "tab-two", "tab-three"]);
  expect(tabs.every((e) => e.tagName === "BUTTON" && e.getAttribute("type") === "button" && list[0].contains(e))).toBe(true);
  expect(selected()).toEqual(["tab-two"]);
  expect(all('[role="tab"][aria-selected="false"]')).toHaveLength(2);
  expect(defaultFocus()).toEqual(["tab-two"]);
  // the arrow group on the list (tabster's mover, circular, left/right)
  expect(list[0].getAttribute("data-tabster")).toMatch(/"mover"/);
});

test("a click chooses the tab; the selection and the default focus follow", async () => {
  await click(q("tab-three"));
  expect(chosen).toEqual(["three"]);
  expect(selected()).toEqual(["tab-three"]);
  expect(defaultFocus()).toEqual(["tab-three"]);
  // the chosen tab carries its label once (the hidden semibold copy that keeps a tab's width is on the others only)
  expect(q("tab-three")!.textContent).toBe("สาม");
});
