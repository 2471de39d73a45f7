/**
 * Checks that run inside the page (passed to page.evaluate, so each function is self-contained): layout
 * measured from the browser's own boxes, and the text a user sees.
 */

export interface LayoutReport {
  paneWidth: number;
  /** Elements whose box reaches outside the pane's content box (tag, test id or class, and by how much). */
  tooWide: string[];
  /** Pairs of visible text boxes that overlap (their texts). */
  overlaps: string[];
  /** Badges and buttons whose text spills out of their box (a squeezed pill). */
  spills: string[];
  /** The pane scrolls sideways by this much (0 when everything fits). */
  sideScroll: number;
}

/**
 * Every element inside `rootSelector` must stay within its box, and no two visible pieces of text may overlap.
 * Text boxes come from Range.getClientRects() per text node, cut to the boxes of ancestors that clip
 * (overflow other than visible), so text hidden by an ellipsis or a scroll area does not count.
 */
export function layoutReport(rootSelector: string): LayoutReport {
  const rootEl = document.querySelector(rootSelector) as HTMLElement;
  const box = rootEl.getBoundingClientRect();
  const tooWide: string[] = [];
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.getAttribute("data-testid") ? `[${el.getAttribute("data-testid")}]` : ""}"${(el.textContent ?? "").trim().slice(0, 30)}"`;
  const clipOf = (el: Element): DOMRect | null => {
    let clip: { l: number; t: number; r: number; b: number } | null = null;
    for (let a: Element | null = el; a && a !== rootEl; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.overflowX !== "visible" || cs.overflowY !== "visible") {
        const r = a.getBoundingClientRect();
        clip = clip
          ? { l: Math.max(clip.l, r.left), t: Math.max(clip.t, r.top), r: Math.min(clip.r, r.right), b: Math.min(clip.b, r.bottom) }
          : { l: r.left, t: r.top, r: r.right, b: r.bottom };
      }
    }
    return clip ? new DOMRect(clip.l, clip.t, Math.max(0, clip.r - clip.l), Math.max(0, clip.b - clip.t)) : null;
  };
  const visible = (el: Element) => {
    const cs = getComputedStyle(el);
    return cs.visibility !== "hidden" && cs.display !== "none" && Number(cs.opacity) > 0;
  };
  for (const el of Array.from(rootEl.querySelectorAll("*"))) {
    // focus-trap sentinels (Fluent's tabster puts 1 px <i> elements at fixed places) are not content
    if (el.closest("[aria-hidden='true'], [data-tabster-dummy]")) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || !visible(el)) continue;
    const clip = el.parentElement ? clipOf(el.parentElement) : null;
    // parts scrolled or clipped away inside a box that fits are not "wider than the pane"
    const left = clip ? Math.max(r.left, clip.left) : r.left;
    const right = clip ? Math.min(r.right, clip.right) : r.right;
    if (right - left <= 0) continue;
    if (left < box.left - 0.5 || right > box.right + 0.5) tooWide.push(`${name(el)} ${Math.round(left - box.left)}..${Math.round(right - box.left)}`);
  }
  interface TextBox {
    text: string;
    node: Text;
    r: { l: number; t: number; r: number; b: number };
  }
  const boxes: TextBox[] = [];
  const walker = document.createTreeWalker(rootEl, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    if (!node.data.trim() || !node.parentElement || !visible(node.parentElement)) continue;
    // text of form controls' shadow trees is not walked; <option> text is not laid out
    if (node.parentElement.closest("option, script, style")) continue;
    const clip = clipOf(node.parentElement);
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const cr of Array.from(range.getClientRects())) {
      let r = { l: cr.left, t: cr.top, r: cr.right, b: cr.bottom };
      if (clip) r = { l: Math.max(r.l, clip.left), t: Math.max(r.t, clip.top), r: Math.min(r.r, clip.right), b: Math.min(r.b, clip.bottom) };
      if (r.r - r.l > 0.5 && r.b - r.t > 0.5) boxes.push({ text: node.data.trim().slice(0, 30), node, r });
    }
  }
  const overlaps: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.node === b.node) continue;
      // line boxes of Thai text are tall (room for marks above and below): a sliver of vertical overlap between
      // lines is not text over text; 1 px either way is rounding
      const w = Math.min(a.r.r, b.r.r) - Math.max(a.r.l, b.r.l);
      const h = Math.min(a.r.b, b.r.b) - Math.max(a.r.t, b.r.t);
      if (w > 1 && h > Math.min(a.r.b - a.r.t, b.r.b - b.r.t) * 0.4) overlaps.push(`"${a.text}" × "${b.text}"`);
    }
  }
  const spills: string[] = [];
  for (const el of Array.from(rootEl.querySelectorAll<HTMLElement>(".fui-Badge, .fui-Button"))) {
    if (!visible(el) || el.getClientRects().length === 0) continue;
    if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) spills.push(name(el));
  }
  return { paneWidth: box.width, tooWide, overlaps, spills, sideScroll: rootEl.scrollWidth - rootEl.clientWidth };
}

/** Horizontal gaps between neighbouring labels (text boxes of the elements matched), left to right. */
export function labelGaps(selector: string): { text: string; left: number; right: number }[] {
  return Array.from(document.querySelectorAll(selector)).map((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    return { text: (el.textContent ?? "").trim(), left: r.left, right: r.right };
  });
}

/** The text a user sees in the element: visible text nodes plus the accessible names and titles of elements. */
export function visibleText(rootSelector: string): string {
  const rootEl = document.querySelector(rootSelector) as HTMLElement;
  const parts: string[] = [];
  const walker = document.createTreeWalker(rootEl, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest("script, style")) continue;
    const cs = getComputedStyle(el);
    if (cs.display === "none" || cs.visibility === "hidden") continue;
    if ((n as Text).data.trim()) parts.push((n as Text).data.trim());
  }
  for (const el of Array.from(rootEl.querySelectorAll("[title], [aria-label], [placeholder]"))) {
    for (const a of ["title", "aria-label", "placeholder"]) {
      const v = el.getAttribute(a);
      if (v) parts.push(v);
    }
  }
  for (const el of Array.from(rootEl.querySelectorAll("input:not([type=radio]):not([type=checkbox]), textarea"))) {
    const v = (el as HTMLInputElement).value;
    if (v) parts.push(v);
  }
  return parts.join("\n");
}
