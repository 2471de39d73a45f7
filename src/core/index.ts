// The domain core's public surface. Imports no Office, React or DOM.
export * from "./model";
export * from "./findings";
export * from "./thaiDigits";
export * from "./money";
export * from "./calendar";
export * from "./bahtText";
