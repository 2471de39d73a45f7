/**
 * The plan model: what a โครงการตามแผนปฏิบัติการ holds, independent of where it came from
 * (a workbook, a Thai text document, a test). Pure data, no behaviour.
 *
 * Conventions
 * - Money is integer satang (1 baht = 100 satang), type `Satang`.
 * - Months are calendar months with a Buddhist-era year (`MonthRef`), e.g. { year: 2559, month: 11 } = พ.ย. 2559.
 * - A fiscal year is named by the Buddhist-era year in which it ends (FY2560 = 1 Oct 2559 – 30 Sep 2560).
 * - `cells` say where a value was read from, when the plan came from a workbook (for findings and fixes).
 */

/**
 * Integer number of satang, branded so a plain number (baht from a cell, a count, a percentage) is not taken
 * for money by mistake. Made and combined only by core/money.ts (satang, bahtToSatang, parseMoney, addMoney,
 * sumMoney, subMoney, mulMoney, roundSatang); it reads as a number everywhere (comparisons, division).
 */
export type Satang = number & { readonly __brand: "Satang" };

/** A calendar month in the Buddhist era. month: 1 = มกราคม … 12 = ธันวาคม. */
export interface MonthRef {
  year: number;
  month: number;
}

/** Where a value lives in a workbook: sheet name and A1 address. */
export interface CellRef {
  sheet: string;
  cell: string;
}

export type Venue = "gov" | "private" | "unknown";
/** Training type ก ("a": mostly senior participants) or ข ("b": most teacher trainings). */
export type TrainingType = "a" | "b" | "unknown";
/** Staff level for travel rates: ชำนาญการพิเศษ and below ("standard"), เชี่ยวชาญ and above ("senior"). */
export type StaffLevel = "standard" | "senior" | "unknown";

/** Operating-budget expense classes (งบดำเนินงาน). */
export type ExpenseClass = "compensation" | "services" | "materials" | "utilities" | "other";

export type ActivityStatus = "planned" | "in-progress" | "done" | "late";

export interface Project {
  name: string;
  /** ผู้รับผิดชอบโครงการ */
  owner?: string;
  /** กลุ่ม/หน่วยงาน */
  department?: string;
  /** Buddhist-era fiscal year, e.g. 2560. */
  fiscalYear: number;
  periodStart?: MonthRef;
  periodEnd?: MonthRef;
  /** งบประมาณที่ได้รับจัดสรร */
  allocation?: Satang;
  /** แหล่งงบประมาณ */
  budgetSource?: string;
  /** The month funds become available (e.g. quarter 2 → January). */
  fundsAvailableFrom?: MonthRef;
  venue: Venue;
  trainingType: TrainingType;
  staffLevel?: StaffLevel;
  /** ลักษณะโครงการ: ใหม่ / ต่อเนื่อง */
  character?: string;
  /** สนองยุทธศาสตร์/กลยุทธ์/จุดเน้น lines as written. */
  alignment?: string[];
  objectives?: string[];
  /** หลักการและเหตุผล */
  rationale?: string;
  expectedResults?: string[];
  /** แผนงาน / งาน (e.g. บริหารวิชาการ), distinct from the department. */
  workPlan?: string;
  /** สนองกลยุทธ์ at each level: สพฐ. (OBEC), สพท. (the service area office), สถานศึกษา (the school). */
  strategyObec?: string;
  strategyArea?: string;
  strategySchool?: string;
  /** สนองมาตรฐานการศึกษา / ตัวบ่งชี้ lines as written. */
  standards?: string[];
  /** สถานที่ดำเนินการ as text (a place name); `venue` is the government/private switch the rate checks use. */
  place?: string;
  /** การวิเคราะห์ความเสี่ยง: ปัจจัยความเสี่ยง and แนวทางการบริหารความเสี่ยง, lines as written. */
  risks?: string[];
  riskResponses?: string[];
  /** Who signs the proposal: ผู้เสนอโครงการ, ผู้เห็นชอบโครงการ, ผู้อนุมัติโครงการ. */
  signers?: Partial<Record<SignerRole, Signer>>;
  /** Stated grand total of the budget detail (รวมทั้งสิ้น / รายละเอียดการใช้งบประมาณ), when the source states one. */
  statedTotal?: Satang;
  cells?: Partial<Record<ProjectField, CellRef>>;
}

export type SignerRole = "proposer" | "endorser" | "approver";

export interface Signer {
  name?: string;
  position?: string;
}

export type ProjectField =
  | "name"
  | "owner"
  | "department"
  | "fiscalYear"
  | "periodStart"
  | "periodEnd"
  | "allocation"
  | "budgetSource"
  | "fundsAvailableFrom"
  | "venue"
  | "trainingType"
  | "staffLevel"
  | "character"
  | "statedTotal";

/** The PDCA step an activity belongs to (P วางแผน, D ดำเนินการ, C ตรวจสอบ, A ปรับปรุง). */
export type PdcaStep = "P" | "D" | "C" | "A";

