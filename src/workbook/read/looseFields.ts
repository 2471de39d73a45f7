/**
 * Project fields written on a hand-made sheet: a label in one cell and its value later in the same cell
 * ("งบประมาณ 50,000 บาท"), or in a later cell of the row (often a merged one): the project name, the
 * allocation (งบประมาณที่ได้รับจัดสรร, งบประมาณ … บาท), the period (ระยะเวลาดำเนินการ), the fiscal year,
 * the owner, the budget source. Rows inside tables are skipped. Each field keeps its label and value cells.
 */
import type { CellRef, Plan, Satang } from "../../core/model";
import { readVenue, venueNote, venueOfPlace } from "../../core/rates/venue";

export { venueOfPlace };
import { parseMonthRange } from "../../core/calendar";
import { parseMoney } from "../../core/money";
import { toArabicDigits } from "../../core/thaiDigits";
import { bahtToSatang } from "../../core/money";
import { cellValue, isEmpty, ref, rowCount, rowWidth } from "../cells";
import type { Located } from "../located";
import type { SheetSnapshot } from "../types";
import { parseAddr } from "../a1";
import { serialToDate } from "../../core/dateSerial";
import { problem, type Ctx } from "./values";
import { clip } from "../../core/clip";

export type FieldKey =
  | "name"
  | "allocation"
  | "fiscalYear"
  | "period"
  | "owner"
  | "budgetSource"
  | "department"
  | "place";

const LABELS: [FieldKey, RegExp][] = [
  [
    "fiscalYear",
    /^(ปีงบประมาณ|ประจำปีงบประมาณ|fiscal\s*year)\s*(พ\.?\s*ศ\.?)?\s*[:：]?\s*/i,
  ],
  [
    "allocation",
    /^(งบประมาณที่ได้รับ(การ)?จัดสรร|งบประมาณที่ได้รับ|ได้รับจัดสรร(งบประมาณ)?|วงเงินงบประมาณ|วงเงินที่ได้รับ|วงเงิน|งบประมาณทั้งสิ้น|งบประมาณทั้งโครงการ|งบประมาณโครงการ|งบประมาณ|จำนวนเงินที่ได้รับ(จัดสรร)?|allocation|budget\s*allocated)\s*(\(บาท\))?\s*[:：]?\s*/i,
  ],
  [
    "period",
    /^(ระยะเวลา(ในการ)?ดำเนิน(การ|งาน)(โครงการ)?|ระยะเวลาโครงการ|ระยะเวลา|period)\s*[:：]?\s*/i,
  ],
  ["owner", /^(ผู้รับผิดชอบโครงการ|ผู้รับผิดชอบ|project\s*owner)\s*[:：]?\s*/i],
  [
    "budgetSource",
    /^(แหล่งงบประมาณ|แหล่งเงิน|ประเภทงบประมาณ|ประเภทเงิน)\s*[:：]?\s*/i,
  ],
  ["department", /^(กลุ่มงาน|กลุ่มบริหาร|หน่วยงาน(ที่รับผิดชอบ)?|ฝ่าย)\s*[:：]?\s*/i],
  [
    "place",
    /^(สถานที่ดำเนินการ|สถานที่จัด(กิจกรรม|งาน|โครงการ|อบรม|ประชุม)?|สถานที่|venue|place)\s*[:：]?\s*/i,
  ],
  ["name", /^(ชื่อโครงการ|โครงการ|project\s*name|project)\s*[:：]?\s*/i],
];

const NOT_A_NAME = /^(ตามแผนปฏิบัติการ|แบบเสนอ|ประจำปี|ที่|กิจกรรม)/;

/**
 * A bilingual label ("Project / ชื่อโครงการ", "Budget allocated / งบประมาณที่ได้รับจัดสรร", "ปีงบประมาณ / Fiscal year",
 * "ผู้รับผิดชอบ (Owner)"): its Thai label with the value after it, the English words left out.
 */
