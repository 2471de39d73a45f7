import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../context";
import { both } from "../i18n/strings";
import { indicatorEdits } from "../workbookApi";
import { cellLabel, targetLabel } from "../format";
import { colLetter } from "../../workbook/a1";
import { tt } from "../i18n/tabStrings";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  th: { textAlign: "left", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "3px 4px", whiteSpace: "nowrap" },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, padding: "3px 4px", verticalAlign: "top" },
});

export function IndicatorsPanel() {
  const styles = useStyles();
  const pane = usePane();
  const { tr, lang, plan } = pane;
  // the target table the indicators are made from: how many targets, and where (its first cell)
  const tg = pane.analysis?.read?.located.targets;
  const tgCell = tg ? { sheet: tg.sheet, cell: `${colLetter(tg.cols.text ?? 1)}${tg.firstRow}` } : undefined;
  const nTargets = plan?.targets.filter((t) => t.text.trim()).length ?? 0;
  const gotoTargets = () => tgCell && void pane.run(() => pane.host.selectCell(tgCell.sheet, tgCell.cell));
  const where = tgCell ? cellLabel(tgCell.sheet, tgCell.cell) ?? "" : "";

  const generate = () =>
    void pane.run(async () => {
      if (!pane.plan || !pane.snapshot) {
        pane.notify({ kind: "warning", key: "app.noPlan" });
        return;
      }
      const { edits, count, matched } = indicatorEdits(pane.plan, pane.snapshot, pane.analysis?.sheetLang ?? lang);
      if (edits.length === 0) {
        pane.notify({ kind: "info", key: "indicators.upToDate" });
        return;
      }
      await pane.applyEdits(edits, await both("undo.indicators"));
      pane.notify({ kind: "success", key: "indicators.done", vars: { n: count, matched }, undo: true });
    });

  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 10 }}>
      <Caption1>{tt(lang, "indicators.help")}</Caption1>
      {plan && tgCell && (
        <Text data-testid="indicators-targets">{tt(lang, nTargets > 0 ? "indicators.targets" : "indicators.noTargets", { n: nTargets, cell: where })}</Text>
      )}
      {plan && tgCell && nTargets === 0 ? (
        // no targets: go and write them; generating from the activities is the second, labelled choice
        <>
          <Button appearance="primary" data-testid="indicators-goto-targets" onClick={gotoTargets}>
            {tt(lang, "indicators.gotoTargets")}
          </Button>
          <Button data-testid="indicators-generate" disabled={pane.busy} onClick={generate}>
            {tt(lang, "indicators.fromActivities")}
          </Button>
        </>
      ) : (
        <>
          {tgCell && (
            <Button size="small" data-testid="indicators-goto-targets" onClick={gotoTargets}>
              {tt(lang, "indicators.gotoTargets")}
            </Button>
          )}
          <Button appearance="primary" data-testid="indicators-generate" disabled={!plan || pane.busy} onClick={generate}>
            {tt(lang, "indicators.generate")}
          </Button>
        </>
      )}
      {!plan ? (
        <Text>{tr("app.noPlan")}</Text>
      ) : plan.indicators.length === 0 ? (
        <Text data-testid="indicators-none">{tt(lang, "indicators.none")}</Text>
      ) : (
        <table className={styles.table} data-testid="indicators-table">
          <thead>
            <tr>
              <th className={styles.th} />
              <th className={styles.th}>{tt(lang, "indicators.target")}</th>
              <th className={styles.th}>{tt(lang, "indicators.achieved")}</th>
            </tr>
          </thead>
          <tbody>
            {(["output", "outcome"] as const).map((kind) =>
              plan.indicators
                .filter((i) => i.kind === kind)
                .map((ind, i) => (
                  <tr key={`${kind}-${i}`}>
                    <td className={styles.td}>
                      <Caption1>{tt(lang, kind === "output" ? "indicators.output" : "indicators.outcome")}</Caption1>
                      <div>{ind.text}</div>
                    </td>
                    <td className={styles.td}>{targetLabel(ind, lang)}</td>
                    <td className={styles.td}>{ind.achievedValue ?? ""}</td>
                  </tr>
                )),
            )}
          </tbody>
        </table>
      )}
    </div>
  );
}
