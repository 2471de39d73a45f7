import { useEffect, useMemo, useState } from "react";
import {
  Badge,
  Button,
  Caption1,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { usePane } from "../context";
import { both } from "../i18n/strings";
import { rt, type ReadingKey } from "../i18n/readingStrings";
import { columnMappingEdits, readingOf } from "../reading";
import { MAPPABLE_ROLES } from "../../workbook/read/handHeader";
import { roleLabel, type Explanation, type TableReading } from "../../workbook/explain";
import { clip } from "../../core/clip";

/**
 * "What was read": for each table the reader found, its sheet and rows, the column taken for each role
 * (unit cost, quantity, times, amount, activity, month …), the rows that are headings, subtotals, totals
 * and the rows and columns left out. On a hand-made budget table the user corrects a column's role (a
 * choice per column) and saves: the choices go to the add-in's hidden mapping sheet through the host's
 * applyEdits (undoable like a fix; no user cell is written), and every later check and the CLI use them.
 */

const useStyles = makeStyles({
  root: { marginTop: "8px" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  th: { textAlign: "left", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "3px 4px", whiteSpace: "nowrap" },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, padding: "3px 4px", verticalAlign: "middle" },
  block: { display: "flex", flexDirection: "column", gap: "6px", marginBottom: "12px" },
  list: { margin: 0, paddingLeft: "18px", fontSize: tokens.fontSizeBase200 },
});

const ROW_KINDS = ["heading", "classHead", "subtotal", "total", "amountInWords", "note"] as const;

/** Mappable role of a column as read ("" when it is not used or its role is not one a user sets). */
function editableRole(role: string | undefined): string {
  return role && (MAPPABLE_ROLES as readonly string[]).includes(role) ? role : "";
}

/** Every column with a header in the table, left to right, with its role as read. */
function tableColumns(t: TableReading): { column: string; header: string; role?: string }[] {
  const all = [...t.columns.map((c) => ({ column: c.column, header: c.header, role: c.role })), ...t.ignoredColumns.map((c) => ({ ...c, role: undefined }))];
  const seen = new Set<string>();
  return all
    .filter((c) => (seen.has(c.column) ? false : (seen.add(c.column), true)))
    .sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column));
}

