/**
 * Meeting or training: which rules a line falls under. Meetings are priced per meal (120 a meal);
 * trainings per person per day for all meals together (ว 5). The scope is read from the words of the
 * line itself, then of its activity, then of the project, then from the project's training-type field:
 *
 * - training: อบรม / ฝึกอบรม, ประชุมปฏิบัติการ / ประชุมเชิงปฏิบัติการ, สัมมนา, ค่าย, ศึกษาดูงาน,
 *   training, workshop, seminar, camp;
 * - meeting: ประชุม (not ประชุมปฏิบัติการ), meeting;
 * - a training type ก or ข set on the project (and no word either way) → training, for food only
 *   (the lenient reading: a day's ceiling instead of a meal's); lodging and per diem need words;
 * - otherwise unknown (meal lines are judged per meal, as a warning that says how to state the scope).
 *
 * A training for outside people (บุคคลภายนอก, a student camp, parents, the public) uses the type ข
 * rates whatever the project's training type.
 */
import type { TrainingType } from "../model";
import type { NormText } from "./features";
import { hits, normText } from "./features";

export type ScopeKind = "training" | "meeting" | "unknown";

export interface Scope {
  kind: ScopeKind;
  /** Where the kind was read: "item", "activity", "project", "trainingType" or "none". */
  from: "item" | "activity" | "project" | "trainingType" | "none";
  /** Participants are outside people (students, the public): the ข rates apply. */
  outsidePeople: boolean;
}

const TRAINING = /อบรม|สัมมนา|ประชุม(?:เชิง)?ปฏิบัติการ|ค่าย|ศึกษาดูงาน|training|workshop|seminar|\bcamp/;
const MEETING = /ประชุม|meeting/;
const OUTSIDE = /บุคคลภายนอก|ค่าย|นักเรียน|ผู้ปกครอง|ประชาชน|เยาวชน|เกษตรกร|ชาวบ้าน|อาสาสมัคร|ผู้สูงอายุ|ชุมชน|students?\b|pupils?\b|\bcamp|general\s*public|outside\s*people/;
/** Government staff named as the participants: not outside people even if students are named. */
const STAFF = /ครู|บุคลากร|ข้าราชการ|ผู้บริหาร|เจ้าหน้าที่|พนักงาน|ศึกษานิเทศก์|teachers?\b|staff|officials?\b/;

function kindOf(t: NormText): ScopeKind | undefined {
  if (hits(TRAINING, t)) return "training";
  if (hits(MEETING, t)) return "meeting";
  return undefined;
}

function outsideOf(t: NormText): boolean | undefined {
  if (hits(/บุคคลภายนอก|ค่าย|\bcamp|outside\s*people/, t)) return true;
  if (hits(OUTSIDE, t) && !hits(STAFF, t)) return true;
  if (hits(STAFF, t)) return false;
  return undefined;
}

export interface ScopeInput {
  item?: string;
  activityName?: string;
  projectName?: string;
  trainingType?: TrainingType;
}

/** The scope the activity and project give (without a line's own words); cache it per activity. */
export interface ContextScope {
  kind: ScopeKind;
  from: Scope["from"];
  outside?: boolean;
}

// the project's name is read for every activity: keep the last few normalised texts
const recent = new Map<string, NormText>();
function normCached(text: string): NormText {
  let t = recent.get(text);
  if (!t) {
    if (recent.size > 64) recent.clear();
    recent.set(text, (t = normText(text)));
  }
  return t;
}

export function contextScope(input: Omit<ScopeInput, "item">): ContextScope {
  let kind: ScopeKind = "unknown";
  let from: Scope["from"] = "none";
  let outside: boolean | undefined;
  for (const [where, text] of [
    ["activity", input.activityName],
    ["project", input.projectName],
  ] as const) {
    if (!text) continue;
    const t = normCached(text);
    if (kind === "unknown") {
      const k = kindOf(t);
      if (k) {
        kind = k;
        from = where;
      }
    }
    if (outside === undefined) outside = outsideOf(t);
  }
  if (kind === "unknown" && (input.trainingType === "a" || input.trainingType === "b")) {
    kind = "training";
    from = "trainingType";
  }
  return { kind, from, outside };
}

/** True when a line's own words name a training (ผู้เข้ารับการอบรม); its "ประชุม" does not make a meeting. */
export function itemSaysTraining(item: string | undefined): boolean {
  return !!item && hits(TRAINING, normText(item));
}

/** The scope of a line from its own words and its context. */
export function lineScope(itemTraining: boolean, ctx: ContextScope): Scope {
  if (!itemTraining) return { kind: ctx.kind, from: ctx.from, outsidePeople: ctx.kind === "training" && ctx.outside === true };
  const from: Scope["from"] = ctx.kind === "training" && ctx.from !== "trainingType" ? ctx.from : "item";
  return { kind: "training", from, outsidePeople: ctx.outside === true };
}

/** The scope of a line (or of an activity when item is absent). */
export function scopeOf(input: ScopeInput): Scope {
  return lineScope(itemSaysTraining(input.item), contextScope(input));
}