export function thaiLabel(text: string): string {
  const t = text.trim();
  const lead = /^[A-Za-z][A-Za-z .&'-]{1,40}?\s*[/|]\s*(?=[ก-๙])/.exec(t);
  const rest = lead ? t.slice(lead[0].length) : t;
  return rest.replace(/^([ก-๙]+(?:\s[ก-๙]+)?)\s*(?:[/|]\s*[A-Za-z][A-Za-z .&'-]*|\(\s*[A-Za-z][A-Za-z .&'-]*\))\s*(?=$|[:：]|\s)/, "$1 ").trim();
}

function afterLabel(text: string, re: RegExp): string | undefined {
  const t = thaiLabel(text);
  const m = re.exec(t);
  return m ? t.slice(m[0].length).trim() : undefined;
}

/** The first money amount in a text: "จำนวน 50,000 บาท", "๕๐,๐๐๐.-". */
function moneyIn(text: string): Satang | null {
  const t = toArabicDigits(text);
  const m =
    /(?:^|[^0-9])([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)\s*(?:บาท|\.-|-|$)/.exec(
      t.replace(/^[^0-9]*?(จำนวน|เป็นเงิน)?\s*/, " "),
    );
  if (!m) return null;
  const v = parseMoney(m[1]);
  return v !== null && v >= 100 * 100 ? v : null;
}

/** Whether a value fits its field (a label such as "งบประมาณ" also heads sections with no amount). */
function acceptable(key: FieldKey, raw: string | number): boolean {
  if (key === "allocation")
    return typeof raw === "number" ? raw > 0 : moneyIn(raw) !== null;
  if (key === "fiscalYear") return /[0-9๐-๙]{4}/.test(String(raw));
  if (key === "period")
    return typeof raw === "number" || /[0-9๐-๙]{2}/.test(raw);
  return typeof raw === "string" && raw.length >= 2;
}

interface Found {
  label: CellRef;
  value: CellRef;
  text: string;
  raw: string | number;
}

/**
 * Fields written inside a cell shared with other text, above the tables: "โรงเรียน…  งบประมาณ ๓๕,๐๐๐ บาท",
 * "… เขต 7   ระยะเวลา สิงหาคม 2568   งบประมาณที่ได้รับ 28,000 บาท". Only fields whose value can be told for
 * sure: the allocation (an amount followed by บาท or ".-") and the period (a month with its year). The label
 * starts a word (after a space) and the value runs to the next run of spaces or the next label.
 */
const TITLE_PERIOD = /^(ดำเนินการ|จัด(ขึ้น)?)\s*(ระหว่าง)?\s*(วันที่)?\s*[:：]?\s*/;
const INNER_LABELS: [FieldKey, RegExp][] = [
  ...LABELS.filter(
    ([k]) => k === "allocation" || k === "period" || k === "owner",
  ),
  // inside a title only: "… ดำเนินการ 20-22 มกราคม 2569 ณ …", "จัดระหว่างวันที่ 3-4 ก.พ. 2569"
  ["period", TITLE_PERIOD] as [FieldKey, RegExp],
].map(([k, re]) => [
  k,
  new RegExp(
    // a label starts a word, or a bracket: "(ดำเนินการ กุมภาพันธ์ 2569)", "(ระยะเวลาดำเนินการ ม.ค. – มี.ค. 2569)"
    `(?:^|\\s|\\()${re.source.slice(1)}`,
    re.flags.includes("i") ? "gi" : "g",
  ),
]);
/** A period after a title's bare verb must start with its day or its month ("20-22 มกราคม 2569", "ธ.ค. 2568"). */
const STARTS_DATE =
  /^([0-9๐-๙]|(ม\.?ค|ก\.?พ|มี\.?ค|เม\.?ย|พ\.?ค|มิ\.?ย|ก\.?ค|ส\.?ค|ก\.?ย|ต\.?ค|พ\.?ย|ธ\.?ค)\.|มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา)/;
const ANY_LABEL = new RegExp(
  `\\s(?:${LABELS.map(([, re]) => re.source.slice(1).replace(/\\s\*\[:：\]\?\\s\*$/, "")).join("|")})`,
  "i",
);

const PERSON =
  /^(นาย|นาง|นางสาว|น\.ส\.|ดร\.|ว่าที่|ครู|mr\.?\s|mrs\.?\s|ms\.?\s|miss\s)/i;

function innerField(key: FieldKey, text: string): string | undefined {
  for (const [k, re] of INNER_LABELS) {
    if (k !== key) continue;
    const bare = re.source.includes(TITLE_PERIOD.source.slice(1, 12));
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let rest = text.slice(m.index + m[0].length);
      const cut = /\s{2,}|\s(ณ|สถานที่)\s/.exec(rest);
      if (cut) rest = rest.slice(0, cut.index);
      const next = ANY_LABEL.exec(rest);
      if (next) rest = rest.slice(0, next.index);
      rest = rest.trim();
      // the bracket the label opened closes the value: "(ดำเนินการ กุมภาพันธ์ 2569)"
      if (text[m.index] === "(") rest = rest.replace(/\s*\).*$/, "");
      if (
        key === "allocation" &&
        /^(จำนวน\s*)?[0-9๐-๙][0-9๐-๙,]*(\.[0-9๐-๙]+)?\s*(บาท|\.-)/.test(rest) &&
        moneyIn(rest) !== null
      )
        return rest;
      // a period starts with its day or month ("20-22 มกราคม 2569", "ธ.ค. 2568 – ก.พ. 2569")
      if (
        key === "period" &&
        (!bare || STARTS_DATE.test(rest)) &&
        parseMonthRange(rest)
      )
        return rest;
      // an owner is a person ("… โรงเรียนหนองบัว   ผู้รับผิดชอบ นายประเสริฐ ทองดี")
      if (key === "owner" && PERSON.test(rest)) return rest;
    }
  }
  return undefined;
}