function TableBlock({ table, index }: { table: TableReading; index: number }) {
  const styles = useStyles();
  const pane = usePane();
  const { lang } = pane;
  const columns = useMemo(() => tableColumns(table), [table]);
  const initial = useMemo(() => Object.fromEntries(columns.map((c) => [c.column, editableRole(c.role)])), [columns]);
  // A live re-check hands the block a new reading object for the same table: the user's unsaved choices stay
  // unless what was read changed (a reset on object identity lost a choice made while a check was running).
  const readKey = JSON.stringify(initial);
  const [roles, setRoles] = useState<Record<string, string>>(initial);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- reset on what was read, not on the object's identity
  useEffect(() => setRoles(initial), [readKey]);
  const editable = table.table === "budget" && table.handMade;
  const dirty = columns.some((c) => (roles[c.column] ?? "") !== (initial[c.column] ?? ""));
  const chosen = new Set(Object.values(roles));
  const complete = chosen.has("item") && (chosen.has("amount") || chosen.has("unitCost") || table.columns.some((c) => c.role.startsWith("amount:")));
  const lines = table.rows.filter((r) => r.kind === "line").length;
  const special = table.rows.filter((r) => (ROW_KINDS as readonly string[]).includes(r.kind));

  const save = () =>
    void pane.run(async () => {
      if (!pane.analysis) return;
      await pane.applyEdits(columnMappingEdits(pane.analysis.snapshot, table, roles), await both("undo.mapping"));
      pane.notify({ kind: "success", key: "reading.saved", undo: true });
    });

  return (
    <div className={styles.block} data-testid={`reading-table-${index}`}>
      <Text weight="semibold">
        {rt(lang, `table.${table.table}` as ReadingKey)}{" "}
        {table.corrected && (
          <Badge appearance="tint" color="brand" data-testid="reading-corrected">
            {rt(lang, "corrected")}
          </Badge>
        )}
      </Text>
      <Caption1>{rt(lang, "where", { sheet: table.sheet, header: table.headerRows.join("–"), lines })}</Caption1>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.th}>{rt(lang, "column")}</th>
            <th className={styles.th}>{rt(lang, "header")}</th>
            <th className={styles.th}>{rt(lang, "role")}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c) => {
            // roles a user does not set (satang, month amounts, expense classes, further factors) are shown as read
            const fixed = c.role !== undefined && editableRole(c.role) === "" && c.role !== "seq";
            return (
              <tr key={c.column} data-testid={`reading-col-${c.column}`}>
                <td className={styles.td}>{c.column}</td>
                <td className={styles.td}>{c.header}</td>
                <td className={styles.td}>
                  {editable && !fixed ? (
                    <Select
                      size="small"
                      aria-label={`${rt(lang, "role")} ${c.column}`}
                      data-testid={`reading-role-${c.column}`}
                      value={roles[c.column] ?? ""}
                      onChange={(_, d) => setRoles((r) => ({ ...r, [c.column]: d.value }))}
                    >
                      <option value="">{rt(lang, "ignore")}</option>
                      {MAPPABLE_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {roleLabel(role, lang, table.table)}
                        </option>
                      ))}
                    </Select>
                  ) : (
                    <span>{c.role ? roleLabel(c.role, lang, table.table) : rt(lang, "ignore")}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {editable && (
        <div>
          <Button size="small" appearance="primary" data-testid={`reading-save-${index}`} disabled={!dirty || !complete || pane.busy} onClick={save}>
            {rt(lang, "save")}
          </Button>
          {dirty && !complete && <Caption1> {rt(lang, "noItem")}</Caption1>}
        </div>
      )}
      {special.length > 0 && (
        <>
          <Caption1>{rt(lang, "rows")}</Caption1>
          <ul className={styles.list} data-testid={`reading-rows-${index}`}>
            {special.map((r) => (
              <li key={r.row}>
                {rt(lang, "row", { row: r.row })}: {rt(lang, `kind.${r.kind}` as ReadingKey)}
                {r.text ? ` — ${clip(r.text, 50)}` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Body({ reading }: { reading: Explanation }) {
  const { lang } = usePane();
  const notRead = reading.sheets.filter((s) => s.use === "not-read" || s.use === "old-copy").map((s) => s.name);
  return (
    <div data-testid="reading-body">
      <Caption1 block>{rt(lang, "help")}</Caption1>
      {reading.template && <Text block>{rt(lang, "template")}</Text>}
      <Text block data-testid="reading-year">
        {rt(lang, "year", { year: reading.fiscalYear.year, how: rt(lang, `year.${reading.fiscalYear.how}` as ReadingKey) })}
      </Text>
      {reading.tables.map((t, i) => (
        <TableBlock key={`${t.table}-${t.sheet}-${t.headerRows[0]}`} table={t} index={i} />
      ))}
      {notRead.length > 0 && <Caption1 block>{rt(lang, "sheetsNotRead", { names: notRead.join(", ") })}</Caption1>}
    </div>
  );
}

/**
 * The "What was read" section under the check tab, collapsed until opened (a disclosure button: the
 * components it uses are the pane's own, so the section adds little to what Excel loads).
 */
export function ReadingPanel() {
  const styles = useStyles();
  const { lang, analysis } = usePane();
  const [open, setOpen] = useState(false);
  const reading = useMemo(() => (open ? readingOf(analysis) : undefined), [open, analysis]);
  if (!analysis?.isPlan || !analysis.read) return null;
  return (
    <section className={styles.root} data-testid="reading">
      <Button appearance="subtle" aria-expanded={open} data-testid="reading-open" onClick={() => setOpen((o) => !o)}>
        {open ? "▾" : "▸"} {rt(lang, "title")}
      </Button>
      {open && reading && <Body reading={reading} />}
    </section>
  );
}
