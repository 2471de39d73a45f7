/** A target's unit that is a percentage: "ร้อยละ", "%", "percent", "เปอร์เซ็นต์" (an indicator's target in percent). */
export const isPercentUnit = (unit: string | undefined): boolean => !!unit && /^(ร้อยละ|%|percent|เปอร์เซ็นต์)$/i.test(unit.trim());
