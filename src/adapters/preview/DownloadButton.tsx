import { useState } from "react";
import type { PreviewWorkbook } from "./PreviewWorkbook";
import { gridText } from "./strings";
import { downloadPreview } from "./download";
import { keeperOf } from "./persist";

/**
 * "Download .xlsx": the preview workbook as it is now, written by the CLI's .xlsx writer (./download.ts); a
 * download clears the "leave page?" prompt until the next change (./persist.ts). After a reload that restored
 * the workbook, a note says so.
 */
export function DownloadButton({ wb, lang }: { wb: PreviewWorkbook; lang: "th" | "en" }) {
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  const keeper = keeperOf(wb);
  return (
    <>
      {keeper?.restored && (
        <span data-testid="preview-restored" role="status" title={gridText(lang, "restoredHint")} style={{ color: "#0F6CBD", fontSize: 12, whiteSpace: "nowrap" }}>
          {gridText(lang, "restored")}
        </span>
      )}
      <button
        type="button"
        data-testid="preview-download"
        title={gridText(lang, "downloadHint")}
        disabled={state === "busy"}
        onClick={() => {
          setState("busy");
          const at = keeper?.changes ?? 0;
          downloadPreview(wb).then(
            () => {
              keeper?.markSaved(at);
              setState("idle");
            },
            () => setState("failed"),
          );
        }}
        style={{ font: "inherit", fontSize: 13, padding: "2px 8px", whiteSpace: "nowrap", cursor: "pointer" }}
      >
        {gridText(lang, state === "busy" ? "downloading" : "download")}
      </button>
      {state === "failed" && (
        <span role="alert" data-testid="preview-download-failed" style={{ color: "#A4262C", fontSize: 13 }}>
          {gridText(lang, "downloadFailed")}
        </span>
      )}
    </>
  );
}
