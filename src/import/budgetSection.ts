/**
 * The budget detail: blocks (numbered or "กิจกรรมที่ N" headings), expense-class headings, budget lines,
 * "รวม N บาท" subtotals and grand totals, and budget tables written with tabs.
 */
import { isCarryForward, isPageMarker } from "./carryForward";
import { isTravellersText, staffLevelIn } from "../core/rates/staffLevel";
import { budgetTableHeader, classTableHeader, type BudgetCols } from "./budgetHeader";
import type { ExpenseClass, Satang } from "../core/model";
import { continuesItem } from "./wrap";
import { toArabicDigits } from "../core/thaiDigits";
import { addMoney, formatMoney, parseMoney, parseNumber, satangToBaht } from "../core/money";
import { readCountCell } from "./countCell";
import { cleanItem, parseBudgetLine } from "./budgetLine";
import { addProblem, CLASS_WORDS, classOf, hasTab, isExpenseItem, moneyOf, PartState, RawBlock, RawBudgetLine, tabCells } from "./part";
import { problem, totalConflictProblem } from "./problems";
import { collapseSpaces, joinWrapped, SourceLine, stripNumbering, trimPunct } from "./text";
import { scanNumbers } from "./tokens";
import { dropSourceCells } from "./fundingTable";
import { readSpaceRow, SpaceColumn, spaceTableHeader } from "./spaceTable";

const GRAND_TOTAL_WORDS = ["ทั้งสิ้น", "ทั้งหมด", "ทุกกิจกรรม", "ทั้งโครงการ"];

export class BudgetReader {
  private block: RawBlock | undefined;
  blockTitleOpen = false;
  private headingClass: ExpenseClass | undefined;
  /** A class heading with an amount ("หมวดค่าวัสดุ 3,000 บาท"), kept until lines follow under it. */
  private pendingClassTotal: { text: string; line: number; amount: Satang; count: number } | undefined;
  /** A budget item written without figures ("- ค่าอาหาร"), waiting for its figures on the next line. */
  private pendingItem: { text: string; line: number; figures?: RawBlock } | undefined;
  /** Columns of a budget table, when the budget detail is written as one. */
  private budgetCols: BudgetCols | undefined;
  /** Columns of a budget table whose columns collapsed into single spaces (text copied from a PDF). */
  private spaceCols: SpaceColumn[] | undefined;

  /** The block opened by a budget table's activity column (or "1.1"-style row numbers). */
  private columnBlock: RawBlock | undefined;

  constructor(private readonly st: PartState) {}

  /**
   * A row's activity from the table's activity column ("1", "กิจกรรมที่ 2", "1.3", or a name on the first row
   * of its group): a new value opens the activity's block, so the rows below are its lines and its
   * "รวมกิจกรรมที่ 1" row its subtotal; an empty cell keeps the current block.
   */
  private activityOfRow(line: SourceLine, cell: string): void {
    const v = collapseSpaces(cell);
    if (!v) return;
    const m = /^(?:กิจกรรมที่\s*)?(\d{1,3})(?:\.\d{1,3}){0,3}\.?$/.exec(v);
    const number = m ? m[1] : undefined;
    const title = m ? "" : v;
    const same = (b: RawBlock) => (number !== undefined ? b.number === number : b.title === title);
    const cur = this.block;
    if (cur && !cur.implicit && same(cur)) return;
    if (cur && cur.implicit && cur.lines.length === 0 && cur.subtotal === undefined) {
      // an empty block opened by the header: it becomes the activity's
      cur.number = number;
      cur.title = title;
      cur.implicit = false;
      this.columnBlock = cur;
      return;
    }
    this.flushPendingItem();
    this.flushClassTotal();
    const block: RawBlock = { number, title, line: line.no, lines: [] };
    this.st.data.blocks.push(block);
    this.block = block;
    this.columnBlock = block;
    this.blockTitleOpen = false;
  }

