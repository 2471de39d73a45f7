import { Button, Field, Radio, RadioGroup, Select, Text } from "@fluentui/react-components";
import { fiscalYearOf, monthOfDate } from "../../core/calendar";
import { usePane } from "../context";
import type { Lang } from "../i18n/strings";
import { fiscalYearChoices, initialTemplateState, type TemplateKind } from "../state/template";
import { useInsert } from "../useInsert";
import { templateSpec } from "../workbookApi";
import { ConflictPrompt } from "./ConflictDialog";

export function TemplatePanel() {
  const pane = usePane();
  const { tr, lang } = pane;
  const currentFy = fiscalYearOf(monthOfDate(new Date()));
  const { state, dispatch, insert, choose } = useInsert(initialTemplateState(currentFy, lang));
  const years = fiscalYearChoices(currentFy);
  const fy = state.fiscalYear;

  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <Field label={tr("template.kind")}>
        <RadioGroup value={state.kind} onChange={(_, d) => dispatch({ type: "setKind", kind: d.value as TemplateKind })}>
          <Radio value="blank" label={tr("template.blank")} data-testid="template-blank" />
          <Radio value="example" label={tr("template.example")} data-testid="template-example" />
        </RadioGroup>
      </Field>
      {state.kind === "blank" ? (
        <Field label={tr("template.fiscalYear")} hint={tr("template.fiscalYearHint", { start: fy - 1, end: fy, startCE: fy - 544, endCE: fy - 543 })}>
          <Select data-testid="template-fy" value={String(fy)} onChange={(_, d) => dispatch({ type: "setFiscalYear", fiscalYear: Number(d.value) })}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Field label={tr("template.fiscalYear")} hint={tr("template.fiscalYearHint", { start: 2559, end: 2560, startCE: 2016, endCE: 2017 })}>
          <Text data-testid="template-fy-example">2560</Text>
        </Field>
      )}
      <Field label={tr("template.language")}>
        <RadioGroup layout="horizontal" value={state.sheetLang} onChange={(_, d) => dispatch({ type: "setSheetLang", lang: d.value as Lang })}>
          <Radio value="th" label={tr("sheetLang.th")} data-testid="template-lang-th" />
          <Radio value="en" label={tr("sheetLang.en")} data-testid="template-lang-en" />
        </RadioGroup>
      </Field>
      {state.pending ? (
        <ConflictPrompt conflicts={state.pending.conflicts} onChoose={choose} />
      ) : (
        <Button
          appearance="primary"
          data-testid="template-insert"
          disabled={pane.busy}
          onClick={() => void insert(() => templateSpec(state.kind, fy, state.sheetLang))}
        >
          {tr("template.insert")}
        </Button>
      )}
    </div>
  );
}
