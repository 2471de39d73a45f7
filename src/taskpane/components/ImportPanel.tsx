import { useReducer } from "react";
import { Button, Caption1, Field, Radio, RadioGroup, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { formatBaht } from "../../core/money";
import { formatMonthRange } from "../../core/calendar";
import { usePane } from "../context";
import { pick, type Lang } from "../i18n/strings";
import { importReducer, initialImportState, isStale, summarizeImport } from "../state/importState";
import { initialTemplateState } from "../state/template";
import { useInsert } from "../useInsert";
import { importText, planSpec } from "../workbookApi";
import { ConflictPrompt } from "./ConflictDialog";
import { clip } from "../../core/clip";

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px 10px",
    display: "flex",
    flexDirection: "column",
    gap: "4px",
  },
  list: { margin: 0, paddingLeft: "18px" },
  problem: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function ImportPanel() {
  const styles = useStyles();
  const pane = usePane();
  const { tr, lang } = pane;
  const [state, dispatch] = useReducer(importReducer, initialImportState);
  const { state: ins, dispatch: dispatchIns, insert, choose } = useInsert(initialTemplateState(2560, lang));
  const summary = state.result ? summarizeImport(state.result) : null;
  const plan = state.result?.plan;

  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 10 }}>
      <Field label={tr("import.label")}>
        <Textarea
          data-testid="import-text"
          resize="vertical"
          rows={8}
          placeholder={tr("import.placeholder")}
          value={state.text}
          onChange={(_, d) => dispatch({ type: "setText", text: d.value })}
        />
      </Field>
      <div style={{ display: "flex", gap: 6 }}>
        <Button
          data-testid="import-read"
          disabled={state.text.trim() === ""}
          onClick={() => void importText(state.text).then((result) => dispatch({ type: "read", result }))}
        >
          {tr("import.read")}
        </Button>
        {state.text.trim() === "" && <Caption1>{tr("import.empty")}</Caption1>}
      </div>
      {summary && plan && (
        <div className={styles.box} data-testid="import-preview" style={{ opacity: isStale(state) ? 0.6 : 1 }}>
          <Text weight="semibold">{tr("import.understood")}</Text>
          {summary.name && <Text>{tr("import.project", { name: summary.name })}</Text>}
          <Text>
            {tr("import.fiscalYear", { fy: summary.fiscalYear })}
            {plan.project.periodStart && plan.project.periodEnd
              ? ` · ${formatMonthRange(plan.project.periodStart, plan.project.periodEnd, lang)}`
              : ""}
          </Text>
          <Text data-testid="import-counts">
            {tr("import.counts", { activities: summary.activities, lines: summary.lines, indicators: summary.indicators })}
          </Text>
          <Text data-testid="import-total">{tr("import.total", { total: formatBaht(summary.total, lang) })}</Text>
          {summary.allocation !== undefined && <Text>{tr("import.allocation", { amount: formatBaht(summary.allocation, lang) })}</Text>}
          {plan.activities.length > 0 && (
            <ol className={styles.list}>
              {plan.activities.map((a) => (
                <li key={a.id} value={Number(a.id) || undefined}>
                  {a.name}
                  {a.start ? ` (${formatMonthRange(a.start, a.end ?? a.start, lang)})` : ""}
                </li>
              ))}
            </ol>
          )}
          {state.result && state.result.problems.length > 0 && (
            <>
              <Text weight="semibold">{tr("import.problems", { n: state.result.problems.length })}</Text>
              <ul className={styles.list} data-testid="import-problems">
                {state.result.problems.slice(0, 30).map((p, i) => (
                  <li key={i} className={styles.problem}>
                    {tr("import.line", { n: p.line })}: {pick(lang, p.message)} <Caption1>“{clip(p.text, 80)}”</Caption1>
                  </li>
                ))}
              </ul>
            </>
          )}
          <Field label={tr("template.language")}>
            <RadioGroup layout="horizontal" value={ins.sheetLang} onChange={(_, d) => dispatchIns({ type: "setSheetLang", lang: d.value as Lang })}>
              <Radio value="th" label={tr("sheetLang.th")} data-testid="import-lang-th" />
              <Radio value="en" label={tr("sheetLang.en")} data-testid="import-lang-en" />
            </RadioGroup>
          </Field>
          {ins.pending ? (
            <ConflictPrompt conflicts={ins.pending.conflicts} onChoose={choose} />
          ) : (
            <Button appearance="primary" data-testid="import-insert" disabled={pane.busy} onClick={() => void insert(() => planSpec(plan, ins.sheetLang))}>
              {tr("import.insert")}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
