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

/** The scope of a line (or of an activity when item is absent). */
export function scopeOf(input: ScopeInput): Scope {
  const texts: [Scope["from"], string | undefined][] = [
    ["item", input.item],
    ["activity", input.activityName],
    ["project", input.projectName],
  ];
  let kind: ScopeKind = "unknown";
  let from: Scope["from"] = "none";
  let outside: boolean | undefined;
  for (const [where, text] of texts) {
    if (!text) continue;
    const t = normText(text);
    if (kind === "unknown") {
      // an item says "training" (ผู้เข้ารับการอบรม); its "ประชุม" (ผู้เข้าร่วมประชุม) does not make a workshop a meeting
      const k = where === "item" ? (hits(TRAINING, t) ? "training" : undefined) : kindOf(t);
      if (k) {
        kind = k;
        from = where;
      }
    }
    if (outside === undefined && where !== "item") outside = outsideOf(t);
  }
  if (kind === "unknown" && (input.trainingType === "a" || input.trainingType === "b")) {
    kind = "training";
    from = "trainingType";
  }
  return { kind, from, outsidePeople: kind === "training" && outside === true };
}
