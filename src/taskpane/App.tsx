import { Suspense, lazy, useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Plan } from "../core/model";
import { monthOfDate } from "../core/calendar";
import type { CellEdit, ConflictMode, UndoOutcome, WorkbookHost } from "../workbook/host";
import { editPlace } from "../workbook/undoCheck";
import { clipList } from "../core/clip";
import type { WorkbookSnapshot, WorkbookSpec } from "../workbook/types";
import { PaneContext, type Pane } from "./context";
import { createDebouncer } from "./debounce";
import { createWriteGuard } from "./writeGuard";
import type { HostKind } from "./host";
import { type Lang, type StringKey, type Vars, LANGS, both, hasLang, loadLang, saveLang, t } from "./i18n/strings";
import { TABS, type TabId, appReducer, initialAppState, type Notice } from "./state/app";
import { errorNotice } from "./errors";
import { APP_VERSION } from "../version";
import { initialValidationState, validationReducer, type FixPlace } from "./state/validation";
import { analyzeWorkbook, type Analysis } from "./workbookApi";
import { relaidProposalSpec } from "./proposal";
import { ValidatePanel } from "./components/ValidatePanel";
import { RequirementsBar } from "./components/RequirementsBar";
import { UndoButton } from "./components/UndoButton";
import { PaneTabs } from "./components/PaneTabs";

