/**
 * The parts of a document that the printed form carries besides the budget (template version 3): the
 * risk analysis (ปัจจัยความเสี่ยง / แนวทางการบริหารความเสี่ยง), the report's ปัญหา/อุปสรรค and ข้อเสนอแนะ,
 * the signature blocks (ลงชื่อ … (name) ตำแหน่ง …), places named with "ณ …" and the strategy of each level
 * (สพฐ. / สพท. / สถานศึกษา) among the alignment lines. Pure string work; nothing here throws.
 */
import type { Signer, SignerRole } from "../core/model";
import { collapseSpaces, stripNumbering, trimPunct } from "./text";

export interface FormPartsData {
  risks: string[];
  riskResponses: string[];
  problems: string[];
  suggestions: string[];
  signers: { role?: SignerRole; signer: Signer }[];
  places: string[];
}

export const emptyFormParts = (): FormPartsData => ({ risks: [], riskResponses: [], problems: [], suggestions: [], signers: [], places: [] });

const ROLE_WORDS: readonly [string, SignerRole][] = [
  ["ผู้เสนอ", "proposer"],
  ["ผู้เขียนโครงการ", "proposer"],
  ["ผู้รับผิดชอบโครงการ", "proposer"],
  ["ผู้เห็นชอบ", "endorser"],
  ["ผู้ตรวจสอบ", "endorser"],
  ["ผู้อนุมัติ", "approver"],
];

const roleOf = (s: string): SignerRole | undefined => ROLE_WORDS.find(([w]) => s.replace(/\s+/g, "").includes(w))?.[1];

/** A position written under a signer's name. */
const POSITION =
  /^(?:ตำแหน่ง\s*)?(?:ครู|รองผู้อำนวยการ|ผู้อำนวยการ|ผู้ช่วยผู้อำนวยการ|หัวหน้า|รักษาการ|รักษาราชการ|พนักงาน|เจ้าหน้าที่|นักการ|ศึกษานิเทศก์|ข้าราชการ|ประธาน|รองประธาน|กรรมการ|เลขานุการ|ผู้ช่วย|ชำนาญการ|เชี่ยวชาญ|วิทยฐานะ|ผู้บริหาร|ผู้ใหญ่บ้าน|กำนัน|นายก|ปลัด)/;

/** Words a place starts with after "ณ" (so "ณ วันที่ …" is not a place). */
const PLACE_START = /^(ห้อง|โรงเรียน|โรงแรม|สำนักงาน|หอประชุม|อาคาร|ศูนย์|สพป|สพม|สพท|สถาน|วัด|มหาวิทยาลัย|วิทยาลัย|ค่าย|อุทยาน|หอ|ลาน|สนาม)/;

/** "ยังไม่มี", "-", "ไม่มี": an empty item. */
const isNothing = (s: string) => /^[-–—.\s]*$/.test(s) || /^(ไม่มี|ยังไม่มี|-+)$/.test(s.trim());

export class FormPartsReader {
  readonly data = emptyFormParts();
  private riskSub: "factor" | "response" = "factor";
  private itemOpen = false;
  /** Lines left in which a signature's name and position may follow its "ลงชื่อ" line. */
  private signLeft = 0;

  /** Any line: places named with "ณ …" (photo captions, meeting notes). Does not consume the line. */
  placeMention(flat: string): void {
    const m = /(?:^|\s)ณ\s*\.?\s*(.+)$/.exec(flat);
    if (!m) return;
    const place = trimPunct(collapseSpaces(m[1]));
    if (!PLACE_START.test(place) || place.length > 80) return;
    if (!this.data.places.includes(place)) this.data.places.push(place);
  }

