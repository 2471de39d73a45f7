/**
 * A price per day or per session whose text gives its hours ("ค่าตอบแทนวิทยากร (วันละ 3 ชม. ชม.ละ 1,200 บาท)",
 * 3,600 a day), judged against a ceiling per hour: the hourly price is the rate the text states when hours × rate
 * is the price, else the price ÷ the hours when that is whole satang. A price the text says is per day or per
 * session with no hours that give back the price is not judged as if it were per hour (undefined: skip it).
 */
import type { Satang } from "../model";
import { toArabicDigits } from "../thaiDigits";

export type HourlyReading = { kind: "as-is" } | { kind: "converted"; hourly: Satang; hours: number } | { kind: "other-unit" };

/** How a price written with `text` reads against a ceiling per hour. */
export function hourlyPrice(text: string, price: Satang): HourlyReading {
  const t = toArabicDigits(text).replace(/\s+/g, " ");
  const perBlock = /(?:วันละ|ครั้งละ|รอบละ)\s*([0-9]+(?:\.[0-9]+)?)\s*(?:ชม\.?|ชั่วโมง)/.exec(t);
  if (!perBlock) return { kind: "as-is" };
  const hours = Number(perBlock[1]);
  if (!(hours > 0)) return { kind: "other-unit" };
  const rate = /(?:ชม\.?|ชั่วโมง)\s*ละ\s*([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]{1,2}))?/.exec(t);
  if (rate) {
    const hourly = Number(rate[1].replace(/,/g, "")) * 100 + (rate[2] ? Number(rate[2].padEnd(2, "0")) : 0);
    // the price is hours × the hourly rate (the price per day); a price equal to the hourly rate is per hour already
    if (Math.round(hourly * hours) === price) return { kind: "converted", hourly: hourly as Satang, hours };
    if (hourly === price) return { kind: "as-is" };
    return { kind: "other-unit" };
  }
  const each = price / hours;
  return Number.isInteger(each) ? { kind: "converted", hourly: each as Satang, hours } : { kind: "other-unit" };
}
