/**
 * owner-name-inconsistent (info): the same first name written with different surnames among the
 * project owner and the activity owners (e.g. พรพิมล ชนะศรี / ธานีศรี / ธนะศรี). Often a typo; when
 * two different people share a first name the note can be ignored.
 */
import type { Finding } from "../../findings";
import { at } from "../../findings";
import type { CellRef } from "../../model";
import type { Rule } from "../context";
import { activitiesLabel } from "../messages";

/** Titles and ranks written before names, longest first so นางสาว wins over นาง. */
const TITLES = [
  "ว่าที่ร้อยตรีหญิง",
  "ว่าที่ร้อยตรี",
  "ว่าที่ร.ต.หญิง",
  "ว่าที่ ร.ต.",
  "ว่าที่ร.ต.",
  "นางสาว",
  "น.ส.",
  "นาง",
  "นาย",
  "ดร.",
  "ผศ.",
  "รศ.",
  "ศ.",
  "Mrs.",
  "Miss",
  "Mr.",
  "Ms.",
  "Dr.",
].sort((a, b) => b.length - a.length);

export interface PersonName {
  first: string;
  surname?: string;
}

function stripTitles(token: string): { rest: string; titled: boolean } {
  let rest = token;
  let titled = false;
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of TITLES) {
      if (rest.startsWith(t)) {
        rest = rest.slice(t.length);
        titled = true;
        changed = true;
        break;
      }
    }
  }
  return { rest, titled };
}

/**
 * Splits a text of one or more names ("นายวิษุทธิ์ เพ็ชรเมือง นางสาวพรพิมล ชนะศรี", "ดร. สมชาย ใจดี,
 * นางอารี แก้วสถิตวงศ์") into first name and surname, titles removed. A title starts a new person;
 * an untitled word after a complete name also starts one.
 */
export function parseNames(text: string): PersonName[] {
  const tokens = text
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, "")
    .split(/[\s,;/]+|และ/)
    .filter((t) => t.length > 0);
  const out: PersonName[] = [];
  let current: PersonName | undefined;
  let pendingTitle = false;
  for (const token of tokens) {
    const { rest, titled } = stripTitles(token);
    if (titled || pendingTitle) {
      if (rest === "") {
        pendingTitle = true;
        continue;
      }
      pendingTitle = false;
      current = { first: rest };
      out.push(current);
      continue;
    }
    if (current && current.surname === undefined) {
      current.surname = rest;
    } else {
      current = { first: rest };
      out.push(current);
    }
  }
  return out;
}

interface Spelling {
  surname: string;
  projectOwner: boolean;
  activityIds: string[];
  /** Same ids as a set, so adding stays O(1) per owner. */
  seen: Set<string>;
  cell?: CellRef;
  activityId?: string;
}

function places(s: Spelling, lang: "th" | "en"): string {
  const out: string[] = [];
  if (s.projectOwner) out.push(lang === "th" ? "ผู้รับผิดชอบโครงการ" : "project owner");
  if (s.activityIds.length) out.push(activitiesLabel(s.activityIds, lang));
  return out.join(", ");
}

export const ownerNameInconsistent: Rule = {
  id: "owner-name-inconsistent",
  severity: "info",
  title: { th: "ชื่อผู้รับผิดชอบสะกดนามสกุลไม่ตรงกัน", en: "Owner's surname spelled differently" },
  run(ctx) {
    const byFirst = new Map<string, Map<string, Spelling>>();
    const parsed = new Map<string, PersonName[]>();
    const add = (text: string, cell?: CellRef, activityId?: string): void => {
      let names = parsed.get(text);
      if (!names) {
        names = parseNames(text);
        parsed.set(text, names);
      }
      for (const p of names) {
        if (!p.surname) continue;
        let spellings = byFirst.get(p.first);
        if (!spellings) {
          spellings = new Map();
          byFirst.set(p.first, spellings);
        }
        let s = spellings.get(p.surname);
        if (!s) {
          s = { surname: p.surname, projectOwner: false, activityIds: [], seen: new Set(), cell, activityId };
          spellings.set(p.surname, s);
        }
        if (activityId === undefined) s.projectOwner = true;
        else if (!s.seen.has(activityId)) {
          s.seen.add(activityId);
          s.activityIds.push(activityId);
        }
      }
    };
    const project = ctx.plan.project;
    if (project.owner) add(project.owner, project.cells?.owner);
    for (const a of ctx.plan.activities) {
      for (const o of a.owners) add(o, a.cells?.owners, a.id);
    }
    const out: Finding[] = [];
    for (const [first, spellings] of byFirst) {
      if (spellings.size < 2) continue;
      const list = [...spellings.values()];
      const th = list.map((s) => `${s.surname} (${places(s, "th")})`).join(", ");
      const en = list.map((s) => `${s.surname} (${places(s, "en")})`).join(", ");
      // point at the first place written differently from the first spelling
      const second = list[1];
      out.push({
        rule: "owner-name-inconsistent",
        severity: "info",
        message: {
          th: `ชื่อ "${first}" เขียนนามสกุลต่างกัน ${list.length} แบบ: ${th} ตรวจสอบว่าเป็นคนเดียวกันหรือไม่`,
          en: `"${first}" is written with ${list.length} different surnames: ${en}; check whether it is the same person`,
        },
        ...(second.activityId !== undefined ? { activityId: second.activityId, activityName: ctx.activityById.get(second.activityId)?.name } : {}),
        item: first,
        expected: list[0].surname,
        actual: second.surname,
        valueKind: "text",
        ...at(second.cell),
      });
    }
    return out;
  },
};
