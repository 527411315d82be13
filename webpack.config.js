/* eslint-disable */
// Builds the add-in: one page (taskpane.html) that registers the IOP functions first and loads the React UI as
// a lazy chunk; functions.json from the JSDoc; the browser preview page; and dist/manifest.xml for the host.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { manifestForBaseUrl, baseUrlFromEnv } = require('./scripts/manifest-url');

// Microsoft's office.js, from its CDN: the npm copy is not supported for add-ins and AppSource requires the CDN.
// It loads its locale strings and the host's scripts from the folder it came from, so that origin is the one
// remote source the page may load scripts from. The preview page does not load office.js; the browser tests
// route this address to node_modules/@microsoft/office-js/dist, which has the CDN's folder layout.
const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_ORIGIN = new URL(OFFICE_JS_URL).origin;

// Strict policy: our own origin, plus office.js's for scripts only. Fluent UI (Griffel) inserts style rules at
// run time, hence style 'unsafe-inline'.
const CSP = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_ORIGIN}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
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
    entry: {
      taskpane: './src/taskpane/bootstrap.ts',
      preview: './src/preview/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, zlib: false, util: false, buffer: false, url: false, http: false, https: false },
    },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: !production } } } },
        { test: /\.m?js$/, resolve: { fullySpecified: false } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], csp: CSP, officeJs: OFFICE_JS_URL, scriptLoading: 'defer' }),
      new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'], csp: CSP, scriptLoading: 'defer' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
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