  /** One line of the budget section. */
  feed(line: SourceLine, text: string, flatText: string, numText: ReturnType<typeof stripNumbering>, wasBlank: boolean): void {
    // a last column naming where the money comes from is not part of the line
    const t = dropSourceCells(text);
    const flat = t === text ? flatText : collapseSpaces(t);
    const num = t === text ? numText : stripNumbering(flat);
    // "ยอดยกไป" / "ยอดยกมา" where a table breaks over a page repeat a running sum: not a line, not a subtotal
    if (isCarryForward(t) || isPageMarker(t)) return;
    // "ผู้เดินทาง ครูชำนาญการพิเศษ จำนวน 2 คน" after the allocation: the travellers' level (staffLevelText.ts), no line
    if (isTravellersText(flat) && staffLevelIn(flat) !== undefined && !/บาท|\d\s*x/.test(flat)) return;
    if (hasTab(t) && this.tableLine(line, t)) return;
    if (!hasTab(t) && this.spaceTableLine(line, t)) return;
    this.line(line, flat, num, wasBlank);
  }

  leave(): void {
    this.columnBlock = undefined;
    this.budgetCols = undefined;
    this.spaceCols = undefined;
    this.flushPendingItem();
    this.flushClassTotal();
    this.block = undefined;
    this.blockTitleOpen = false;
    this.headingClass = undefined;
  }

  private currentBlock(line: SourceLine): RawBlock {
    if (!this.block) {
      this.block = { title: "", line: line.no, lines: [], implicit: true };
      this.st.data.blocks.push(this.block);
    }
    return this.block;
  }

  private flushPendingItem(): void {
    const p = this.pendingItem;
    if (!p) return;
    this.pendingItem = undefined;
    if (p.figures) {
      // figures without an amount, and no line after them that completes the item: it could not be read
      this.st.data.problems.push(problem(p.line, p.text, "budget-line-unreadable"));
      p.figures.unreadable = (p.figures.unreadable ?? 0) + 1;
      return;
    }
    this.st.data.problems.push(problem(p.line, p.text, "budget-line-no-amount"));
  }

  private flushClassTotal(): void {
    const p = this.pendingClassTotal;
    if (!p) return;
    this.pendingClassTotal = undefined;
    if (p.count > 0 || !this.block) return;
    // a class heading with an amount and no lines under it is itself a lump-sum line
    this.block.lines.push({
      item: cleanHeading(p.text),
      unitCost: null,
      quantity: null,
      times: null,
      statedAmount: p.amount,
      unused: [],
      line: p.line,
      text: p.text,
      headingClass: this.headingClass,
    });
  }

