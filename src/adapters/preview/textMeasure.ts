/**
 * Width (px) of a line of text in the preview grid's font, measured by the browser's canvas (the font the grid
 * really draws with, whichever of its fallbacks is installed); an estimate where there is no canvas (jsdom):
 * 0.6 em per character that takes width (Thai marks above and below take none).
 */
const COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;
let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

function canvas(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  context = null;
  const jsdom = typeof navigator !== "undefined" && /jsdom/i.test(navigator.userAgent);
  if (typeof document !== "undefined" && !jsdom) {
    try {
      context = document.createElement("canvas").getContext("2d");
    } catch {
      context = null;
    }
  }
  return context;
}

export function textWidthPx(text: string, fontPx: number, fontFamily: string, bold: boolean): number {
  const key = `${bold ? "b" : "n"}${fontPx}|${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const ctx = canvas();
  let w: number;
  if (ctx) {
    ctx.font = `${bold ? 700 : 400} ${fontPx}px ${fontFamily}`;
    w = ctx.measureText(text).width;
  } else {
    w = text.replace(COMBINING, "").length * fontPx * 0.6;
  }
  if (cache.size > 20000) cache.clear();
  cache.set(key, w);
  return w;
}
