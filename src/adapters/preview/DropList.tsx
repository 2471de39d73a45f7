import { useEffect, useRef, useState } from "react";
import type { KeyboardEvent as ReactKeyboardEvent } from "react";
import { gridText, type GridLang } from "./strings";

/**
 * The drop-down of a cell with a list validation, as in Excel: an arrow button beside the selected cell, and
 * the list it opens (also with Alt+↓ in the grid). ↑/↓ move, Enter or a click picks (typed into the cell as
 * the user's edit), Escape closes. The list shows the choices the workbook's validation offers (literal items
 * or the values of its source range: PreviewWorkbook.listOptions).
 *
 * Test ids: `cell-dropdown` (the arrow), `cell-choices-list` (the open list, role listbox, its items role option).
 */
export interface DropListProps {
  lang: GridLang;
  cell: string;
  choices: string[];
  /** The cell's value now (its choice is marked). */
  current: string;
  open: boolean;
  /** The cell's box inside the grid (px): the arrow goes at its right edge, the list below it. */
  box: { top: number; left: number; width: number; height: number };
  onOpen: () => void;
  onPick: (choice: string) => void;
  /** `refocus`: give the keys back to the grid (not when the focus left for elsewhere). */
  onClose: (refocus: boolean) => void;
}

const ARROW_PX = 18;

export function DropList({ lang, cell, choices, current, open, box, onOpen, onPick, onClose }: DropListProps) {
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!open) return;
    setActive(Math.max(0, choices.indexOf(current)));
    list.current?.focus({ preventScroll: true });
  }, [open, choices, current]);
  useEffect(() => {
    list.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.scrollIntoView?.({ block: "nearest" });
  }, [active]);

  const onKey = (e: ReactKeyboardEvent<HTMLUListElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => Math.min(choices.length - 1, Math.max(0, i + (e.key === "ArrowDown" ? 1 : -1))));
    } else if (e.key === "Enter" || e.key === "Tab") {
      e.preventDefault();
      if (choices[active] !== undefined) onPick(choices[active]);
    } else if (e.key === "Escape" || (e.altKey && e.key === "ArrowUp")) {
      e.preventDefault();
      onClose(true);
    }
  };

  return (
    <>
      <button
        type="button"
        data-testid="cell-dropdown"
        aria-label={gridText(lang, "choices", { cell })}
        aria-haspopup="listbox"
        aria-expanded={open}
        tabIndex={-1}
        onMouseDown={(e) => {
          e.preventDefault();
          e.stopPropagation();
          if (open) onClose(true);
          else onOpen();
        }}
        // the grid gives the focus back to its keys on mouse-up: not while the list opens
        onMouseUp={(e) => e.stopPropagation()}
        style={{
          position: "absolute",
          top: box.top,
          left: box.left + box.width,
          width: ARROW_PX,
          height: box.height,
          padding: 0,
          border: "1px solid #A6A6A6",
          background: "#F3F3F3",
          fontSize: 10,
          lineHeight: 1,
          cursor: "pointer",
          zIndex: 4,
        }}
      >
        ▼
      </button>
      {open && (
        <ul
          ref={list}
          role="listbox"
          data-testid="cell-choices-list"
          aria-label={gridText(lang, "choices", { cell })}
          aria-activedescendant={`preview-choice-${active}`}
          tabIndex={-1}
          onKeyDown={onKey}
          onBlur={() => onClose(false)}
          style={{
            position: "absolute",
            top: box.top + box.height,
            left: box.left,
            minWidth: box.width + ARROW_PX,
            maxHeight: 240,
            overflowY: "auto",
            margin: 0,
            padding: 0,
            listStyle: "none",
            background: "#FFFFFF",
            border: "1px solid #A6A6A6",
            boxShadow: "0 2px 6px rgba(0,0,0,0.25)",
            zIndex: 5,
            outline: "none",
          }}
        >
          {choices.map((c, i) => (
            <li
              key={c}
              id={`preview-choice-${i}`}
              data-index={i}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                e.stopPropagation();
                onPick(c);
              }}
              onMouseEnter={() => setActive(i)}
              style={{ padding: "2px 6px", whiteSpace: "nowrap", cursor: "pointer", background: i === active ? "#CCE8D5" : undefined }}
            >
              {c}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
