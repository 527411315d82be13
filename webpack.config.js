// Builds the add-in: one page (taskpane.html) that registers the IOP functions first and loads the React UI as
// a lazy chunk; functions.json from the JSDoc; the browser preview page; and dist/manifest.xml for the host.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const MinimizerPlugin = require('minimizer-webpack-plugin');
const { manifestForBaseUrl, baseUrlFromEnv } = require('./scripts/manifest-url');

const OCR_FILES = [
  'node_modules/tesseract.js/dist/worker.min.js',
  'node_modules/tesseract.js-core/tesseract-core-simd-lstm.js',
  'node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm',
  'node_modules/tesseract.js-core/tesseract-core-lstm.js',
  'node_modules/tesseract.js-core/tesseract-core-lstm.wasm',
  'node_modules/@tesseract.js-data/swe/4.0.0_best_int/swe.traineddata.gz',
];

// Microsoft's office.js, from its CDN: the npm copy is not supported for add-ins and AppSource requires the CDN.
// It loads its locale strings and the host's scripts from the folder it came from, so that origin is the one
// remote source the page may load scripts from. The preview page does not load office.js; the browser tests
// route this address to node_modules/@microsoft/office-js/dist, which has the CDN's folder layout.
const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_ORIGIN = new URL(OFFICE_JS_URL).origin;

// What office.js itself loads and calls, as its code names them (and OfficeDev/office-js#1005 lists): its host
// scripts and telemetry scripts from its own CDN folder, Microsoft Ajax from ajax.aspnetcdn.com (loaded by
// office.js where the host needs it), its telemetry collector (oteljs posts to browser.pipe.aria.microsoft.com)
// and its telemetry proxy page (o15apptofilemappingtable.js frames telemetryservice.firstpartyapps.oaspapps.com).
const OFFICE_SCRIPT_ORIGINS = [OFFICE_ORIGIN, 'https://ajax.aspnetcdn.com'];
const OFFICE_CONNECT_ORIGINS = ['https://browser.pipe.aria.microsoft.com'];
const OFFICE_FRAME_ORIGINS = ['https://telemetryservice.firstpartyapps.oaspapps.com'];

// Strict policy: our own origin, plus exactly what office.js needs. Fluent UI (Griffel) inserts style rules at
// run time, hence style 'unsafe-inline'. 'wasm-unsafe-eval' lets the OCR engine (tesseract's WebAssembly core,
// loaded only when a scan is imported) compile; it allows WebAssembly only, not eval().
const CSP = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${OFFICE_SCRIPT_ORIGINS.join(' ')}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self' ${OFFICE_CONNECT_ORIGINS.join(' ')}`,
  `frame-src 'self' ${OFFICE_FRAME_ORIGINS.join(' ')}`,
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  const baseUrl = baseUrlFromEnv(process.env);
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map', // never eval: the CSP forbids it
    // The browser preview (pane over an in-memory workbook) is a development tool: `npm run preview` builds it
    // into its own folder, so the production dist/ holds only what the add-in serves.
    entry: production
      ? { taskpane: './src/taskpane/bootstrap.ts' }
      : { taskpane: './src/taskpane/bootstrap.ts', preview: './src/preview/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
      // pdf.js ships minified builds; production uses them instead of minifying 3 MB again (see optimization).
      alias: production
        ? {
            'pdfjs-dist/legacy/build/pdf.mjs$': path.join(__dirname, 'node_modules/pdfjs-dist/legacy/build/pdf.min.mjs'),
            'pdfjs-dist/legacy/build/pdf.worker.mjs$': path.join(__dirname, 'node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs'),
          }
        : {},
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, zlib: false, util: false, buffer: false, url: false, http: false, https: false },
    },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: !production } } } },
        { test: /\.m?js$/, resolve: { fullySpecified: false } },
      ],
    },
    performance: { hints: false },
    // pdf.js chunks come minified already (the alias above); terser once over our code and the other vendors.
    optimization: production
      ? { minimizer: [new MinimizerPlugin({ test: /\.m?js$/i, exclude: /^pdfjs/, minify: MinimizerPlugin.terserMinify })] }
      : {},
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], csp: CSP, officeJs: OFFICE_JS_URL, scriptLoading: 'defer' }),
      ...(production ? [] : [new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'], csp: CSP, scriptLoading: 'defer' })]),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          // OCR of scans (src/import/ocr/browserSupport.ts): the engine's worker, its WebAssembly core with and
          // without SIMD, and the Swedish data, fetched from the add-in's own origin only when a scan is imported.
          ...OCR_FILES.map((from) => ({ from, to: 'ocr/[name][ext]' })),
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => (production ? manifestForBaseUrl(content.toString(), baseUrl) : content) },
        ],
      }),
    ],
    devServer: {
      static: path.resolve(__dirname, 'dist'),
      host: '127.0.0.1',
      port: 3000,
      headers: { 'Content-Security-Policy': CSP },
    },
  };
};
module.exports.CSP = CSP;
module.exports.OFFICE_JS_URL = OFFICE_JS_URL;
