/**
 * The task pane's one door to Excel. In Excel it is `Excel.run`; in the browser preview it is the in-memory
 * workbook. Nothing else in src/taskpane touches Office.js, so every view runs unchanged in both.
 */
export interface ExcelHost {
  readonly kind: 'excel' | 'memory';
  run<T>(fn: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export function officeExcelHost(): ExcelHost {
  return {
    kind: 'excel',
    run: (fn) => Excel.run((context) => fn(context)),
  };
}
