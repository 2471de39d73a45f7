/* eslint-disable no-undef */
// Webpack build for the task pane (taskpane.html) and the ribbon command page (commands.html).
//
// - babel-loader with the repo's babel.config.js (EdgeHTML 18 / ES2017 targets, core-js usage polyfills).
//   node_modules are transpiled too (Fluent UI, React, HyperFormula ship newer syntax); core-js itself is not.
// - The preview workbook (HyperFormula + the preview grid, src/adapters/preview) is loaded with a dynamic
//   import() only outside Excel, so it lands in async chunks: taskpane.html in Excel loads only the
//   taskpane entry (see scripts/bundle-size.js).
// - dist/manifest.xml: https://localhost:3000/ is replaced with ADDIN_URL (default https://localhost:3000/).
// - Dev server on port 3000: https with the office-addin-dev-certs certificates when available (always on
//   Windows/macOS, where they are created and trusted on first use), else http (the browser preview).
//
// Called by webpack-cli (`npm run build`) and by the e2e test through the Node API with env.outDir.
"use strict";
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DefinePlugin } = require("webpack");
const sourceManifest = require("./src/setup/sourceManifest.js");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;

function addinUrl() {
  let url = process.env.ADDIN_URL || DEV_URL;
  if (!url.endsWith("/")) url += "/";
  return url;
}

/**
 * The manifest for the deployment address: every dev address replaced, and the Id derived from the address
 * (src/setup/sourceManifest.js → manifestCore.js, shared with the setup page: same address, same manifest and Id).
 */
function rewriteManifest(xml, url) {
  return url === DEV_URL ? xml : sourceManifest.manifestForSource(xml, url);
}

/**
 * Webview check (src/fallback, see docs/platforms.md): detect.js is copied to the build and loaded as the first
 * script of taskpane.html (before Office.js and the bundle); it sends Internet Explorer 11 / old webviews to
 * fallback.html, a plain Thai/English page (with its own fallback.js) copied unchanged. They are files, not
 * inline scripts: the pages' Content-Security-Policy allows scripts from the add-in's folder and the Office CDN only.
 */
const DETECT_JS = path.resolve(__dirname, "src/fallback/detect.js");
class WebviewCheckPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("WebviewCheckPlugin", (compilation) => {
      compilation.fileDependencies.add(DETECT_JS);
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("WebviewCheckPlugin", (data) => {
        if (data.outputName !== "taskpane.html") return data;
        const at = data.html.search(/<script\b/i);
        const tag = `<script type="text/javascript" src="detect.js"></script>\n    `;
        data.html = at < 0 ? data.html.replace(/<\/head>/i, `${tag}</head>`) : data.html.slice(0, at) + tag + data.html.slice(at);
        return data;
      });
    });
  }
}

/**
 * The bundled rate table is loaded without its zod schema in the pane (zod stays out of what Excel loads),
 * so the build checks it against the schema instead (scripts/check-rates.js) and fails on a broken table.
 */
class RatesCheckPlugin {
  apply(compiler) {
    const run = (_, done) => {
      try {
        require("./scripts/check-rates.js").checkRates();
        done();
      } catch (e) {
        done(new Error(`src/core/rates/rates.json: ${e && e.message ? e.message : e}`));
      }
    };
    compiler.hooks.beforeRun.tapAsync("RatesCheckPlugin", run);
    compiler.hooks.watchRun.tapAsync("RatesCheckPlugin", run);
  }
}