export interface Activity {
  /** The activity's number as written ("1", "2", "๔" normalised to "4"). Budget lines refer to it. */
  id: string;
  name: string;
  start?: MonthRef;
  end?: MonthRef;
  owners: string[];
  pdca?: PdcaStep;
  /** Status the user set; when absent it is derived from the months and today's date. */
  status?: ActivityStatus;
  note?: string;
  cells?: Partial<Record<"id" | "name" | "start" | "end" | "owners" | "status" | "budget", CellRef>>;
}

export type LineField = "unitCost" | "quantity" | "times" | "statedAmount";

export interface BudgetLine {
  /** Stable id within the plan (row key), e.g. "L1". */
  id: string;
  /** Activity id this line belongs to (Activity.id). */
  activityId: string;
  item: string;
  expenseClass?: ExpenseClass;
  /** Rate category the user set (wins over the classifier). */
  rateCategory?: string;
  /** Unit cost in satang; null when not stated (lump sum) or not a number (see `invalid`). */
  unitCost: Satang | null;
  /** The unit cost was not written: it is the amount ÷ the counts (core/derivedUnitCost.ts), set during validation. */
  unitCostDerived?: boolean;
  quantity: number | null;
  quantityUnit?: string;
  times: number | null;
  timesUnit?: string;
  /** The amount as stated (typed or cached formula value); null when not stated. */
  statedAmount: Satang | null;
  /** Values that are present but not non-negative numbers, as the user wrote them. */
  invalid?: Partial<Record<LineField, string>>;
  /**
   * Figures typed as TEXT in a sheet whose formulas compute with them ("2,500 บาท", "๓๐"): the field holds the
   * figure read from the text (what the planner meant), and this the text as written. The sheet's formulas
   * leave such a cell out (SUM and PRODUCT skip text; ISNUMBER is false), so the line's computed amount
   * follows the sheet (core/budget.ts `lineAmount`), and `lineAmountIfNumbers` gives it once retyped.
   * Set only by the workbook reader; a document's figures are text by nature and never carry it.
   */
  asText?: Partial<Record<LineField, string>>;
  /**
   * The line's EMPTY rate-category cell in a sheet whose ceiling and check columns read it (the template's
   * หมวดอัตรา): a rate finding on a category inferred from the item says to choose it there, and a fix writes it.
   */
  categoryCell?: CellRef;
  /** Month the spending happens, when it differs from the activity's months. */
  month?: MonthRef;
  /**
   * The line's spending month by month, as a month-grid spending plan (แผนการใช้จ่ายเงิน ต.ค. … ก.ย.) writes it:
   * the quarters spread the line's amount over these months, in proportion to these amounts.
   */
  monthAmounts?: { month: MonthRef; amount: Satang }[];
  note?: string;
  cells?: Partial<Record<"activityId" | "item" | "expenseClass" | "rateCategory" | LineField, CellRef>>;
}

/** An activity's stated budget total (รวม … บาท under a budget block, or the subtotal row of a sheet). */
export interface Subtotal {
  activityId: string;
  /** The block's heading as written, used to name it when it matches no activity. */
  title?: string;
  statedAmount: Satang;
  cell?: CellRef;
  /**
   * A group inside an activity (an item over its sub-items: "4.1 ค่าใช้จ่ายในการอบรม 13,400 บาท" over
   * 4.1.1, 4.1.2 …): the ids of the lines it sums. Absent: the subtotal is the whole activity's.
   */
  lineIds?: string[];
  /** The line of a project text it was read from (texts only). */
  line?: number;
}

/** A subtotal of a group of lines inside an activity, not the activity's own subtotal. */
export function isGroupSubtotal(s: Subtotal): boolean {
  return s.lineIds !== undefined;
}

export interface Target {
  kind: "quantitative" | "qualitative";
  text: string;
  value?: number;
  unit?: string;
  cell?: CellRef;
}

export interface Indicator {
  kind: "output" | "outcome";
  text: string;
  targetValue?: number;
  targetUnit?: string;
  /** The target as written, when it is not just a number. */
  targetText?: string;
  method?: string;
  tool?: string;
  achievedValue?: number;
  cells?: Partial<Record<"text" | "targetValue" | "achievedValue", CellRef>>;
}

export interface Results {
  received?: Satang;
  spent?: Satang;
  /** Remaining as stated; the check compares it with received − spent. */
  remaining?: Satang;
  /** ปัญหา/อุปสรรค and ข้อเสนอแนะ (แนวทางแก้ไข) of the results report, lines as written. */
  problems?: string[];
  suggestions?: string[];
  cells?: Partial<Record<"received" | "spent" | "remaining", CellRef>>;
}

export interface Plan {
  project: Project;
  activities: Activity[];
  budgetLines: BudgetLine[];
  subtotals: Subtotal[];
  targets: Target[];
  indicators: Indicator[];
  results?: Results;
}

/** An empty plan for a fiscal year, the starting point for builders and readers. */
export function emptyPlan(fiscalYear: number): Plan {
  return {
    project: { name: "", fiscalYear, venue: "unknown", trainingType: "unknown" },
    activities: [],
    budgetLines: [],
    subtotals: [],
    targets: [],
    indicators: [],
  };
}
