import type { WorkbookPlan } from '../workbook/plan';

/** Charts come later in this file; until then the workbook is written without them. */
export async function addCharts(buffer: Buffer, _plan: WorkbookPlan): Promise<Buffer> {
  return buffer;
}
