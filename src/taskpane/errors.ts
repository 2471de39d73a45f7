/**
 * Errors people understand: an error from Excel (or from the pane's start) → a Thai/English notice chosen by
 * its code, with Excel's own message only as a detail, never alone.
 */
import { officeErrorCode } from "../adapters/office/errors";
import type { StringKey, Vars } from "./i18n/strings";
import type { Notice } from "./state/app";

const BY_CODE: Record<string, StringKey> = {
  InvalidOperationInCellEditMode: "err.cellEdit",
  RequestPayloadSizeLimitExceeded: "err.tooLarge",
  ResponsePayloadSizeLimitExceeded: "err.tooLarge",
  RangeExceedsLimit: "err.tooLarge",
  OperationCellsExceedLimit: "err.tooLarge",
  ItemNotFound: "err.notFound",
  AccessDenied: "err.protected",
  ItemAlreadyExists: "err.exists",
  InvalidArgument: "err.invalid",
  InvalidOperation: "err.invalid",
  InvalidReference: "err.invalid",
  UnsupportedOperation: "err.invalid",
  UndoNotSupported: "err.invalid",
  ApiNotFound: "err.invalid",
  GeneralException: "err.busy",
  ServiceNotAvailable: "err.busy",
  RequestAborted: "err.busy",
  Conflict: "err.busy",
  OfficeStartTimeout: "start.timeout",
  NotExcel: "start.notExcel",
};

/** Excel's code and message, for "copy details" and the detail line. */
export function errorDetail(e: unknown): string {
  const code = officeErrorCode(e);
  const message = e instanceof Error ? e.message : typeof e === "string" ? e : safeJson(e);
  const debug = (e as { debugInfo?: { errorLocation?: string } } | null)?.debugInfo?.errorLocation;
  return [code, message, debug ? `at ${debug}` : ""].filter((x) => x && x !== code + ": " + code).join(" · ");
}

function safeJson(e: unknown): string {
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}

/** The notice for an error: a catalogue message by code, plus the detail. */
export function errorNotice(e: unknown): Notice {
  const code = officeErrorCode(e);
  const key = (code && BY_CODE[code]) || "err.unknown";
  const vars: Vars = { code: code ?? "?", detail: errorDetail(e) };
  if (key === "start.notExcel") vars.host = (e as { hostName?: string }).hostName ?? "?";
  return { kind: "error", key, vars, detail: errorDetail(e) };
}
