import { Badge, Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ActivityStatus } from "../../core/model";
import { formatMonth, formatMonthRange, monthOfDate, THAI_MONTHS_SHORT, ENGLISH_MONTHS_SHORT } from "../../core/calendar";
import { formatBaht, sumMoney } from "../../core/money";
import { usePane } from "../context";
import { both } from "../i18n/strings";
import { buildTimeline } from "../state/schedule";
import { statusEdit } from "../workbookApi";
import { tt, type TabKey } from "../i18n/tabStrings";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    // twelve month columns across the whole width; each activity's name is a full-width line above its bar,
    // so names wrap instead of being cut and the month labels keep their room at 320 px
    gridTemplateColumns: "repeat(12, minmax(0, 1fr))",
    position: "relative",
    fontSize: tokens.fontSizeBase200,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
  },
  // the month abbreviation whole with its dots ("ต.ค.", "พ.ย."): a smaller size keeps it in a twelfth of 320 px
  head: { padding: "2px 0", textAlign: "center", backgroundColor: tokens.colorNeutralBackground3, whiteSpace: "nowrap", overflow: "hidden", fontSize: tokens.fontSizeBase100, letterSpacing: "-0.02em" },
  name: { gridColumn: "1 / -1", padding: "3px 4px 1px", overflowWrap: "anywhere", borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
  cell: { height: "14px", borderLeft: `1px solid ${tokens.colorNeutralStroke3}`, position: "relative" },
  firstCell: { borderLeft: "none" },
  inPeriod: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  bar: { position: "absolute", top: "2px", bottom: "2px", left: 0, right: 0, backgroundColor: tokens.colorBrandBackground },
  barLate: { backgroundColor: tokens.colorPaletteRedBackground3 },
  barDone: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  today: { position: "absolute", top: 0, bottom: 0, width: "2px", backgroundColor: tokens.colorPaletteRedBorder2, left: "50%" },
  rows: { display: "flex", flexDirection: "column", gap: "4px" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "4px 6px", justifyContent: "flex-end" },
  rowName: { flex: "1 1 140px", minWidth: 0, overflowWrap: "anywhere" },
  badge: { flexShrink: 0, whiteSpace: "nowrap", height: "auto", minHeight: "20px" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, padding: "3px 4px" },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

const STATUS_COLOR: Record<ActivityStatus, "informative" | "brand" | "success" | "danger"> = {
  planned: "informative",
  "in-progress": "brand",
  done: "success",
  late: "danger",
};

export function SchedulePanel() {
  const styles = useStyles();
  const pane = usePane();
  const { tr, lang, plan } = pane;
  if (!plan) return <Text data-testid="schedule-no-plan">{tr("app.noPlan")}</Text>;
  const today = monthOfDate(new Date());
  const tl = buildTimeline(plan, today);
  const monthNames = lang === "th" ? THAI_MONTHS_SHORT : ENGLISH_MONTHS_SHORT;
  const p = plan.project;
  const statusCells = pane.analysis?.statusCells ?? {};

  const markDone = (activityId: string) =>
    void pane.run(async () => {
      const row = tl.rows.find((r) => r.id === activityId);
      const cell = statusCells[activityId];
      if (!row || !cell) {
        pane.notify({ kind: "warning", key: "schedule.noStatusCell" });
        return;
      }
      const edit = statusEdit(cell, "done", pane.analysis?.sheetLang ?? lang);
      await pane.applyEdits([edit], await both("undo.markDone", { id: row.id }));
    });

  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 10 }} data-testid="schedule">
      <Text weight="semibold">{tt(lang, "schedule.fiscalYear", { fy: tl.fiscalYear, range: formatMonthRange({ year: tl.fiscalYear - 1, month: 10 }, { year: tl.fiscalYear, month: 9 }, lang) })}</Text>
      {p.periodStart && p.periodEnd && (
        <Caption1 data-testid="schedule-period">{tt(lang, "schedule.period", { range: formatMonthRange(p.periodStart, p.periodEnd, lang) })}</Caption1>
      )}
      {p.fundsAvailableFrom && <Caption1>{tt(lang, "schedule.fundsFrom", { month: formatMonth(p.fundsAvailableFrom, lang) })}</Caption1>}
      {tl.rows.length === 0 ? (
        <Text>{tt(lang, "schedule.noActivities")}</Text>
      ) : (
        <div className={styles.grid} role="table" aria-label={tr("tab.schedule")} data-testid="timeline">
          {tl.months.map((m, i) => (
            <div key={i} className={styles.head} title={formatMonth(m, lang, "long")} aria-label={formatMonth(m, lang, "long")} data-month-label>
              {monthNames[m.month - 1]}
            </div>
          ))}
          {tl.rows.map((r) => (
            <Row key={r.id} r={r} tl={tl} styles={styles} />
          ))}
        </div>
      )}
      {tl.todayIdx !== undefined && (
        <Caption1>
          <span style={{ display: "inline-block", width: 10, height: 2, background: tokens.colorPaletteRedBorder2, verticalAlign: "middle" }} />{" "}
          {tt(lang, "schedule.today")} {formatMonth(today, lang)}
        </Caption1>
      )}
      <div className={styles.rows}>
        {tl.rows.map((r) => (
          <div key={r.id} className={styles.row} data-testid={`activity-${r.id}`}>
            <Text size={200} className={styles.rowName} data-activity-name>
              {r.id}. {r.name}
            </Text>
            <Badge className={styles.badge} color={STATUS_COLOR[r.status]} appearance={r.derived ? "tint" : "filled"} data-testid={`status-${r.id}`}>
              {tt(lang, `schedule.status.${r.status}` as TabKey)}
            </Badge>
            {r.status !== "done" && (
              <Button size="small" data-testid={`mark-done-${r.id}`} disabled={!statusCells[r.id] || pane.busy} onClick={() => markDone(r.id)}>
                {tt(lang, "schedule.markDone")}
              </Button>
            )}
          </div>
        ))}
      </div>
      <Text weight="semibold">{tt(lang, "schedule.quarters")}</Text>
      <table className={styles.table} data-testid="quarter-plan">
        <tbody>
          {tl.quarterMonths.map(({ q, from, to }) => (
            <tr key={q}>
              <td className={styles.td}>{tt(lang, "schedule.quarter", { q })}</td>
              <td className={styles.td}>{tt(lang, "schedule.quarterMonths", { from: formatMonth(from, lang), to: formatMonth(to, lang) })}</td>
              <td className={`${styles.td} ${styles.num}`} data-testid={`quarter-${q}`}>
                {formatBaht(tl.quarters[q], lang)}
              </td>
            </tr>
          ))}
          {tl.quarters.unscheduled > 0 && (
            <tr>
              <td className={styles.td} colSpan={2}>
                {tt(lang, "schedule.unscheduled")}
              </td>
              <td className={`${styles.td} ${styles.num}`}>{formatBaht(tl.quarters.unscheduled, lang)}</td>
            </tr>
          )}
          {tl.quarters.outsideYear > 0 && (
            <tr>
              <td className={styles.td} colSpan={2}>
                {tt(lang, "schedule.outsideYear")}
              </td>
              <td className={`${styles.td} ${styles.num}`} data-testid="quarter-outside-year">
                {formatBaht(tl.quarters.outsideYear, lang)}
              </td>
            </tr>
          )}
          <tr>
            <td className={styles.td} colSpan={2}>
              <b>{tt(lang, "schedule.total")}</b>
            </td>
            <td className={`${styles.td} ${styles.num}`}>
              <b>{formatBaht(sumMoney([tl.quarters[1], tl.quarters[2], tl.quarters[3], tl.quarters[4], tl.quarters.unscheduled, tl.quarters.outsideYear]), lang)}</b>
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

type Styles = ReturnType<typeof useStyles>;

function Row({ r, tl, styles }: { r: ReturnType<typeof buildTimeline>["rows"][number]; tl: ReturnType<typeof buildTimeline>; styles: Styles }) {
  const cells = [];
  for (let i = 0; i < 12; i++) {
    const inPeriod = tl.period && i >= tl.period.startIdx && i <= tl.period.endIdx;
    const onBar = r.startIdx !== undefined && r.endIdx !== undefined && i >= r.startIdx && i <= r.endIdx;
    const barClass = [styles.bar, r.status === "late" ? styles.barLate : "", r.status === "done" ? styles.barDone : ""].join(" ");
    cells.push(
      <div key={i} className={`${styles.cell} ${i === 0 ? styles.firstCell : ""} ${inPeriod ? styles.inPeriod : ""}`} data-month={i}>
        {onBar && <div className={barClass} data-testid={`bar-${r.id}-${i}`} />}
        {tl.todayIdx === i && <div className={styles.today} data-testid="today-line" />}
      </div>,
    );
  }
  return (
    <>
      <div className={styles.name} data-activity-name>
        {r.id}. {r.name}
      </div>
      {cells}
    </>
  );
}
