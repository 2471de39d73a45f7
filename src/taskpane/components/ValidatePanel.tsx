import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useRef, useState } from "react";
import type { Finding, Severity } from "../../core/findings";
import { usePane } from "../context";
import { pick, type StringKey } from "../i18n/strings";
import { cellLabel, formatFindingValue, formatTime, valueLabels } from "../format";
// The proposal's banner (and the test of whether its layout is stale) is a chunk: Excel fetches it after the first check.
const ProposalBanner = lazy(() => import(/* webpackChunkName: "proposal-banner" */ "./ProposalBanner").then((m) => ({ default: m.ProposalBanner })));
import { choiceFor, countBySeverity, findingKey, fixFor, groupFindings, lastUndo, type FixPlace, type UndoEntry } from "../state/validation";
import { UndoButton } from "./UndoButton";

/** A fix's result with its one undo, just above the list (outside the counted groups); brought into view when it appears. */
function FixResult({ text, entry, onUndo }: { text: string; entry: UndoEntry; onUndo(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: "nearest" });
  }, [text]);
  return (
    <div ref={ref} data-testid="fix-result" role="status">
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>{text}</MessageBarBody>
        <MessageBarActions>
          <UndoButton entry={entry} testId="fix-undo" onUndo={onUndo} />
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}

