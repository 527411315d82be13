/** Architecture rules, enforced by `npm test`: the core stays pure, Office.js and React stay in their folders. */
const UI_OR_OFFICE = '^(node_modules/)?(react|react-dom|@fluentui|@microsoft/office-js)(/|$)';
module.exports = {
  forbidden: [
    {
      name: 'pure-core-no-ui-or-office',
      comment: 'src/domain, src/import and src/workbook run in Node, tests and the pane alike: no React, Fluent, Office.js or DOM libraries.',
      severity: 'error',
      from: { path: '^src/(domain|import|workbook)/' },
      to: { path: UI_OR_OFFICE },
    },
    {
      name: 'domain-depends-on-nothing-of-ours',
      comment: 'The domain core is the bottom layer.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/(?!domain/)' },
    },
    {
      name: 'core-not-on-excel-taskpane-cli',
      comment: 'Data flows one way: import → domain → workbook → writers.',
      severity: 'error',
      from: { path: '^src/(domain|import|workbook)/' },
      to: { path: '^src/(writers|taskpane|cli|functions|preview)/' },
    },
    {
      name: 'react-only-in-taskpane-and-preview',
      severity: 'error',
      from: { path: '^src/(?!taskpane/|preview/)' },
      to: { path: '^(node_modules/)?(react|react-dom|@fluentui)(/|$)' },
    },
    {
      name: 'no-node-builtins-in-browser-code',
      comment: 'The pane and the functions run in a browser.',
      severity: 'error',
      from: { path: '^src/(domain|workbook|functions|taskpane|writers/officejs|writers/docx)/' },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '\\.d\\.ts$' },
  },
};