async function devServerHttps() {
  const certDir = path.join(require("os").homedir(), ".office-addin-dev-certs");
  const crt = path.join(certDir, "localhost.crt");
  const key = path.join(certDir, "localhost.key");
  const ca = path.join(certDir, "ca.crt");
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      const devCerts = require("office-addin-dev-certs");
      const options = await devCerts.getHttpsServerOptions();
      return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
    } catch (e) {
      console.warn(`office-addin-dev-certs unavailable (${e && e.message}); serving http`);
      return undefined;
    }
  }
  if (fs.existsSync(crt) && fs.existsSync(key)) {
    return {
      type: "https",
      options: { cert: fs.readFileSync(crt), key: fs.readFileSync(key), ca: fs.existsSync(ca) ? fs.readFileSync(ca) : undefined },
    };
  }
  return undefined;
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || env.mode || "production";
  const dev = mode === "development";
  const outDir = env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, "dist");
  const url = addinUrl();
  const server = env.WEBPACK_SERVE ? await devServerHttps() : undefined;

  return {
    mode,
    // Never an eval-based devtool ("eval", "eval-source-map", …): the pages' Content-Security-Policy has no
    // 'unsafe-eval', so the development build (npm start's preview) runs under the same policy as production.
    // test/e2e/devPreview.test.ts builds in development mode and opens the preview under that policy.
    devtool: dev ? "cheap-module-source-map" : "source-map",
    context: __dirname,
    entry: {
      taskpane: ["./src/taskpane/polyfills.ts", "./src/taskpane/index.tsx"],
      commands: ["./src/taskpane/polyfills.ts", "./src/commands/commands.ts"],
      // setup.html (= index.html): writes the manifest for the address it is served from (docs/deploy.th.md)
      setup: "./src/setup/index.ts",
    },
    output: {
      path: outDir,
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      publicPath: "auto",
      clean: true,
    },
    target: ["web", "es2017"],
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      // the .xlsx writer (src/adapters/xlsx/write.ts) imports fs for the CLI's saveXlsx; the preview's download
      // (a chunk fetched on click, never in the Excel pane) uses only its in-memory writer
      fallback: { fs: false },
    },
    module: {
      rules: [
        {
          // tabster's focusable selector without :is() (EdgeHTML 18 and Safari 13 throw on it): see the loader.
          test: /node_modules[\\/]tabster[\\/]dist[\\/].*Consts\.c?js$/,
          enforce: "pre",
          use: path.resolve(__dirname, "scripts/no-is-selector-loader.js"),
        },
        {
          test: /\.[cm]?[jt]sx?$/,
          // Transpile our code and node_modules alike, but never core-js (it would polyfill itself)
          // nor webpack's own runtime helpers. ExcelJS's browser build (the preview's download chunk) is transpiled too: it
          // carries object spread, async generators and for await (ES2018).
          // The generated icon tables of @fluentui/react-icons (≈150 MB of plain ES2017 object literals, checked
          // with acorn at ecmaVersion 2017) are skipped too: transpiling them changes nothing and takes minutes.
          exclude: [
            /node_modules[\\/]core-js[\\/]/,
            /node_modules[\\/]webpack[\\/]/,
            /node_modules[\\/]@babel[\\/]runtime[\\/]/,
            /node_modules[\\/]@fluentui[\\/]react-icons[\\/]lib[\\/](atoms|sizedIcons|icons|fonts)[\\/]/,
          ],
          use: {
            loader: "babel-loader",
            options: {
              configFile: path.resolve(__dirname, "babel.config.js"),
              cacheDirectory: path.resolve(__dirname, "node_modules/.cache/babel-loader"),
              cacheCompression: false,
              // CommonJS files in node_modules need require() for the injected polyfills, ES modules need import.
              sourceType: "unambiguous",
            },
          },
        },
        {
          test: /\.m?js$/,
          resolve: { fullySpecified: false },
        },
        {
          // The pure layers (no module does anything when imported; .dependency-cruiser.cjs keeps them so): what
          // the pane does not use of their index modules is left out (the template writer, fetched on first use).
          test: /[\\/]src[\\/](core|workbook)[\\/]/,
          sideEffects: false,
        },
      ],
    },
    optimization: {
      // Only async chunks are split: Excel loads the one taskpane bundle; the preview (HyperFormula, the grid)
      // and its vendors live in chunks fetched by the dynamic import outside Excel.
      splitChunks: { chunks: "async" },
    },
    performance: {
      hints: false,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({ filename: "setup.html", template: "./src/setup/setup.html", chunks: ["setup"], scriptLoading: "defer" }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/setup/setup.html", chunks: ["setup"], scriptLoading: "defer" }),
      new DefinePlugin({
        __APP_VERSION__: JSON.stringify(require("./package.json").version),
        __MANIFEST_TEMPLATE__: DefinePlugin.runtimeValue(() => JSON.stringify(sourceManifest.pageTemplate(fs.readFileSync(path.resolve(__dirname, "manifest.xml"), "utf8"))), {
          fileDependencies: [path.resolve(__dirname, "manifest.xml")],
        }),
      }),
      new WebviewCheckPlugin(),
      new RatesCheckPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/fallback/fallback.html", to: "fallback.html", info: { minimized: true } },
          { from: "src/fallback/fallback.js", to: "fallback.js", info: { minimized: true } },
          { from: "src/fallback/detect.js", to: "detect.js", info: { minimized: true } },
          // the start watch of taskpane.html: "could not start" instead of "Loading…" forever (see the file)
          { from: "src/fallback/bootwatch.js", to: "bootwatch.js", info: { minimized: true } },
          { from: "src/help/help.html", to: "help.html", info: { minimized: true } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => Buffer.from(rewriteManifest(content.toString("utf8"), url), "utf8"),
          },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: server || "http",
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.addinUrl = addinUrl;