const useStyles = makeStyles({
  // counts as small round marks (Fluent's Badge is ~3.6 KB gzipped in what Excel loads; the lazy tabs keep it)
  count: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    boxSizing: "border-box",
    minWidth: "20px",
    height: "20px",
    padding: "0 6px",
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid transparent`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  filledDanger: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  filledWarning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3, color: tokens.colorNeutralForegroundOnBrand },
  filledInformative: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  tintDanger: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1, border: `1px solid ${tokens.colorPaletteRedBorder1}` },
  tintWarning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground1, color: tokens.colorPaletteDarkOrangeForeground1, border: `1px solid ${tokens.colorPaletteDarkOrangeBorder1}` },
  tintInformative: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2, border: `1px solid ${tokens.colorBrandStroke2}` },
  live: { display: "inline-flex", alignItems: "center", gap: "6px", cursor: "pointer", fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1 },
  liveBox: { width: "16px", height: "16px", margin: 0, cursor: "pointer", accentColor: tokens.colorCompoundBrandBackground },
  toolbar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "6px" },
  summary: { display: "flex", gap: "6px", alignItems: "center", flexWrap: "wrap" },
  group: { display: "flex", flexDirection: "column", gap: "6px" },
  groupTitle: { fontWeight: 600, display: "flex", alignItems: "center", gap: "6px", marginTop: "4px" },
  finding: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: "8px 10px",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: "pointer",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  // a finding with no cell to go to: plain text, not a button
  still: { cursor: "default", boxSizing: "border-box", ":hover": { backgroundColor: tokens.colorNeutralBackground1 } },
  selected: { border: `1px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  error: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  info: { borderLeft: `4px solid ${tokens.colorBrandStroke1}` },
  values: { display: "flex", gap: "12px", flexWrap: "wrap", marginTop: "4px", color: tokens.colorNeutralForeground2 },
  row: { display: "flex", alignItems: "flex-start", gap: "6px" },
  item: { display: "flex", flexDirection: "column", gap: "4px" },
  choices: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    padding: "6px 10px",
    borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  options: { margin: 0, paddingLeft: "18px", display: "flex", flexDirection: "column", gap: "4px" },
  grow: { flex: "1 1 auto", minWidth: 0 },
  // plain text (Fluent's Text and Caption1 are ~1.4 KB gzipped in what Excel loads; the lazy tabs keep them)
  small: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

const SEVERITY_TINT: Record<Severity, "tintDanger" | "tintWarning" | "tintInformative"> = {
  error: "tintDanger",
  warning: "tintWarning",
  info: "tintInformative",
};

/** The fix buttons' accessible names tell them apart: "แก้ไข จำนวนเงิน J8" — the verb, what the cell holds (else its sheet), the cell. */
export function fixName(verb: string, f: Finding, names: Record<string, { th: string; en: string }> | undefined, lang: "th" | "en"): string {
  if (!f.cell) return verb;
  const field = f.sheet ? names?.[`${f.sheet}!${f.cell}`] : undefined;
  return [verb, field ? pick(lang, field) : f.sheet, f.cell].filter(Boolean).join(" ");
}

export function ValidatePanel() {
  const styles = useStyles();
  const pane = usePane();
  const { host, lang, tr, validation, run, refresh, dispatchValidation, notify, applyEdits, undo, analysis, pickSet } = pane;
  const sets = analysis?.sets ?? [];
  const [followActive, setFollowActive] = useState(true);
  const currentLabel = sets.find((s) => s.id === analysis?.setId)?.label ?? "";
  const counts = countBySeverity(validation.findings);
  const groups = groupFindings(validation.findings ?? []);
  const last = lastUndo(validation);
  // one undo control per step: the toolbar offers the last step only when no fix result or notice shows it
  const undoEntry = last && last.id !== validation.lastFix?.undoId && last.id !== pane.noticeUndoId ? last : undefined;
  const done = validation.lastFix;
  const doneEntry = done ? validation.undo.find((u) => u.id === done.undoId) : undefined;

  const select = (f: Finding) => {
    dispatchValidation({ type: "select", key: findingKey(f) });
    if (f.sheet && f.cell) void run(() => host.selectCell(f.sheet as string, f.cell as string));
  };

  const placeOf = (f: Finding, index: number, severity: Severity): FixPlace => ({ findingKey: findingKey(f), severity, index });

  const fix = (f: Finding, index: number, severity: Severity) => {
    const offer = fixFor(validation, f);
    if (!offer) return;
    // the result and its undo show at the finding (FixResult), not at the top of the pane
    void run(() => applyEdits(offer.edits, offer.label, placeOf(f, index, severity)));
  };

  const renderFinding = (f: Finding, i: number, severity: Severity) => {
    const key = findingKey(f);
    const offer = fixFor(validation, f);
    const choice = choiceFor(validation, f);
    const expected = formatFindingValue(f.expected, f.valueKind, lang);
    const actual = formatFindingValue(f.actual, f.valueKind, lang);
    const where = cellLabel(f.sheet, f.cell);
    const labels = valueLabels(f.rule, f.expected);
    const Item = where && f.sheet ? "button" : "div";
    return (
      <div key={`${key}#${i}`} className={styles.item}>
        <div className={styles.row}>
          {/* a finding with a place is a button that goes there; one without is plain text (nothing to click) */}
          <Item
            {...(where && f.sheet
              ? { type: "button", onClick: () => select(f), "aria-label": `${pick(lang, f.message)} — ${tr("validate.goto", { cell: where })}` }
              : {})}
            className={mergeClasses(styles.finding, styles[severity], !(where && f.sheet) && styles.still, validation.selected === key && styles.selected)}
            data-testid="finding"
            data-rule={f.rule}
            data-severity={f.severity}
            data-cell={where ?? ""}
          >
            <div>{pick(lang, f.message)}</div>
            {f.detail && (
              <div className={styles.values} data-testid="finding-detail">
                {pick(lang, f.detail)}
              </div>
            )}
            {(expected !== undefined || actual !== undefined || where) && (
              <div className={styles.values}>
                {expected !== undefined && (
                  <span data-testid="finding-expected">
                    {tr(labels.expected)}: <b>{expected}</b>
                  </span>
                )}
                {actual !== undefined && (
                  <span data-testid="finding-actual">
                    {tr(labels.actual)}: <b>{actual}</b>
                  </span>
                )}
                {where && (
                  <span data-testid="finding-cell">
                    {tr("validate.cell")}: {where}
                  </span>
                )}
              </div>
            )}
          </Item>
          {offer && (
            <Button
              size="small"
              appearance="primary"
              data-testid="fix-button"
              data-rule={f.rule}
              onClick={() => fix(f, i, severity)}
              title={pick(lang, offer.label)}
              aria-label={fixName(tr("validate.fix"), f, pane.analysis?.fieldNames, lang)}
            >
              {tr("validate.fix")}
            </Button>
          )}
        </div>
        {choice && (
          <div className={styles.choices} data-testid="choices" data-rule={f.rule}>
            <span className={styles.small}>{pick(lang, choice.question)}</span>
            <ol className={styles.options}>
              {choice.options.map((o, k) => (
                <li key={k}>
                  {o.edits.length === 0 ? (
                    <span className={styles.small} data-testid="choice-manual">
                      {pick(lang, o.label)}
                    </span>
                  ) : (
                    <Button
                      size="small"
                      data-testid="choice-option"
                      onClick={() => void run(() => applyEdits(o.edits, o.label, placeOf(f, i, severity)))}
                    >
                      {pick(lang, o.label)}
                    </Button>
                  )}
                </li>
              ))}
            </ol>
          </div>
        )}
      </div>
    );
  };

  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 10 }}>
      <div className={styles.toolbar}>
        <Button appearance="primary" data-testid="validate-run" onClick={() => void run(refresh)}>
          {tr("validate.run")}
        </Button>
        {/* a native checkbox with the switch role (Fluent's Switch is ~3.7 KB gzipped in what Excel loads) */}
        <label className={styles.live}>
          <input
            type="checkbox"
            role="switch"
            className={styles.liveBox}
            data-testid="validate-live"
            checked={validation.live}
            onChange={(e) => dispatchValidation({ type: "setLive", live: e.currentTarget.checked })}
          />
          {tr("validate.live")}
        </label>
      </div>
      <div className={styles.toolbar}>
        <Button
          size="small"
          data-testid="validate-mark"
          disabled={!validation.findings || validation.findings.length === 0}
          onClick={() =>
            void run(async () => {
              const findings = validation.findings ?? [];
              await host.markFindings(findings);
              dispatchValidation({ type: "marked", marked: true });
              notify({ kind: "info", key: "validate.marked", vars: { n: findings.filter((f) => f.cell).length } });
            })
          }
        >
          {tr("validate.mark")}
        </Button>
        <Button
          size="small"
          data-testid="validate-clear-marks"
          disabled={!validation.marked}
          onClick={() =>
            void run(async () => {
              await host.clearMarks();
              dispatchValidation({ type: "marked", marked: false });
            })
          }
        >
          {tr("validate.clearMarks")}
        </Button>
        {undoEntry && (
          <UndoButton
            entry={undoEntry}
            testId="validate-undo"
            text={`${tr("validate.undo")}: ${pick(lang, undoEntry.short ?? undoEntry.label)}`}
            onUndo={() =>
              void run(async () => {
                const outcome = await undo(undoEntry.id);
                if (outcome && !outcome.leftAlone.length) notify({ kind: "info", key: "validate.undone", tab: "validate" });
              })
            }
          />
        )}
      </div>

      <Suspense fallback={null}>
        <ProposalBanner />
      </Suspense>
      {sets.length > 1 && pickSet && (
        // a native select (Fluent's Select and Field stay out of what Excel loads first; the picker shows only
        // when the workbook holds several plan sets)
        <label style={{ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS }}>
          <span style={{ fontWeight: 600 }}>{tr("validate.set")}</span>
          <select
            data-testid="validate-set"
            value={followActive ? "" : `#${analysis?.setId ?? ""}`}
            onChange={(e) => {
              const value = e.target.value;
              const id = value === "" ? undefined : value.slice(1);
              setFollowActive(id === undefined);
              void run(() => pickSet(id));
            }}
            style={{
              font: "inherit",
              minHeight: 32,
              padding: `0 ${tokens.spacingHorizontalS}`,
              borderRadius: tokens.borderRadiusMedium,
              border: `1px solid ${tokens.colorNeutralStroke1}`,
              background: tokens.colorNeutralBackground1,
              color: tokens.colorNeutralForeground1,
              maxWidth: "100%",
            }}
          >
            <option value="">{tr("validate.setActive", { label: currentLabel })}</option>
            {sets.map((s) => (
              <option key={s.id} value={`#${s.id}`}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {validation.findings === null ? (
        <span data-testid="validate-not-run">{tr("validate.notRun")}</span>
      ) : !validation.isPlan && validation.findings.length === 0 ? (
        <div className={styles.toolbar}>
          <span data-testid="validate-no-plan">{tr("app.noPlan")}</span>
          <Button appearance="primary" data-testid="validate-start-template" onClick={() => pane.dispatchApp({ type: "setTab", tab: "template" })}>
            {tr("app.start.template")}
          </Button>
          <Button data-testid="validate-start-import" onClick={() => pane.dispatchApp({ type: "setTab", tab: "import" })}>
            {tr("app.start.import")}
          </Button>
        </div>
      ) : (
        <>
          <div className={styles.summary} data-testid="validate-summary">
            <span className={mergeClasses(styles.count, styles.filledDanger)} data-testid="count-error">
              {counts.error}
            </span>
            <span className={mergeClasses(styles.count, styles.filledWarning)} data-testid="count-warning">
              {counts.warning}
            </span>
            <span className={mergeClasses(styles.count, styles.filledInformative)} data-testid="count-info">
              {counts.info}
            </span>
            <span className={styles.small}>{tr("validate.summary", counts)}</span>
          </div>
          {validation.checkedAt && (
            <span className={styles.small} data-testid="validate-checked-at">{tr("validate.checkedAt", { time: formatTime(validation.checkedAt, lang) })}</span>
          )}
          {validation.problems.length > 0 && (
            <span className={styles.small} data-testid="validate-problems" title={validation.problems.join("\n")}>
              {tr("validate.readProblems", { n: validation.problems.length })}
            </span>
          )}
          {validation.findings.length === 0 &&
            (analysis?.empty ? (
              <span data-testid="validate-empty">{tr("validate.empty")}</span>
            ) : (
              <span data-testid="validate-none">{tr("validate.none")}</span>
            ))}
          {done && doneEntry && (
            <FixResult
              text={tr("validate.fixed", { what: pick(lang, done.label) })}
              entry={doneEntry}
              onUndo={() =>
                void run(async () => {
                  await undo(done.undoId);
                })
              }
            />
          )}
          {groups.map(({ severity, findings: list }) => (
            <div key={severity} className={styles.group} data-testid={`group-${severity}`}>
              <div className={styles.groupTitle}>
                <span className={mergeClasses(styles.count, styles[SEVERITY_TINT[severity]])}>{list.length}</span>
                {tr(`validate.severity.${severity}` as StringKey)}
              </div>
              {list.map((f, i) => renderFinding(f, i, severity))}
            </div>
          ))}
        </>
      )}
    </div>
  );
}