  line(line: SourceLine, flat: string, num: ReturnType<typeof stripNumbering>, wasBlank: boolean): void {
    const rest = num.rest;
    const hasNumber = /\d/.test(rest);

    // totals
    const totalWord = rest.startsWith("รวม") || rest.startsWith("ยอดรวม") || rest.startsWith("สรุปรวม");
    if (totalWord && hasNumber) {
      this.flushPendingItem();
      const amount = moneyOf(rest);
      if (amount === undefined) {
        addProblem(this.st, line, "budget-line-unreadable");
        return;
      }
      const afterWord = rest.replace(/^(ยอด|สรุป)?รวม/, "").trimStart();
      if (GRAND_TOTAL_WORDS.some((w) => rest.includes(w)) && !(rest.includes("กิจกรรมที่") || /^ค่า/.test(afterWord))) {
        if (this.st.data.statedTotal !== undefined && this.st.data.statedTotal !== amount) {
          this.st.data.problems.push(totalConflictProblem(line.no, line.raw, this.st.data.statedTotal, this.st.data.statedTotalLine, amount));
        }
        this.st.data.statedTotal = amount;
        this.st.data.statedTotalLine = line.no;
        this.flushClassTotal();
        this.block = undefined;
        return;
      }
      if (afterWord.startsWith("ค่า") || afterWord.startsWith("หมวด")) {
        // a class total inside a block: not the block's total
        return;
      }
      this.flushClassTotal();
      if (!this.block) {
        addProblem(this.st, line, "total-without-block");
        const b = this.currentBlock(line);
        b.subtotal = amount;
        b.subtotalLine = line.no;
        return;
      }
      this.block.subtotal = amount;
      this.block.subtotalLine = line.no;
      return;
    }

    // expense-class headings
    const classHeading =
      rest.startsWith("หมวด") ||
      (!hasNumber && CLASS_WORDS.some(([w]) => trimPunct(rest) === w || trimPunct(rest) === `${w}`) && rest.length < 30);
    if (classHeading) {
      this.flushPendingItem();
      this.flushClassTotal();
      const cls = classOf(rest);
      if (cls) this.headingClass = cls;
      const amount = hasNumber ? moneyOf(rest) : undefined;
      if (amount !== undefined) {
        this.currentBlock(line);
        this.pendingClassTotal = { text: rest, line: line.no, amount, count: 0 };
      }
      this.blockTitleOpen = false;
      return;
    }

    // block headings: numbered (not "1.1"), not an item ("ค่า…"), or "กิจกรรม…"
    const numberedHeading =
      num.number !== "" &&
      !num.bullet &&
      (!num.number.includes(".") || !hasNumber) &&
      !isExpenseItem(rest) &&
      (!hasNumber || rest.startsWith("กิจกรรม") || !this.hasFactors(rest));
    const activityHeading = !num.number && !num.bullet && rest.startsWith("กิจกรรม") && !this.hasFactors(rest);
    if (numberedHeading || activityHeading) {
      this.flushPendingItem();
      this.flushClassTotal();
      const { title, amount } = splitHeadingAmount(rest);
      let number = num.number || undefined;
      if (!number) {
        const m = /^กิจกรรม(?:ที่)?\s*(\d{1,4})/.exec(rest);
        if (m) number = m[1];
      }
      this.block = { number, title, line: line.no, lines: [] };
      if (amount !== undefined) {
        this.block.subtotal = amount;
        this.block.subtotalLine = line.no;
      }
      this.st.data.blocks.push(this.block);
      this.blockTitleOpen = true;
      this.headingClass = undefined;
      return;
    }

    // "เป็นเงิน 16,000 บาท" on its own line completes the previous line
    if ((rest.startsWith("เป็นเงิน") || rest.startsWith("=")) && this.block && this.block.lines.length && !this.pendingItem) {
      const prev = this.block.lines[this.block.lines.length - 1];
      if (prev.statedAmount === null) {
        const amount = moneyOf(rest);
        if (amount !== undefined) {
          prev.statedAmount = amount;
          prev.text = `${prev.text} ${flat}`;
          return;
        }
      }
    }

    if (hasNumber && this.pendingItem && (isExpenseItem(rest) || rest.startsWith("หมวด") || (this.pendingItem.figures && (wasBlank || !continuesItem(num))))) {
      // a new item with its own figures: the waiting item had none (or figures and no amount)
      this.flushPendingItem();
    }
    if (hasNumber && !this.pendingItem && !wasBlank && this.joinWithPrevious(line, rest, num)) return;
    if (hasNumber) {
      const text = this.pendingItem ? `${this.pendingItem.text} ${rest}` : rest;
      const lineNo = this.pendingItem ? this.pendingItem.line : line.no;
      const parsed = parseBudgetLine(text);
      if (!parsed || (parsed.unitCost === null && parsed.statedAmount === null && !parsed.invalid)) {
        if (this.pendingItem) {
          this.pendingItem = undefined;
        }
        if (this.blockTitleOpen && this.block && this.block.lines.length === 0 && !num.bullet && !isExpenseItem(rest)) {
          this.block.title = joinWrapped(this.block.title, flat);
          return;
        }
        if (parsed && (parsed.quantity !== null || parsed.times !== null)) {
          // "4.1 ค่าอาหาร จำนวน 80 คน คนละ 2 มื้อ": figures and no amount: the rest of the item may follow on
          // the next line (a PDF copy breaks lines anywhere); it is reported only when none does
          this.pendingItem = { text, line: lineNo, figures: this.currentBlock(line) };
          return;
        }
        this.st.data.problems.push(problem(lineNo, text, "budget-line-unreadable"));
        if (this.block) this.block.unreadable = (this.block.unreadable ?? 0) + 1;
        return;
      }
      this.pendingItem = undefined;
      // an item wrapped over two lines is about the line that holds its figures (its amount)
      const raw: RawBudgetLine = { ...parsed, line: line.no, text, headingClass: this.headingClass };
      if (parsed.unitCost !== null && parsed.quantity === null && parsed.times === null && parsed.statedAmount !== null && parsed.unitCost !== parsed.statedAmount && !parsed.invalid && !parsed.notNumbers) {
        // "มื้อละ 60 บาท เป็นเงิน 9,600 บาท" read alone: a unit price and an amount that is not it, no factor between
        // them — the factors were not understood (never "60 บาท = 60 บาท แต่ระบุ 9,600 บาท"): the amount stands alone
        this.st.data.problems.push(problem(lineNo, text, "budget-line-factors-unread", formatMoney(parsed.unitCost, { decimals: "auto" })));
        raw.unitCost = null;
      }
      if (num.number) raw.number = toArabicDigits(num.number);
      if (num.bullet) raw.bullet = true;
      if (!raw.item && this.pendingClassTotal) raw.item = cleanHeading(this.pendingClassTotal.text);
      this.currentBlock(line).lines.push(raw);
      if (this.pendingClassTotal) this.pendingClassTotal.count++;
      this.blockTitleOpen = false;
      if (parsed.notNumbers) this.st.data.problems.push(problem(lineNo, text, "budget-line-not-a-number", parsed.notNumbers.join(", ")));
      else if (parsed.invalid) this.st.data.problems.push(problem(lineNo, text, "budget-line-huge-number", Object.values(parsed.invalid).join(", ")));
      else if (parsed.unused.length) this.st.data.problems.push(problem(lineNo, text, "budget-line-unused-numbers", parsed.unused.join(", ")));
      return;
    }

    // text without numbers: a wrapped block heading, an item waiting for its figures, or a note
    if (this.blockTitleOpen && this.block && this.block.lines.length === 0 && !num.bullet && !isExpenseItem(rest) && !wasBlank) {
      this.block.title = joinWrapped(this.block.title, flat);
      return;
    }
    if (this.pendingItem && !wasBlank && !num.bullet) {
      this.pendingItem.text = joinWrapped(this.pendingItem.text, rest);
      return;
    }
    if (num.bullet || isExpenseItem(rest)) {
      this.flushPendingItem();
      this.pendingItem = { text: rest, line: line.no };
      return;
    }
    // notes such as "(ถัวจ่ายทุกรายการ)" are ignored
  }