// "What was read" is its own chunk: Excel loads it when the check tab first shows a reading
const ReadingPanel = lazy(() => import(/* webpackChunkName: "reading" */ "./components/ReadingPanel").then((m) => ({ default: m.ReadingPanel })));
// Every tab but checking is a chunk fetched when the tab is first chosen (the pane opens on checking, or on
// inserting a plan when the workbook has none): their components and Fluent controls stay out of what Excel loads first.
const TemplatePanel = lazy(() => import(/* webpackChunkName: "tab-template" */ "./components/TemplatePanel").then((m) => ({ default: m.TemplatePanel })));
const ImportPanel = lazy(() => import(/* webpackChunkName: "tab-import" */ "./components/ImportPanel").then((m) => ({ default: m.ImportPanel })));
const SchedulePanel = lazy(() => import(/* webpackChunkName: "tab-schedule" */ "./components/SchedulePanel").then((m) => ({ default: m.SchedulePanel })));
const IndicatorsPanel = lazy(() =>
  import(/* webpackChunkName: "tab-indicators" */ "./components/IndicatorsPanel").then((m) => ({ default: m.IndicatorsPanel })),
);
const ResultsPanel = lazy(() => import(/* webpackChunkName: "tab-results" */ "./components/ResultsPanel").then((m) => ({ default: m.ResultsPanel })));
const RatesPanel = lazy(() => import(/* webpackChunkName: "tab-rates" */ "./components/RatesPanel").then((m) => ({ default: m.RatesPanel })));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100%", backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: "8px",
    padding: "10px 12px 6px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { fontWeight: 600, fontSize: "16px" },
  hostLabel: { color: tokens.colorNeutralForeground3, fontSize: "12px" },
  langs: { display: "flex", gap: "4px" },
  body: { padding: "8px 12px 16px", display: "flex", flexDirection: "column", gap: "10px" },
  busy: { display: "flex", alignItems: "center", gap: "6px" },
  // A small ring turning (Fluent's Spinner is ~2.7 KB gzipped in what Excel loads for this one place)
  spinner: {
    width: "12px",
    height: "12px",
    flexShrink: 0,
    borderRadius: "50%",
    border: `2px solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
    animationDuration: "0.9s",
    animationTimingFunction: "linear",
    animationIterationCount: "infinite",
    "@media (prefers-reduced-motion: reduce)": { animationDuration: "3s" },
  },
});

export const LIVE_DELAY_MS = 500;

export interface AppProps {
  host: WorkbookHost;
  hostKind: HostKind;
  initialLang: Lang;
  storage?: Storage;
  /** Told when the user switches language (the preview grid follows). */
  onLangChange?(lang: Lang): void;
}

export function App({ host, hostKind, initialLang, storage, onLangChange }: AppProps) {
  const styles = useStyles();
  // the pane shows a language once its texts are here (English is a chunk of its own): until then, Thai
  const [app, dispatchApp] = useReducer(appReducer, hasLang(initialLang) ? initialLang : "th", initialAppState);
  const [validation, dispatchValidation] = useReducer(validationReducer, true, initialValidationState);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const analysisRef = useRef<Analysis | null>(null);
  const lang = app.lang;
  /** Change events during the add-in's own writes are not the user's. */
  const guard = useMemo(() => createWriteGuard(), []);

  const tr = useCallback((key: StringKey, vars?: Vars) => t(lang, key, vars), [lang]);
  // A notice with an undo is tied to the step just made and to the tab it was made on (never undoes another step).
  const tabRef = useRef(app.tab);
  tabRef.current = app.tab;
  const undoSeq = useRef(1);
  const lastStepRef = useRef<number | undefined>(undefined);
  const notify = useCallback((notice: Notice) => {
    const tied = notice.undo && notice.undoId === undefined ? { ...notice, undoId: lastStepRef.current, tab: notice.tab ?? tabRef.current } : notice;
    dispatchApp({ type: "notify", notice: tied });
  }, []);
  /** A new undo step's id, known before the reducer runs (a notice that follows names it). */
  const nextStep = useCallback(() => {
    const id = undoSeq.current++;
    lastStepRef.current = id;
    return id;
  }, []);

  const run = useCallback(async <T,>(op: () => Promise<T>): Promise<T | undefined> => {
    dispatchApp({ type: "busy", delta: 1 });
    try {
      return await op();
    } catch (e) {
      dispatchApp({ type: "notify", notice: errorNotice(e) });
      return undefined;
    } finally {
      dispatchApp({ type: "busy", delta: -1 });
    }
  }, []);

  // Marks follow the findings: while they are shown, each check puts them on the current findings.
  const markedRef = useRef(validation.marked);
  markedRef.current = validation.marked;
  const markedKeyRef = useRef<string | undefined>(undefined);
  // The plan set the user picked (undefined: the set of the active sheet).
  const pickedSetRef = useRef<string | undefined>(undefined);
  // Checks queued or running, and whether a live check waits for the user to stop typing: while either is
  // so, the pane says it is busy (aria-busy) — what it shows may still be replaced by the check's result.
  const [checks, setChecks] = useState(0);
  const [liveWaiting, setLiveWaiting] = useState(false);
  // One check at a time, in the order they were asked for: a check that began before a fix was written must
  // not finish after the check that follows the fix and bring back findings the fix settled (Excel's reads
  // are slow enough for that).
  const lastCheck = useRef<Promise<unknown>>(Promise.resolve());
  const checkNow = useCallback(async (): Promise<Analysis> => {
    const full = await host.loadSnapshot();
    const result = analyzeWorkbook(full, monthOfDate(new Date()), pickedSetRef.current);
    const snap = result.snapshot;
    if (markedRef.current) {
      // Only when the findings changed: an unchanged check costs no extra round trips for the marks.
      const key = result.findings.map((f) => `${f.severity}|${f.sheet ?? ""}|${f.cell ?? ""}`).sort().join(";");
      if (key !== markedKeyRef.current) {
        await host.markFindings(result.findings);
        markedKeyRef.current = key;
      }
    } else markedKeyRef.current = undefined;
    setSnapshot(snap);
    analysisRef.current = result;
    setAnalysis(result);
    setPlan(result.isPlan ? result.plan : null);
    dispatchValidation({
      type: "validated",
      snapshot: full,
      findings: result.findings,
      problems: result.problems,
      isPlan: result.isPlan,
      fixes: result.fixes,
      choices: result.choices,
      at: new Date().toISOString(),
    });
    return result;
  }, [host]);
  const refresh = useCallback((): Promise<Analysis> => {
    setChecks((n) => n + 1);
    const next = lastCheck.current.then(checkNow, checkNow);
    lastCheck.current = next;
    return next.finally(() => setChecks((n) => n - 1));
  }, [checkNow]);

  const pickSet = useCallback(
    async (id: string | undefined) => {
      pickedSetRef.current = id;
      await refresh();
    },
    [refresh],
  );

  const write = useCallback(<T,>(op: () => Promise<T>): Promise<T> => guard.during(op), [guard]);

  const applyEdits = useCallback(
    async (edits: CellEdit[], label: { th: string; en: string }, at?: FixPlace) => {
      const inverse = await write(() => host.applyEdits(edits));
      // a fix made at a finding: its undo button elsewhere names the cells, not the whole fix text
      const cells = [...new Set(edits.map(editPlace))];
      const short = at && cells.length > 0 ? await both("undo.fixAt", { cells: clipList(cells, 2) }) : undefined;
      dispatchValidation({ type: "fixApplied", id: nextStep(), label, inverse, ...(short ? { short } : {}), ...(at ? { at } : {}) });
      await refresh();
    },
    [host, refresh, write, nextStep],
  );

  // The printable proposal laid out again: the old sheet kept under a new name, one undo step.
  const relayoutProposal = useCallback(
    async (name: string, untouched = false) => {
      const read = analysisRef.current?.read;
      const spec = read ? await relaidProposalSpec(read, name) : undefined;
      if (!spec || !host.replaceSheet) {
        dispatchApp({ type: "notify", notice: { kind: "warning", key: "proposal.cannot" } });
        return;
      }
      // an old layout holding only what the add-in wrote is kept hidden (nothing to lose); else a dated copy after it
      const r = await write(() => host.replaceSheet!(spec, { hidden: untouched, at: new Date() }));
      const label = { th: t("th", "proposal.undoLabel", { sheet: r.name }), en: t("en", "proposal.undoLabel", { sheet: r.name }) };
      dispatchValidation({ type: "fixApplied", id: nextStep(), label, inverse: [], sheet: r });
      notify({ kind: "success", key: r.hidden ? "proposal.relaidHidden" : "proposal.relaid", vars: { sheet: r.name, kept: r.keptAs }, undo: true });
      await refresh();
    },
    [host, refresh, write, nextStep, notify],
  );

  const undo = useCallback(
    async (id: number): Promise<UndoOutcome | undefined> => {
      const entry = validation.undo.find((u) => u.id === id);
      if (!entry) return undefined;
      if (entry.sheet) {
        const sheet = entry.sheet;
        const done = host.undoReplaceSheet ? await write(() => host.undoReplaceSheet!(sheet)) : false;
        dispatchValidation({ type: "undone", id });
        if (!done) dispatchApp({ type: "notify", notice: { kind: "warning", key: "proposal.undoGone", vars: { sheet: sheet.name, kept: sheet.keptAs } } });
        await refresh();
        return { undone: [], leftAlone: [] };
      }
      // Re-read the cells (one read); when any no longer holds what the fix wrote, nothing is written back.
      const outcome = await write(() => host.undoEdits(entry.inverse));
      if (outcome.leftAlone.length > 0) {
        const cells = outcome.leftAlone.map(editPlace);
        dispatchValidation({ type: "undoRefused", id, cells });
        dispatchApp({ type: "notify", notice: { kind: "warning", key: "validate.undoRefused", vars: { cells: cells.join(", ") } } });
        return outcome;
      }
      dispatchValidation({ type: "undone", id });
      await refresh();
      return outcome;
    },
    [host, refresh, validation.undo, write],
  );

  const insertSpec = useCallback(
    async (spec: WorkbookSpec, mode: ConflictMode) => {
      const result = await write(() => host.insertTemplate(spec, mode));
      // a new set is where the user now is: check the set of the active sheet
      pickedSetRef.current = undefined;
      if (result.created.length > 0) await refresh();
      return result;
    },
    [host, refresh, write],
  );

  // Live validation: user edits → 500 ms quiet → one read + validate. Our own writes are ignored.
  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;
  useEffect(() => {
    if (!validation.live) return;
    const debouncer = createDebouncer(async () => {
      try {
        await refreshRef.current();
      } catch (e) {
        dispatchApp({ type: "notify", notice: errorNotice(e) });
      }
    }, LIVE_DELAY_MS, undefined, undefined, setLiveWaiting);
    let unsubscribe: (() => void) | null = null;
    let disposed = false;
    host
      .onUserChange(
        guard.filter(() => {
          dispatchApp({ type: "userEdited" });
          debouncer.trigger();
        }),
      )
      .then((off) => {
        if (disposed) off();
        else unsubscribe = off;
      })
      .catch(() => {
        // Live checking cannot work without change events: say so and turn the switch off.
        if (disposed) return;
        dispatchValidation({ type: "setLive", live: false });
        dispatchApp({ type: "notify", notice: { kind: "warning", key: "err.liveOff" } });
      });
    return () => {
      disposed = true;
      debouncer.cancel();
      if (unsubscribe) unsubscribe();
    };
  }, [host, guard, validation.live]);

  // First read when the pane opens: with no plan in the workbook the pane opens on inserting one; marks left
  // in the sheet by an earlier session count as shown (they follow the findings and can be cleared).
  useEffect(() => {
    void run(async () => {
      const first = await refresh();
      if (!first.isPlan) dispatchApp({ type: "openedWithoutPlan" });
      if (host.hasMarks && (await host.hasMarks())) dispatchValidation({ type: "marked", marked: true });
    });
  }, [run, refresh, host]);

  const setLang = useCallback(
    (l: Lang) => {
      saveLang(storage, l);
      loadLang(l).then(
        () => {
          dispatchApp({ type: "setLang", lang: l });
          onLangChange?.(l);
        },
        (e: unknown) => dispatchApp({ type: "notify", notice: errorNotice(e) }),
      );
    },
    [storage, onLangChange],
  );

  // A pane that starts in a language whose texts are not here yet (English) shows it when they arrive.
  useEffect(() => {
    if (hasLang(initialLang)) return;
    let live = true;
    loadLang(initialLang).then(
      () => {
        if (live) dispatchApp({ type: "setLang", lang: initialLang });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [initialLang]);

  useEffect(() => {
    if (typeof document !== "undefined") document.documentElement.lang = lang;
  }, [lang]);

  // the notice's undo: the step it reports, while that step can still be undone
  const shownNotice = app.notice && (!app.notice.tab || app.notice.tab === app.tab) ? app.notice : null;
  const noticeUndoId = shownNotice?.undo ? shownNotice.undoId : undefined;
  const noticeUndo = noticeUndoId !== undefined ? validation.undo.find((u) => u.id === noticeUndoId) : undefined;

  // what a tab's form holds while the user is on another tab (a tab's panel unmounts when left)
  const drafts = useMemo(() => new Map<string, unknown>(), []);
  const pane: Pane = useMemo(
    () => ({
      host,
      drafts,
      lang,
      tr,
      busy: app.busy > 0,
      validation,
      dispatchValidation,
      dispatchApp,
      notify,
      plan,
      snapshot,
      analysis,
      refresh,
      applyEdits,
      undo,
      insertSpec,
      run,
      pickSet,
      relayoutProposal,
      noticeUndoId: noticeUndo?.id,
    }),
    [host, drafts, lang, tr, app.busy, validation, notify, plan, snapshot, analysis, refresh, applyEdits, undo, insertSpec, run, pickSet, relayoutProposal, noticeUndo],
  );

  // a notice about another tab's action is not shown here (setTab drops it; this covers a notice posted meanwhile)
  const notice = shownNotice;
  return (
    <PaneContext.Provider value={pane}>
      <div className={styles.root} data-testid="taskpane" lang={lang} aria-busy={app.busy > 0 || checks > 0 || liveWaiting}>
        <div className={styles.header}>
          <div>
            <div className={styles.title} data-testid="app-title">
              {tr("app.title")}
            </div>
            <div className={styles.hostLabel} data-testid="host-kind">
              {tr(hostKind === "excel" ? "app.host.excel" : "app.host.preview")}
            </div>
            <div className={styles.hostLabel} data-testid="app-version">
              {tr("app.version", { version: APP_VERSION })}
            </div>
          </div>
          <div className={styles.langs} role="group" aria-label={tr("app.language")}>
            {LANGS.map((l) => (
              // A Button with aria-pressed, as ToggleButton renders it (its own checked styles are ~3 KB gzipped in
              // what Excel loads; the appearance already shows which language is on)
              <Button
                key={l}
                size="small"
                appearance={l === lang ? "primary" : "subtle"}
                aria-pressed={l === lang}
                data-testid={`lang-${l}`}
                onClick={() => setLang(l)}
              >
                {tr(l === "th" ? "app.lang.th" : "app.lang.en")}
              </Button>
            ))}
          </div>
        </div>
        <RequirementsBar />
        <PaneTabs
          tabs={TABS.map((tab) => ({ value: tab, label: tr(`tab.${tab}` as StringKey) }))}
          selected={app.tab}
          onSelect={(tab: TabId) => dispatchApp({ type: "setTab", tab })}
        />
        <div className={styles.body}>
          {notice && (
            <MessageBar intent={notice.kind} layout="multiline" data-testid="notice">
              <MessageBarBody>
                {tr(notice.key, notice.vars)}
                {notice.detail && (
                  <div data-testid="notice-detail" style={{ fontSize: "11px", opacity: 0.8, wordBreak: "break-word" }}>
                    {tr("err.details", { detail: notice.detail })}
                  </div>
                )}
              </MessageBarBody>
              <MessageBarActions>
                {noticeUndo && (
                  <UndoButton
                    entry={noticeUndo}
                    testId="notice-undo"
                    onUndo={() => {
                      const id = noticeUndo.id;
                      void run(() => undo(id)).then((outcome) => {
                        if (outcome && !outcome.leftAlone.length) notify({ kind: "info", key: "validate.undone", tab: app.tab });
                      });
                    }}
                  />
                )}
                <Button size="small" appearance="transparent" onClick={() => dispatchApp({ type: "dismiss" })}>
                  {tr("app.dismiss")}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {app.busy > 0 && (
            <div className={styles.busy} data-testid="busy">
              <span className={styles.spinner} aria-hidden="true" />
              <span style={{ fontSize: tokens.fontSizeBase200 }}>{tr("app.busy")}</span>
            </div>
          )}
          <div data-testid={`panel-${app.tab}`}>
            {app.tab === "validate" && <ValidatePanel />}
            {app.tab === "validate" && (
              <Suspense fallback={null}>
                <ReadingPanel />
              </Suspense>
            )}
            <Suspense fallback={<span className={styles.spinner} data-testid="tab-loading" aria-hidden="true" />}>
              {app.tab === "template" && <TemplatePanel />}
              {app.tab === "import" && <ImportPanel />}
              {app.tab === "schedule" && <SchedulePanel />}
              {app.tab === "indicators" && <IndicatorsPanel />}
              {app.tab === "results" && <ResultsPanel />}
              {app.tab === "rates" && <RatesPanel />}
            </Suspense>
          </div>
        </div>
      </div>
    </PaneContext.Provider>
  );
}
