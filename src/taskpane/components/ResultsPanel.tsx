import { useEffect, useReducer } from "react";
import { Button, Caption1, Field, Input, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatBaht } from "../../core/money";
import { usePane } from "../context";
import { both } from "../i18n/strings";
import { formFromPlan, resultsEdits, resultsReducer, resultsView, targetLabel, targetMet, type ResultsForm } from "../state/results";
import { isPercentUnit } from "../../core/percentUnit";
import { emptyPlan } from "../../core/model";
import { tt } from "../i18n/tabStrings";

const useStyles = makeStyles({
  // fields wrap onto their own lines when the pane is narrow (320 px) instead of pushing past its edge
  row: { display: "flex", flexWrap: "wrap", gap: "8px" },
  field: { flex: "1 1 130px", minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
  achieved: { flex: "0 1 110px", minWidth: "80px" },
  target: { flex: "1 1 120px", minWidth: 0, overflowWrap: "anywhere" },
  box: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: "8px 10px" },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

export function ResultsPanel() {
  const styles = useStyles();
  const pane = usePane();
  const { tr, lang, plan } = pane;
  // a form typed and not saved is kept while another tab is shown (this panel unmounts), and comes back here
  const draft = pane.drafts?.get("results") as ResultsForm | undefined;
  const [form, dispatch] = useReducer(resultsReducer, plan ?? emptyPlan(0), (p) => (draft?.dirty ? draft : formFromPlan(p)));
  useEffect(() => {
    if (plan && !form.dirty) dispatch({ type: "load", plan });
    // reload only when the plan changes (not on every keystroke of the form)
  }, [plan]);
  useEffect(() => {
    pane.drafts?.set("results", form);
  }, [form, pane.drafts]);
  if (!plan) return <Text>{tr("app.noPlan")}</Text>;
  const view = resultsView(plan, form);
  const places = pane.analysis?.resultCells ?? {};
  const hasCells = !!(places.received || places.spent || plan.results?.cells?.received || plan.results?.cells?.spent || plan.indicators.some((i) => i.cells?.achievedValue));

  // a percentage target: the percentage achieved against it ("ร้อยละ 85 (เป้าหมาย ร้อยละ 80) — บรรลุ"), not a share of it
  const achievement = (i: number, pct: number) => {
    const ind = plan.indicators[i];
    const got = view.achieved[i];
    const verdict = tt(lang, got !== null && got !== undefined && targetMet(got, ind.targetValue ?? 0) ? "results.met" : "results.notMet");
    if (isPercentUnit(ind.targetUnit) && got !== null && got !== undefined) return tt(lang, "results.percentTarget", { value: got, target: ind.targetValue ?? "", verdict });
    return `${tt(lang, "results.percent", { pct })} — ${verdict}`;
  };

  const save = () =>
    void pane.run(async () => {
      const edits = resultsEdits(plan, form, places);
      if (edits.length > 0) await pane.applyEdits(edits, await both("undo.results"));
      dispatch({ type: "saved" });
      pane.notify({ kind: "success", key: "results.saved", undo: edits.length > 0 });
    });

  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 10 }}>
      <div className={styles.row}>
        <Field label={tt(lang, "results.received")} className={styles.field}>
          <Input
            className={styles.input}
            input={{ className: styles.input }}
            data-testid="results-received"
            inputMode="decimal"
            value={form.received}
            placeholder={plan.project.allocation !== undefined ? formatBaht(plan.project.allocation, lang) : undefined}
            onChange={(_, d) => dispatch({ type: "setReceived", text: d.value })}
          />
        </Field>
        <Field label={tt(lang, "results.spent")} className={styles.field}>
          <Input
            className={styles.input}
            input={{ className: styles.input }}
            data-testid="results-spent"
            inputMode="decimal"
            value={form.spent}
            onChange={(_, d) => dispatch({ type: "setSpent", text: d.value })}
          />
        </Field>
      </div>
      <div className={styles.box}>
        <Text>
          {tt(lang, "results.remaining")}:{" "}
          <b data-testid="results-remaining" className={view.overspent ? styles.bad : undefined}>
            {view.remaining === null ? "–" : formatBaht(view.remaining, lang)}
          </b>
        </Text>
      </div>
      {plan.indicators.length > 0 && <Text weight="semibold">{tt(lang, "results.achievement")}</Text>}
      {plan.indicators.map((ind, i) => {
        const pct = view.percents[i];
        return (
          <div key={i} className={styles.box} data-testid={`result-indicator-${i}`}>
            <Text size={200} style={{ overflowWrap: "anywhere" }}>
              {ind.text}
            </Text>
            <div className={styles.row} style={{ alignItems: "center", marginTop: 4 }}>
              <Field label={tt(lang, "results.achievedValue")} className={styles.achieved} size="small">
                <Input
                  className={styles.input}
                  input={{ className: styles.input }}
                  size="small"
                  inputMode="decimal"
                  value={form.achieved[i] ?? ""}
                  onChange={(_, d) => dispatch({ type: "setAchieved", index: i, text: d.value })}
                />
              </Field>
              <Caption1 className={styles.target} data-testid={`result-target-${i}`}>
                / {targetLabel(ind, lang)}
              </Caption1>
            </div>
            {pct !== undefined && (
              <>
                <ProgressBar value={Math.min(1, pct / 100)} color={pct >= 100 ? "success" : "brand"} />
                <Caption1 data-testid={`result-percent-${i}`}>{achievement(i, pct)}</Caption1>
              </>
            )}
          </div>
        );
      })}
      {view.invalid.length > 0 && <Text className={styles.bad}>{tt(lang, "results.invalid", { value: view.invalid.join(", ") })}</Text>}
      {!hasCells && <Caption1>{tt(lang, "results.noCells")}</Caption1>}
      <Button appearance="primary" data-testid="results-save" disabled={!hasCells || !form.dirty || view.invalid.length > 0 || pane.busy} onClick={save}>
        {tt(lang, "results.save")}
      </Button>
    </div>
  );
}
