import { webLightTheme, type Theme } from "@fluentui/react-components";

/** Thai-first font stack (Sarabun where installed, the Windows and Linux Thai fonts otherwise). */
export const THAI_FONT_STACK = "Sarabun, 'TH Sarabun New', 'TH SarabunPSK', Tahoma, 'Noto Sans Thai', sans-serif";

export const paneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase: THAI_FONT_STACK,
};