/**
 * A project name as a title writes it, without what follows it there: the fiscal or school year
 * ("… ประจำปีงบประมาณ 2569", "… ปีการศึกษา 2568"), the school or office after a space ("… โรงเรียนเชียงคำวิทยาคม"),
 * or anything after a run of spaces.
 */
export function tidyName(text: string): string {
  let t = text.trim();
  const cut = /\s{2,}/.exec(t);
  if (cut) t = t.slice(0, cut.index);
  t = t.replace(
    /\s*(ประจำ)?\s*ปี\s*งบ(ประมาณ)?\s*(พ\.?\s*ศ\.?)?\s*[0-9๐-๙]{4}.*$/,
    "",
  );
  t = t.replace(/\s*(ประจำ)?\s*ปีการศึกษา\s*[0-9๐-๙]{4}.*$/, "");
  t = t.replace(/\s+(โรงเรียน|สำนักงานเขตพื้นที่|สพป\.|สพม\.)\S.*$/, "");
  return t.trim();
}

/** Finds the fields on a sheet, outside the given table rows. */
function scan(
  s: SheetSnapshot,
  skip: (r: number) => boolean,
  maxRows = 300,
): Partial<Record<FieldKey, Found>> {
  const out: Partial<Record<FieldKey, Found>> = {};
  const n = Math.min(rowCount(s), maxRows);
  let aboveTables = true;
  for (let r = 1; r <= n; r++) {
    if (skip(r)) {
      aboveTables = false;
      continue;
    }
    if (aboveTables) {
      for (let c = 1; c <= Math.min(rowWidth(s, r), 8); c++) {
        for (const { text: v, ofMany } of cellTexts(cellValue(s, r, c))) {
          // a title naming the project after other words ("รายละเอียดงบประมาณ โครงการทัศนศึกษา… ประจำปีงบประมาณ ๒๕๖๘")
          // (not from a line of a cell of several lines: a paragraph there may name other things)
          if (
            !out.name &&
            !ofMany &&
            !LABELS.some(([k, re]) => k === "name" && re.test(v.trim()))
          ) {
            const m = /(?:^|\s)โครงการ\s*(?=\S)/.exec(v);
            const name = m ? tidyName(v.slice(m.index + m[0].length)) : "";
            if (name.length >= 4 && !NOT_A_NAME.test(name))
              out.name = {
                label: ref(s, r, c),
                value: ref(s, r, c),
                text: name,
                raw: name,
              };
          }
          // the place a title names after ณ ("… ดำเนินการ 20-22 มกราคม 2569 ณ โรงแรมในจังหวัด…"), when it tells the venue
          if (!out.place && !ofMany) {
            const at = /(?:^|\s)(?:จัด\s*)?ณ\s*(?=\S)/.exec(v);
            const place = at
              ? v
                  .slice(at.index + at[0].length)
                  .split(/\s{2,}/)[0]
                  .trim()
              : "";
            if (place && venueOfPlace(place) !== "unknown")
              out.place = {
                label: ref(s, r, c),
                value: ref(s, r, c),
                text: place,
                raw: place,
              };
          }
          for (const key of ["allocation", "period", "owner"] as const) {
            if (out[key]) continue;
            // a label at the start of the cell is read below, with its value in a later cell too
            if (LABELS.some(([k, re]) => k === key && re.test(v.trim())))
              continue;
            const text = innerField(key, v);
            if (text)
              out[key] = {
                label: ref(s, r, c),
                value: ref(s, r, c),
                text,
                raw: text,
              };
          }
        }
      }
    }
    const w = rowWidth(s, r);
    for (let c = 1; c <= Math.min(w, 8); c++) {
      for (const { text: v, ofMany } of cellTexts(cellValue(s, r, c))) {
        for (const [key, re] of LABELS) {
          if (out[key]) continue;
          const rest = afterLabel(v, re);
          if (rest === undefined) continue;
          if (
            key === "name" &&
            !/^(ชื่อโครงการ|project\s*name)/i.test(thaiLabel(v)) &&
            (NOT_A_NAME.test(rest) || !rest)
          )
            continue;
          // the value: the rest of this cell, else the next non-empty cell of the row
          let hit: Found | undefined;
          if (rest && !/^[(:：]?\s*$/.test(rest)) {
            // the value ends at a run of spaces or the next label of the cell ("นายสมศักดิ์ ช่างดี   ระยะเวลา ธ.ค. 2568 …")
            let own = rest;
            if (key !== "name") {
              const cut = /\s{2,}/.exec(own);
              if (cut) own = own.slice(0, cut.index);
              const next = ANY_LABEL.exec(own);
              if (next) own = own.slice(0, next.index);
              own = own.trim() || rest;
            }
            hit = {
              label: ref(s, r, c),
              value: ref(s, r, c),
              text: own,
              raw: own,
            };
          } else if (!ofMany) {
            // (a line of a cell of several lines has its value on the line)
            for (let cc = c + 1; cc <= w; cc++) {
              const x = cellValue(s, r, cc);
              if (isEmpty(x)) continue;
              hit = {
                label: ref(s, r, c),
                value: ref(s, r, cc),
                text: String(x).trim(),
                raw: typeof x === "number" ? x : String(x).trim(),
              };
              break;
            }
          }
          if (hit && acceptable(key, hit.raw)) {
            out[key] = hit;
            break;
          }
        }
      }
    }
  }
  return out;
}

/**
 * The texts of a cell to read fields from: the cell's text, or each line of a cell written in several lines
 * (Alt+Enter: "ชื่อโครงการ …\nระยะเวลาดำเนินการ …\nงบประมาณที่ได้รับจัดสรร 15,000 บาท"), the cell being the
 * place of each. Texts over 200 characters (paragraphs) are not fields.
 */
function cellTexts(v: unknown): { text: string; ofMany: boolean }[] {
  if (typeof v !== "string" || !v.trim()) return [];
  if (!/[\r\n]/.test(v.trim()))
    return v.length > 200 ? [] : [{ text: v, ofMany: false }];
  return v
    .split(/\r?\n|\r/)
    .map((x) => x.trim())
    .filter((x) => x && x.length <= 200)
    .map((text) => ({ text, ofMany: true }));
}

/** Reads the fields the plan still lacks from the sheets (first sheet that has a field wins). */
export function readLooseFields(
  ctx: Ctx,
  sheets: SheetSnapshot[],
  plan: Plan,
  loc: Located,
  tableRows: Map<string, Set<number>>,
): void {
  const p = plan.project;
  const cells = { ...(p.cells ?? {}) };
  const found: NonNullable<Located["looseFields"]> = {};
  const notes = new Map<string, { th: string[]; en: string[]; at?: CellRef }>();
  const note = (t: { th: string; en: string }, at?: CellRef) => {
    const k = at ? `${at.sheet}!${at.cell}` : `#${notes.size}`;
    const n = notes.get(k) ?? { th: [], en: [], at };
    n.th.push(t.th);
    n.en.push(t.en);
    notes.set(k, n);
  };
  for (const s of sheets) {
    const skip = tableRows.get(s.name) ?? new Set<number>();
    const f = scan(s, (r) => skip.has(r));
    if (f.name && !p.name) {
      // quotes around the whole name go; a quoted part inside it ("… "ลูกวัดเกมส์"") stays
      const name = tidyName(f.name.text) || f.name.text;
      p.name = /^["“][^"“”]*["”]$/.test(name) ? name.slice(1, -1) : name;
      cells.name = f.name.value;
      found.name = f.name;
    }
    if (f.allocation && p.allocation === undefined) {
      const v =
        typeof f.allocation.raw === "number"
          ? bahtToSatang(f.allocation.raw)
          : moneyIn(f.allocation.text);
      if (v !== null) {
        p.allocation = v;
        cells.allocation = f.allocation.value;
        found.allocation = f.allocation;
      }
    }
    if (f.fiscalYear && !p.fiscalYear) {
      const t = toArabicDigits(String(f.fiscalYear.raw));
      const m = /([0-9]{4})/.exec(t);
      if (m) {
        let y = Number(m[1]);
        if (y >= 1950 && y < 2200) y += 543;
        if (y >= 2450 && y <= 2700) {
          p.fiscalYear = y;
          cells.fiscalYear = f.fiscalYear.value;
          found.fiscalYear = f.fiscalYear;
        }
      }
    }
    if (f.period && !p.periodStart) {
      const raw = f.period.raw;
      const range =
        typeof raw === "number"
          ? monthRangeOfSerial(raw)
          : parseMonthRange(String(raw));
      if (range) {
        p.periodStart = range.start;
        p.periodEnd = range.end;
        cells.periodStart = f.period.value;
        cells.periodEnd = f.period.value;
        found.period = f.period;
        const at =
          f.period.value.sheet === s.name
            ? parseAddr(f.period.value.cell)
            : null;
        const whole = at ? String(cellValue(s, at.row, at.col) ?? "") : "";
        // a cell of several lines: the line the period was read from
        const cellText = whole.split(/\r?\n|\r/).find((l) => typeof raw === "string" && l.includes(raw))?.trim() ?? whole;
        if (
          typeof raw === "string" &&
          cellText.trim() !== raw &&
          !LABELS.some(([k, re]) => k === "period" && re.test(cellText.trim()))
        )
          note(
            {
              th: `ระยะเวลาดำเนินการ "${raw}" อ่านจากข้อความ "${clip(cellText, 80)}"`,
              en: `Project period "${raw}" read from the text "${clip(cellText, 80)}"`,
            },
            f.period.value,
          );
      } else
        problem(
          ctx,
          {
            th: `อ่านระยะเวลาดำเนินการจาก "${clip(f.period.text, 60)}" ไม่ได้`,
            en: `Cannot read the project period from "${clip(f.period.text, 60)}"`,
          },
          f.period.value,
          "info",
        );
    }
    if (f.owner && !p.owner) {
      p.owner = f.owner.text;
      cells.owner = f.owner.value;
      found.owner = f.owner;
    }
    if (f.budgetSource && !p.budgetSource) {
      p.budgetSource = f.budgetSource.text;
      found.budgetSource = f.budgetSource;
    }
    if (f.place && !p.place) {
      p.place = f.place.text;
      found.place = f.place;
    }
    if (f.department && !p.department) {
      p.department = f.department.text;
      found.department = f.department;
    }
  }
  // the venue the rate checks use, from the place the sheet names (a labelled field or "ณ …" in a title)
  const placeAt =
    found.place ??
    (p.place && p.venue === "unknown"
      ? placeField(sheets, p.place)
      : undefined);
  const venue =
    p.place && p.venue === "unknown" ? readVenue(p.place) : undefined;
  if (p.place && venue && venue.venue !== "unknown") {
    p.venue = venue.venue;
    note(venueNote(p.place, venue), placeAt?.value);
  }
  // one read note per cell (a title can give the period and the venue)
  for (const n of notes.values())
    problem(ctx, { th: n.th.join("; "), en: n.en.join("; ") }, n.at, "info");
  p.cells = cells;
  loc.looseFields = {
    ...(loc.looseFields ?? {}),
    ...Object.fromEntries(
      Object.entries(found).map(([k, v]) => [
        k,
        { label: v.label, value: v.value, text: v.text },
      ]),
    ),
  };
}

/** The cell holding a place read by another reader, to point the note at. */
function placeField(sheets: SheetSnapshot[], place: string): Found | undefined {
  for (const s of sheets) {
    const f = scan(s, () => false, 60).place;
    if (f && f.text === place) return f;
  }
  return undefined;
}

function monthRangeOfSerial(
  v: number,
): {
  start: { year: number; month: number };
  end: { year: number; month: number };
} | null {
  const d = serialToDate(v);
  return d && v > 366
    ? {
        start: { year: d.year, month: d.month },
        end: { year: d.year, month: d.month },
      }
    : null;
}

/**
 * The project field a row states when its first written cell is a field label with a value after it or in a
 * later cell of the row ("ผู้รับผิดชอบ | นางสุดา แข็งแรง", "งบประมาณที่ได้รับจัดสรร | 6000", "ปีงบประมาณ 2569",
 * "โครงการ ส่งเสริมสุขภาพนักเรียน"); undefined for any other row.
 */
export function fieldOfRow(s: SheetSnapshot, r: number): FieldKey | undefined {
  const w = Math.min(rowWidth(s, r), 12);
  let c = 1;
  while (c <= w && isEmpty(cellValue(s, r, c))) c++;
  const v = c <= w ? cellValue(s, r, c) : null;
  if (typeof v !== "string" || !v.trim() || v.length > 200) return undefined;
  for (const [key, re] of LABELS) {
    const rest = afterLabel(v, re);
    if (rest === undefined) continue;
    let raw: string | number | undefined =
      rest && !/^[(:：]?\s*$/.test(rest) ? rest : undefined;
    for (let cc = c + 1; raw === undefined && cc <= w; cc++) {
      const x = cellValue(s, r, cc);
      if (!isEmpty(x)) raw = typeof x === "number" ? x : String(x).trim();
    }
    if (raw === undefined) continue;
    if (
      key === "name" &&
      !/^(ชื่อโครงการ|project\s*name)/i.test(v.trim()) &&
      (typeof raw !== "string" || NOT_A_NAME.test(raw) || raw.length < 4)
    )
      continue;
    if (acceptable(key, raw)) return key;
  }
  return undefined;
}
