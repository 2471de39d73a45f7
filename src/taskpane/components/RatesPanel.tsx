import { Badge, Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { fiscalYearOf, formatMonth, monthOfDate } from "../../core/calendar";
import { formatBaht } from "../../core/money";
import { usePane } from "../context";
import { pick } from "../i18n/strings";
import { rateCategory } from "../../core/rates/classifier";
import { isoDate } from "../../core/validation/messages";
import { categoriesWithoutRate, rateMonth, ruleFacts, rulesInForce } from "../state/rates";
import { allRateRules, ratesSheetName } from "../workbookApi";
import { tt, type TabKey } from "../i18n/tabStrings";

const useStyles = makeStyles({
  rule: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "6px 0",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  head: {
    display: "flex",
    justifyContent: "space-between",
    gap: "6px",
    alignItems: "baseline",
  },
  // the confidence badge keeps its words on one line (a squeezed badge spills out of its pill)
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
});

const CONF_COLOR = {
  high: "success",
  medium: "informative",
  low: "warning",
  unconfirmed: "danger",
} as const;

export function RatesPanel() {
  const styles = useStyles();
  const pane = usePane();
  const { lang, plan } = pane;
  const fy = plan?.project.fiscalYear || fiscalYearOf(monthOfDate(new Date()));
  const month = rateMonth(fy, plan?.project.periodStart);
  const all = pane.analysis?.sheetRates ?? allRateRules();
  const rules = rulesInForce(all, month);
  const unknown = categoriesWithoutRate(all, month);
  const sheet = ratesSheetName(pane.snapshot);

  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Text weight="semibold">{tt(lang, "rates.intro")}</Text>
      <Caption1>{tt(lang, "rates.asOf", { month: formatMonth(month, lang, "long") })}</Caption1>
      <Button
        data-testid="rates-edit"
        disabled={!sheet}
        title={sheet ? undefined : tt(lang, "rates.noSheet")}
        onClick={() => sheet && void pane.run(() => pane.host.selectCell(sheet, "A1"))}
      >
        {tt(lang, "rates.edit")}
      </Button>
      {!sheet && <Caption1>{tt(lang, "rates.noSheet")}</Caption1>}
      {unknown.length > 0 && (
        <div data-testid="rates-unknown" className={styles.rule}>
          <Text weight="semibold">{tt(lang, "rates.unknown.title")}</Text>
          {unknown.map((u) => (
            <Caption1 key={u.category}>
              {tt(lang, "rates.unknown.item", {
                category: pick(
                  lang,
                  rateCategory(u.category) ?? {
                    th: u.category,
                    en: u.category,
                  },
                ),
                date: isoDate(u.last!.effectiveTo!, lang),
                source: pick(lang, u.last!.source),
              })}
            </Caption1>
          ))}
          <Caption1>{tt(lang, "rates.unknown.how")}</Caption1>
        </div>
      )}
      <div data-testid="rates-list">
        {rules.map((r) => {
          const facts = ruleFacts(r, lang);
          return (
            <div key={r.id} className={styles.rule} data-testid="rate-rule">
              <div className={styles.head}>
                <Text size={300} weight="semibold">
                  {pick(lang, r.label)}
                </Text>
                <Badge className={styles.badge} size="small" appearance="tint" color={CONF_COLOR[r.confidence]}>
                  {tt(lang, `rates.confidence.${r.confidence}` as TabKey)}
                </Badge>
              </div>
              <Text size={200}>
                {tt(lang, "rates.ceiling", {
                  amount: formatBaht(r.ceiling, lang),
                  unit: pick(lang, r.unit),
                })}
              </Text>
              {facts.marginPercent && <Caption1>{tt(lang, "rates.margin", { pct: String(facts.marginPercent) })}</Caption1>}
              <Caption1>{tt(lang, "rates.source", { source: pick(lang, r.source) })}</Caption1>
              <Caption1 data-testid="rate-rule-facts">
                {facts.inForce}
                {facts.warnsOnly ? tt(lang, "rates.warnsOnly") : ""}
              </Caption1>
              {r.note && <Caption1>{pick(lang, r.note)}</Caption1>}
            </div>
          );
        })}
      </div>
    </div>
  );
}
