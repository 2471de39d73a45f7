import { useState } from "react";
import type { PreviewWorkbook } from "./PreviewWorkbook";
import { gridText } from "./strings";
import { downloadPreview } from "./download";

/** "Download .xlsx": the preview workbook as it is now, written by the CLI's .xlsx writer (./download.ts). */
export function DownloadButton({ wb, lang }: { wb: PreviewWorkbook; lang: "th" | "en" }) {
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  return (
    <>
      <button
        type="button"
        data-testid="preview-download"
        title={gridText(lang, "downloadHint")}
        disabled={state === "busy"}
        onClick={() => {
          setState("busy");
          downloadPreview(wb).then(
            () => setState("idle"),
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
