/**
 * The pane's row of tabs: a WAI-ARIA tablist of buttons (role="tab", aria-selected), drawn like Fluent's small
 * transparent TabList (the brand line under the chosen tab, a grey line under the one hovered, the chosen one's
 * text semibold in the width it had before) and moved through with the arrow keys as Fluent's TabList is (a
 * roving tab index: Tab enters the row at the chosen tab; ← → Home End move the focus, circular, without
 * choosing; tabster's arrow group would bring its Mover, ~4 KB gzipped, into what Excel loads). Fluent's Tab is ~8 KB gzipped in what Excel loads,
 * most of it styles for sizes, vertical lists, icons and appearances the pane never uses.
 */
import type { KeyboardEvent } from "react";
import { createCustomFocusIndicatorStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

/** The arrow keys of a horizontal tablist: the focus moves along the tabs (circular), nothing is chosen. */
function moveFocus(e: KeyboardEvent<HTMLDivElement>): void {
  const tabs = Array.from(e.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]'));
  const at = tabs.indexOf(document.activeElement as HTMLElement);
  if (at < 0 || !tabs.length) return;
  const to = e.key === "ArrowRight" ? (at + 1) % tabs.length : e.key === "ArrowLeft" ? (at - 1 + tabs.length) % tabs.length : e.key === "Home" ? 0 : e.key === "End" ? tabs.length - 1 : -1;
  if (to < 0) return;
  e.preventDefault();
  tabs[to].focus();
}

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "row", alignItems: "stretch", flexShrink: 0, flexWrap: "wrap", position: "relative", padding: "0 4px" },
  tab: {
    display: "grid",
    alignItems: "center",
    justifyContent: "center",
    flexShrink: 0,
    position: "relative",
    overflow: "hidden",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    textTransform: "none",
    outlineStyle: "none",
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    ":hover": { backgroundColor: tokens.colorTransparentBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ":active": { backgroundColor: tokens.colorTransparentBackgroundPressed, color: tokens.colorNeutralForeground2Pressed },
    // the line under a tab: grey while hovered or pressed, the brand colour under the chosen one
    "::before": { content: '""', position: "absolute", bottom: 0, left: tokens.spacingHorizontalSNudge, right: tokens.spacingHorizontalSNudge, height: tokens.strokeWidthThick },
    "::after": { content: '""', position: "absolute", bottom: 0, left: tokens.spacingHorizontalSNudge, right: tokens.spacingHorizontalSNudge, height: tokens.strokeWidthThick },
    ":hover::before": { backgroundColor: tokens.colorNeutralStroke1Hover, borderRadius: tokens.borderRadiusCircular },
    ":active::before": { backgroundColor: tokens.colorNeutralStroke1Pressed, borderRadius: tokens.borderRadiusCircular },
    "@media (forced-colors: active)": { ":hover::before": { backgroundColor: "Highlight" }, ":active::before": { backgroundColor: "Highlight" } },
    ...createCustomFocusIndicatorStyle(
      {
        outlineWidth: tokens.strokeWidthThick,
        outlineColor: "transparent",
        outlineStyle: "solid",
        boxShadow: `${tokens.shadow4}, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}`,
        zIndex: 1,
      },
      { enableOutline: true },
    ),
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    ":active": { color: tokens.colorNeutralForeground1Pressed },
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke, borderRadius: tokens.borderRadiusCircular },
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    ":active::after": { backgroundColor: tokens.colorCompoundBrandStrokePressed },
    "@media (forced-colors: active)": { "::after": { backgroundColor: "ButtonText" } },
  },
  // the text and, in the same grid cell, an invisible semibold copy: a tab keeps its width when chosen
  text: { gridRowStart: 1, gridColumnStart: 1, padding: `0 ${tokens.spacingHorizontalXXS}` },
  reserved: { gridRowStart: 1, gridColumnStart: 1, padding: `0 ${tokens.spacingHorizontalXXS}`, fontWeight: tokens.fontWeightSemibold, visibility: "hidden" },
});

export interface PaneTab<T extends string> {
  value: T;
  label: string;
}

function TabButton<T extends string>({ tab, selected, onSelect }: { tab: PaneTab<T>; selected: boolean; onSelect(value: T): void }) {
  const styles = useStyles();
  return (
    <button
      type="button"
      tabIndex={selected ? 0 : -1}
      role="tab"
      aria-selected={selected}
      data-testid={`tab-${tab.value}`}
      className={mergeClasses(styles.tab, selected && styles.selected)}
      onClick={() => onSelect(tab.value)}
    >
      <span className={styles.text}>{tab.label}</span>
      {!selected && <span className={styles.reserved}>{tab.label}</span>}
    </button>
  );
}

export function PaneTabs<T extends string>({ tabs, selected, onSelect }: { tabs: readonly PaneTab<T>[]; selected: T; onSelect(value: T): void }) {
  const styles = useStyles();
  return (
    <div role="tablist" className={styles.list} onKeyDown={moveFocus}>
      {tabs.map((tab) => (
        <TabButton key={tab.value} tab={tab} selected={tab.value === selected} onSelect={onSelect} />
      ))}
    </div>
  );
}