  /**
   * A line that goes on with the line above it ("เป็นเงิน…" is handled before): the line above has no amount of
   * its own and this one starts with a factor or its amount ("มื้อละ 60 บาท เป็นเงิน 9,600 บาท"). The two are read
   * as one item, placed at this line (the one with the amount). Returns false when they do not read as one.
   */
  private joinWithPrevious(line: SourceLine, rest: string, num: ReturnType<typeof stripNumbering>): boolean {
    const prev = this.block?.lines[this.block.lines.length - 1];
    if (!prev || prev.statedAmount !== null || prev.line !== line.no - 1 || !continuesItem(num)) return false;
    const text = `${prev.text} ${rest}`;
    const parsed = parseBudgetLine(text);
    if (!parsed || parsed.statedAmount === null || parsed.unitCost === null || parsed.invalid || parsed.notNumbers) return false;
    // the line above was read alone: what was said about its figures is replaced by the whole item's reading
    this.st.data.problems = this.st.data.problems.filter((p) => !(p.line === prev.line && p.code === "budget-line-unused-numbers"));
    Object.assign(prev, parsed, { line: line.no, text });
    if (parsed.unused.length) this.st.data.problems.push(problem(line.no, text, "budget-line-unused-numbers", parsed.unused.join(", ")));
    return true;
  }

