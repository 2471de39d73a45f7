/**
 * Errors from Excel, by their code. Office.js rejects with an OfficeExtension.Error whose `code` names what
 * happened ("InvalidOperationInCellEditMode", "ItemNotFound", …); its `message` is in the language of the
 * Office installation and often technical. The task pane maps the code to its own Thai/English text
 * (src/taskpane/errors.ts) and shows the message only as a detail.
 */

export const CELL_EDIT = "InvalidOperationInCellEditMode";
export const REQUEST_TOO_LARGE = "RequestPayloadSizeLimitExceeded";
export const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";
export const UNDO_NOT_SUPPORTED = "UndoNotSupported";

/** The error code of an Office.js error (also "Code: text" messages some hosts give), else undefined. */
export function officeErrorCode(e: unknown): string | undefined {
  if (e && typeof e === "object") {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[A-Za-z]+$/.test(code)) return code;
    const msg = (e as { message?: unknown }).message;
    if (typeof msg === "string") {
      const m = /^([A-Z][A-Za-z]+):/.exec(msg);
      if (m) return m[1];
      if (/payload size/i.test(msg)) return /response/i.test(msg) ? RESPONSE_TOO_LARGE : REQUEST_TOO_LARGE;
    }
  }
  return undefined;
}

export function isCellEditError(e: unknown): boolean {
  return officeErrorCode(e) === CELL_EDIT;
}

export function isPayloadError(e: unknown): boolean {
  const code = officeErrorCode(e);
  return code === REQUEST_TOO_LARGE || code === RESPONSE_TOO_LARGE;
}

/** An error the adapter raises itself, with a code the pane maps to a message. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly detail?: Record<string, string | number>,
  ) {
    super(message);
  }
}
