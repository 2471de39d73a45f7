/**
 * The layers of docs/architecture.md as rules, checked by `npm run lint` (dependency-cruiser).
 *
 *   core ← import ← workbook ← adapters/{hyperformula, xlsx, office, preview} ← cli, taskpane
 *   adapters/docx (Word documents, CLI only) uses the .xlsx adapter's package reader: zip, XML, errors, limits
 *
 * Arrows point at what a layer may use. The core is pure; the workbook layer is pure; each adapter stands
 * alone (xlsx and preview share only the HyperFormula bridge); the task pane reaches the Office and preview
 * adapters only through its host module (src/taskpane/host.ts, the one place that picks a WorkbookHost);
 * nothing imports the tests; no import cycles.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      comment: "Modules of src/ import each other in one direction only (at run time).",
      from: { path: "^src/" },
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "no-type-cycles",
      severity: "error",
      comment: "No cycle through type-only imports either: the shared types belong in a module below both.",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "core-is-pure",
      severity: "error",
      comment: "src/core knows nothing of the workbook, the adapters, the UI, Office, the DOM or the file system.",
      from: { path: "^src/core/" },
      to: {
        pathNot: ["^src/core/", "^node_modules/zod/"],
      },
    },
    {
      name: "import-uses-core-only",
      severity: "error",
      from: { path: "^src/import/" },
      to: { pathNot: ["^src/import/", "^src/core/"] },
    },
    {
      name: "workbook-is-pure",
      severity: "error",
      comment: "src/workbook (layout, reader, sheet rules, fixes) uses the core and the text reader's pure parsers (src/import uses the core only): no adapter, UI or I/O.",
      from: { path: "^src/workbook/" },
      to: { pathNot: ["^src/workbook/", "^src/core/", "^src/import/"] },
    },
    {
      name: "hyperformula-bridge",
      severity: "error",
      from: { path: "^src/adapters/hyperformula/" },
      to: { pathNot: ["^src/adapters/hyperformula/", "^src/workbook/", "^src/core/", "^node_modules/hyperformula/"] },
    },
    {
      name: "adapters-stand-alone",
      severity: "error",
      comment:
        "An adapter does not use another (the preview and the .xlsx reader share only the HyperFormula bridge). The one exception: the preview's download (preview/download.ts) writes its .xlsx with the CLI's writer (xlsx/write.ts), fetched as its own chunk on the click.",
      from: { path: "^src/adapters/(office|preview|xlsx)/", pathNot: "^src/adapters/preview/download\\.ts$" },
      to: {
        path: "^src/adapters/([^/]+)/",
        pathNot: ["^src/adapters/$1/", "^src/adapters/hyperformula/"],
      },
    },
    {
      name: "docx-adapter-reuses-the-package-reader",
      severity: "error",
      comment:
        "The Word reader opens packages with the .xlsx adapter's zip reader, XML scanner, caps and errors (one set of hostile-file protections), and nothing else of another adapter; it knows nothing of the workbook layer or the importer.",
      from: { path: "^src/adapters/docx/" },
      to: {
        path: "^src/(adapters|workbook|import)/",
        pathNot: ["^src/adapters/docx/", "^src/adapters/xlsx/(zip|xml|errors|limits|package)\\.ts$"],
      },
    },
    {
      name: "office-adapter-no-hyperformula",
      severity: "error",
      comment: "Excel computes in Excel: the Office adapter needs no spreadsheet engine.",
      from: { path: "^src/adapters/office/" },
      to: { path: "^src/adapters/hyperformula/|^node_modules/hyperformula/" },
    },
    {
      name: "adapters-below-shells",
      severity: "error",
      comment: "Adapters do not use the task pane, the CLI or the importer's shells.",
      from: { path: "^src/adapters/" },
      to: { path: "^src/(taskpane|cli|setup|commands)/" },
    },
    {
      name: "cli-no-browser-adapters",
      severity: "error",
      comment: "The CLI uses the .xlsx adapter; Office.js, the preview and React are for the task pane.",
      from: { path: "^src/cli/" },
      to: { path: "^src/(taskpane|adapters/office|adapters/preview)/|^node_modules/(react|react-dom|@fluentui)/" },
    },
    {
      name: "taskpane-through-host",
      severity: "error",
      comment: "The task pane talks to a WorkbookHost; only its host module (and the error text for Office error codes) picks the Office or preview adapter.",
      from: { path: "^src/taskpane/", pathNot: "^src/taskpane/(host|errors)\\.ts$" },
      to: { path: "^src/adapters/(office|preview)/" },
    },
    {
      name: "preview-download-only-the-writer",
      severity: "error",
      comment: "The preview's download reaches outside the preview for the .xlsx writer only.",
      from: { path: "^src/adapters/preview/download\\.ts$" },
      to: { path: "^src/adapters/|^src/cli/", pathNot: ["^src/adapters/preview/", "^src/adapters/xlsx/write\\.ts$"] },
    },
    {
      name: "taskpane-no-node-adapters",
      severity: "error",
      comment: "Except the preview's download (a dynamic import of xlsx/write.ts only, never in the Excel pane's bundle: test/platform/paneSize.test.ts).",
      from: { path: "^src/(taskpane|adapters/preview|adapters/office)/", pathNot: "^src/adapters/preview/download\\.ts$" },
      to: { path: "^src/adapters/(xlsx|docx)/|^src/cli/", dependencyTypes: ["local", "npm", "npm-dev", "core", "type-only", "dynamic-import"] },
    },
    {
      name: "no-node-builtins-in-browser-code",
      severity: "error",
      from: { path: "^src/(core|workbook|import|taskpane|adapters/(office|preview|hyperformula)|setup|commands)/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "src-not-tests",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(test|bench|scripts)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // A worktree whose node_modules is a symlink must see node_modules/…, not the link's target path.
    preserveSymlinks: true,
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "^src/fallback/" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