  /** Signature lines: "ลงชื่อ ……… ผู้เสนอโครงการ", then "(name)", then "ตำแหน่ง …". True when the line was one. */
  signatureLine(flat: string): boolean {
    const t = flat.trim();
    if (t.startsWith("ลงชื่อ")) {
      this.data.signers.push({ role: roleOf(t), signer: {} });
      this.signLeft = 4;
      return true;
    }
    if (this.signLeft <= 0) return false;
    this.signLeft--;
    const cur = this.data.signers[this.data.signers.length - 1];
    const paren = /^\(\s*([^()]*?)\s*\)\s*(.*)$/.exec(t);
    if (paren) {
      const name = trimPunct(paren[1]);
      if (name) cur.signer.name = name;
      cur.role ??= roleOf(paren[2]);
      return true;
    }
    if (t.startsWith("ตำแหน่ง")) {
      const pos = trimPunct(t.slice("ตำแหน่ง".length));
      if (pos) cur.signer.position = pos;
      cur.role ??= roleOf(pos);
      return true;
    }
    const role = roleOf(t);
    if (role && t.length < 40) {
      cur.role ??= role;
      return true;
    }
    // the signer's position under the name ("ครู ชำนาญการพิเศษ", "รองผู้อำนวยการโรงเรียน", "หัวหน้ากลุ่มบริหารวิชาการ")
    if (t.length < 80 && POSITION.test(t)) {
      cur.signer.position = cur.signer.position ? `${cur.signer.position} ${t}` : t;
      return true;
    }
    this.signLeft = 0;
    return false;
  }

  /** Entering the risk section, or one of its sub-headings. */
  riskHeading(rest: string): boolean {
    const r = rest.replace(/\s+/g, "");
    if (r.startsWith("ปัจจัย")) this.riskSub = "factor";
    else if (r.startsWith("แนวทาง") || r.startsWith("การบริหารความเสี่ยง") || r.startsWith("มาตรการ") || r.startsWith("การป้องกัน")) this.riskSub = "response";
    else return false;
    this.itemOpen = false;
    return true;
  }

  /** A line inside the risk section: a sub-heading, or an item of the current list. */
  riskLine(flat: string, wasBlank: boolean): void {
    const num = stripNumbering(flat);
    if (num.rest.length < 40 && this.riskHeading(num.rest)) return;
    this.item(this.riskSub === "factor" ? this.data.risks : this.data.riskResponses, num, flat, wasBlank);
  }

  /** A line of ปัญหา/อุปสรรค or ข้อเสนอแนะ. */
  listLine(which: "problems" | "suggestions", flat: string, wasBlank: boolean): void {
    this.item(this.data[which], stripNumbering(flat), flat, wasBlank);
  }

  blank(): void {
    this.itemOpen = false;
  }

  private item(list: string[], num: ReturnType<typeof stripNumbering>, flat: string, wasBlank: boolean): void {
    const text = num.number !== "" || num.bullet ? num.rest : flat;
    if (!text || isNothing(text)) return;
    const isNew = num.number !== "" || num.bullet || wasBlank || !this.itemOpen || list.length === 0;
    if (isNew) list.push(collapseSpaces(text));
    else list[list.length - 1] = `${list[list.length - 1]} ${collapseSpaces(text)}`;
    this.itemOpen = true;
  }
}

/** Signers by role: a block without a role word takes the next free role in the form's order. */
export function signersByRole(found: FormPartsData["signers"]): Partial<Record<SignerRole, Signer>> | undefined {
  const out: Partial<Record<SignerRole, Signer>> = {};
  const order: SignerRole[] = ["proposer", "endorser", "approver"];
  for (const s of found) {
    if (!s.signer.name && !s.signer.position) continue;
    const role = s.role && !out[s.role] ? s.role : order.find((r) => !out[r]);
    if (role) out[role] = s.signer;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The strategy each level's alignment line names ("สนองยุทธศาสตร์ สพฐ. ที่ 4 …", "สนองกลยุทธ์ สพป.สป. 2 …"). */
export function strategyLevels(alignment: string[]): { obec?: string; area?: string; school?: string } {
  const out: { obec?: string; area?: string; school?: string } = {};
  for (const line of alignment) {
    const t = collapseSpaces(line);
    if (!t.startsWith("สนอง") || !/(ยุทธศาสตร์|กลยุทธ์)/.test(t)) continue;
    const value = t.slice("สนอง".length).trim();
    if (/สพฐ/.test(t)) out.obec ??= value;
    else if (/(สพป|สพม|สพท|เขตพื้นที่)/.test(t)) out.area ??= value;
    else if (/(สถานศึกษา|โรงเรียน)/.test(t)) out.school ??= value;
  }
  return out;
}