  /**
   * A budget table whose columns collapsed into single spaces: its header row sets the column order,
   * and a row whose figures fit that order is read by column. Returns false for any other line.
   */
  private spaceTableLine(line: SourceLine, t: string): boolean {
    const header = spaceTableHeader(t);
    if (header) {
      this.flushPendingItem();
      this.spaceCols = header;
      return true;
    }
    if (!this.spaceCols) return false;
    const row = readSpaceRow(t, this.spaceCols);
    if (!row) return false;
    this.flushPendingItem();
    const raw: RawBudgetLine = {
      item: cleanItem(row.item),
      unitCost: row.unitCost,
      quantity: row.quantity,
      times: row.times,
      statedAmount: row.amount,
      unused: [],
      line: line.no,
      text: collapseSpaces(t),
      headingClass: this.headingClass,
    };
    if (row.quantityUnit) raw.quantityUnit = row.quantityUnit;
    if (row.number) raw.number = row.number;
    this.currentBlock(line).lines.push(raw);
    if (this.pendingClassTotal) this.pendingClassTotal.count++;
    this.blockTitleOpen = false;
    return true;
  }

  /**
   * Budget detail written as a table: a header row ("รายการ\tจำนวน\tหน่วย\tราคาต่อหน่วย\tรวมเงิน") gives
   * the columns; rows are read by column. Returns false when the line is not part of such a table
   * (it is then read as a budget line).
   */
  private tableLine(line: SourceLine, t: string): boolean {
    const cells = tabCells(t);
    const header = budgetTableHeader(cells) ?? classTableHeader(cells);
    if (header) {
      this.flushPendingItem();
      this.budgetCols = header;
      return true;
    }
    const cols = this.budgetCols;
    if (!cols) return false;
    if (cols.classes) return this.classTableRow(line, t, cells, cols);
    const get = (i: number | undefined) => (i === undefined ? "" : (cells[i] ?? "").trim());
    if (cols.activity !== undefined) this.activityOfRow(line, get(cols.activity));
    else if (cols.no !== undefined) {
      // "1.2" in the number column of a table without activity headings: the second line of activity 1
      const m = /^(\d{1,3})\.\d{1,3}\.?$/.exec(get(cols.no));
      if (m && (!this.block || this.block.implicit || this.block === this.columnBlock) && !this.block?.lines.some((l) => l.number === m[1])) this.activityOfRow(line, m[1]);
    }
    const itemCell = get(cols.item) || cells.find((c) => c !== "") || "";
    const figures = [cols.quantity, cols.unitCost, cols.times, cols.amount].map(get);
    if (figures.every((f) => !/\d/.test(f))) return false; // a heading or an item written in one cell
    const inum = stripNumbering(itemCell);
    const rest = inum.rest;
    const amount = parseMoney(get(cols.amount)) ?? firstMoney(get(cols.amount));
    if (rest.startsWith("รวม") || rest.startsWith("ยอดรวม")) {
      if (amount === null) return false;
      const flatTotal = `${rest} ${get(cols.amount)} บาท`;
      this.line(line, flatTotal, stripNumbering(flatTotal), false);
      return true;
    }
    const unitCost = parseMoney(get(cols.unitCost)) ?? firstMoney(get(cols.unitCost));
    // "88 คน x 3 มื้อ" in the count cell: every count with a unit word is a factor
    const countCell = readCountCell(get(cols.quantity));
    const several = !!countCell && countCell.quantity !== null && countCell.times !== null;
    const quantity = several ? countCell.quantity : (parseNumber(get(cols.quantity)) ?? firstCount(get(cols.quantity)));
    const colTimes = parseNumber(get(cols.times)) ?? firstCount(get(cols.times));
    const times = several ? countCell.times! * (colTimes ?? 1) : colTimes;
    const raw: RawBudgetLine = {
      item: cleanItem(rest),
      unitCost,
      quantity: quantity === null ? null : Math.abs(quantity),
      times: times === null ? null : Math.abs(times),
      statedAmount: amount,
      unused: [],
      line: line.no,
      text: collapseSpaces(t),
      headingClass: this.headingClass,
    };
    const unit = get(cols.unit);
    if (unit && raw.quantity !== null) raw.quantityUnit = unit;
    else if (several && countCell.quantityUnit) raw.quantityUnit = countCell.quantityUnit;
    if (several && countCell.timesUnit && colTimes === null) raw.timesUnit = countCell.timesUnit;
    if (inum.number) raw.number = toArabicDigits(inum.number);
    else if (/^\d{1,3}(?:\.\d{1,3}){0,3}\.?$/.test(get(cols.no))) raw.number = get(cols.no).replace(/\.$/, "");
    if (unitCost === null && quantity === null && times === null && amount === null) return false;
    this.currentBlock(line).lines.push(raw);
    if (this.pendingClassTotal) this.pendingClassTotal.count++;
    this.blockTitleOpen = false;
    return true;
  }

