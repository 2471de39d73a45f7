/**
 * @jest-environment jsdom
 */
/**
 * A finding with a cell is a button that selects the cell; a finding with none (a whole-workbook reading note,
 * "no activity table found") is plain text, not a button, and clicking it changes nothing. Rendered by the real
 * pane over a corpus workbook (a hand-made proposal with no activity table) in the browser preview's host.
 */
import { join } from "path";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider } from "@fluentui/react-components";
import { PreviewWorkbookHost } from "../../src/adapters/preview";
import { readXlsx } from "../../src/adapters/xlsx/read";
import { addr } from "../../src/workbook/a1";
import type { CellSpec, WorkbookSnapshot, WorkbookSpec } from "../../src/workbook/types";
import { App } from "../../src/taskpane/App";
import { paneTheme } from "../../src/taskpane/theme";
import { setupPaneDom } from "../helpers/paneDom";

setupPaneDom();
jest.setTimeout(120_000);
const LONG = { timeout: 60_000 };

/** A workbook read from a file, as sheets to put into the preview's workbook (values and formulas). */
function specOf(snap: WorkbookSnapshot): WorkbookSpec {
  return {
    sheets: snap.sheets.map((s) => ({
      key: s.name,
      name: s.name,
      cells: s.values.flatMap((row, r) =>
        row.flatMap((v, c): CellSpec[] => {
          const formula = s.formulas[r]?.[c];
          if (formula) return [{ address: addr(r + 1, c + 1), formula }];
          return v === null || v === "" ? [] : [{ address: addr(r + 1, c + 1), value: v }];
        }),
      ),
    })),
  };
}

test("findings with a cell are buttons that go there; those with none are plain text", async () => {
  const host = new PreviewWorkbookHost();
  await host.insertTemplate(specOf(await readXlsx(join(__dirname, "../corpus/workbooks/wb04-proposal.xlsx"))), "suffix");
  const select = jest.spyOn(host, "selectCell");
  render(
    <FluentProvider theme={paneTheme}>
      <App host={host} hostKind="preview" initialLang="th" />
    </FluentProvider>,
  );
  fireEvent.click(await screen.findByTestId("tab-validate", {}, LONG));
  await waitFor(() => expect(screen.getAllByTestId("finding").length).toBeGreaterThan(0), LONG);
  const items = screen.getAllByTestId("finding");
  const placed = items.filter((e) => e.dataset.cell);
  const unplaced = items.filter((e) => !e.dataset.cell);
  expect(placed.length).toBeGreaterThan(0);
  expect(unplaced.length).toBeGreaterThan(0);
  for (const e of placed) {
    expect(e.tagName).toBe("BUTTON");
    expect(e.querySelector('[data-testid="finding-cell"]')).not.toBeNull();
  }
  for (const e of unplaced) {
    expect(e.tagName).toBe("DIV");
    expect(e.getAttribute("role")).toBeNull();
    expect(e.getAttribute("tabindex")).toBeNull();
    expect(e.querySelector('[data-testid="finding-cell"]')).toBeNull();
    fireEvent.click(e);
  }
  expect(select).not.toHaveBeenCalled();
  fireEvent.click(placed[0]);
  await waitFor(() => expect(select).toHaveBeenCalledTimes(1), LONG);
  const [sheet, cell] = select.mock.calls[0];
  expect(placed[0].dataset.cell).toContain(`!${cell}`);
  expect(placed[0].dataset.cell).toContain(sheet.replace(/'/g, "''"));
});
