import { basename } from 'path';
import { Budget } from '../import/budget';
import { ImportError, readRegularFile } from '../import/node';
import { XLSX_LIMITS, XlsxError, type XlsxLimits } from '../workbook/xlsxTables';
import { readXlsxWorkbook, type WorkbookContents } from '../workbook/xlsxWorkbook';
import { CliError } from './io';

/** Workbooks, as the CLI tells them from documents: by the file name's extension (.xlsx, .xlsm). */
export function isWorkbookFile(path: string): boolean {
  return /\.xls[xm]$/i.test(path);
}

/**
 * An .xlsx file's IOP tables, read within the workbook reader's caps; a file that cannot be read stops the
 * command with one Swedish line naming the file and the reason (a cap, damage, no IOP tables), exit code 2.
 */
export async function readWorkbookFile(path: string, limits: Readonly<XlsxLimits> = XLSX_LIMITS): Promise<WorkbookContents> {
  const name = basename(path);
  try {
    // readRegularFile refuses devices, FIFOs and folders, and stops reading past the size cap.
    const bytes = await readRegularFile(path, new Budget({ fileBytes: limits.fileBytes }));
    return await readXlsxWorkbook(bytes, limits);
  } catch (e) {
    if (e instanceof XlsxError || e instanceof ImportError) throw new CliError(`${name}: ${e.message}`);
    throw e;
  }
}