  /**
   * A row of a table split by expense class: the row is an activity's block (its name in the item
   * column), each class amount a lump-sum line, the row's total its subtotal; a "รวม" row is the grand
   * total.
   */
  private classTableRow(line: SourceLine, t: string, cells: string[], cols: BudgetCols): boolean {
    const get = (i: number | undefined) => (i === undefined ? "" : (cells[i] ?? "").trim());
    const item = get(cols.item) || cells.find((c) => c !== "" && !/^\d+\.?$/.test(c)) || "";
    const amount = parseMoney(get(cols.amount)) ?? firstMoney(get(cols.amount));
    const inum = stripNumbering(item);
    // lines under an activity heading ("กิจกรรมที่ 1 …" above the rows) or expense items ("ค่า…"):
    // each row is one budget line, its class the column its amount stands in
    const lineRows = (this.block !== undefined && !this.block.implicit) || isExpenseItem(inum.rest);
    if (lineRows) return this.classLineRow(line, t, cells, cols, inum.rest, amount);
    if (inum.rest.startsWith("รวม") || inum.rest.startsWith("ยอดรวม")) {
      if (amount === null) return false;
      // "รวมกิจกรรมที่ 2 … 5,600" is an activity's subtotal, not a second grand total
      if (/^(?:ยอด)?รวม\s*(?:เงิน)?\s*กิจกรรม/.test(inum.rest) && !GRAND_TOTAL_WORDS.some((w) => inum.rest.includes(w))) return true;
      const flatTotal = `รวมทั้งสิ้น ${get(cols.amount)} บาท`;
      this.line(line, flatTotal, stripNumbering(flatTotal), false);
      return true;
    }
    const parts: { cls: ExpenseClass; amount: Satang; word: string }[] = [];
    for (const [i, cls] of cols.classes!) {
      const v = parseMoney(get(i)) ?? firstMoney(get(i));
      if (v !== null && v !== 0) parts.push({ cls, amount: v, word: CLASS_WORDS.find(([, c]) => c === cls)![0] });
    }
    if (!parts.length && amount === null) return false;
    this.flushPendingItem();
    this.flushClassTotal();
    const number = stripNumbering(get(cols.no)).number || inum.number || undefined;
    const title = collapseSpaces(inum.rest || item);
    const block: RawBlock = { number, title, line: line.no, lines: [] };
    for (const p of parts) {
      block.lines.push({ item: p.word, unitCost: null, quantity: null, times: null, statedAmount: p.amount, unused: [], line: line.no, text: collapseSpaces(t), headingClass: p.cls });
    }
    if (amount !== null) {
      block.subtotal = amount;
      block.subtotalLine = line.no;
    }
    this.st.data.blocks.push(block);
    this.block = undefined;
    this.blockTitleOpen = false;
    return true;
  }

  /**
   * A row of a class-split table that is one budget line ("ค่าอาหารว่าง 45 คน คนละ 20 บาท 4 มื้อ | - |
   * 3,600 | - | 3,600"): the item with its factors, the amount of its class column (the row's total when
   * there is one), the class that holds the amount; a "รวม…" row is the subtotal or grand total it names.
   */
  private classLineRow(line: SourceLine, t: string, cells: string[], cols: BudgetCols, rest: string, amount: Satang | null): boolean {
    const get = (i: number | undefined) => (i === undefined ? "" : (cells[i] ?? "").trim());
    const parts: { cls: ExpenseClass; amount: Satang }[] = [];
    for (const [i, cls] of cols.classes!) {
      const v = parseMoney(get(i)) ?? firstMoney(get(i));
      if (v !== null && v !== 0) parts.push({ cls, amount: v });
    }
    const sum = parts.reduce((a, p) => addMoney(a, p.amount), 0 as Satang);
    const stated = amount ?? (parts.length ? sum : null);
    if (stated === null) return false;
    const figure = satangToBaht(stated);
    if (rest.startsWith("รวม") || rest.startsWith("ยอดรวม")) {
      const flatTotal = `${rest} ${figure} บาท`;
      this.line(line, flatTotal, stripNumbering(flatTotal), false);
      return true;
    }
    const before = this.headingClass;
    if (parts.length === 1) this.headingClass = parts[0].cls;
    const flat = `${rest} เป็นเงิน ${figure} บาท`;
    this.line(line, flat, stripNumbering(flat), false);
    this.headingClass = before;
    return true;
  }

  /** True when a text has a unit cost with quantity/times, i.e. it is a budget item, not a heading. */
  private hasFactors(text: string): boolean {
    const p = parseBudgetLine(text);
    return !!p && p.unitCost !== null && (p.quantity !== null || p.times !== null);
  }

}

/** The first figure of a table cell written with its unit ("200 มื้อ", "25 บาท"); null when none. */
function firstFigureText(cell: string): string | null {
  if (!cell || !/\d/.test(cell)) return null;
  return scanNumbers(cell).find((x) => !x.ignore && !x.huge)?.raw ?? null;
}

/** The first amount of money in a cell. */
function firstMoney(cell: string): Satang | null {
  const t = firstFigureText(cell);
  return t === null ? null : parseMoney(t);
}

/** The first count in a cell. */
function firstCount(cell: string): number | null {
  const t = firstFigureText(cell);
  return t === null ? null : parseNumber(t);
}

/** "1.กิจกรรมประชุม… งบประมาณ 23,800 บาท" → title and the stated amount. */
function splitHeadingAmount(rest: string): { title: string; amount?: Satang } {
  const toks = scanNumbers(rest).filter((t) => !t.ignore && !t.huge);
  const money = toks.find((t) => t.unit?.role === "money");
  if (!money) return { title: collapseSpaces(rest) };
  const amount = parseMoney(money.raw);
  const title = trimEndChars(collapseSpaces(rest.slice(0, money.leadStart)), " (:=-.,");
  return { title: title || collapseSpaces(rest), amount: amount ?? undefined };
}

function cleanHeading(text: string): string {
  const { title } = splitHeadingAmount(text);
  return trimPunct(title.replace(/^หมวด/, "")) || title;
}

function trimEndChars(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && chars.includes(s[e - 1])) e--;
  return s.slice(0, e);
}
