import type { Agreement } from '../domain/agreement';
import type { FollowUpRecord } from '../domain/followUp';
import type { IopSettings } from '../domain/settings';
import type { InvoiceRecord } from '../domain/invoiceCheck';
import { followUpRecords } from './followUpTable';
import { invoiceRecords } from './invoiceTable';
import { SETTING_NAMES, TABLES } from './names';
import { CHOICE_NAMES, choicesFrom, type PaneChoices } from './paneChoices';
import { agreementsFromTables } from './readTables';
import { settingsFromValues } from './settingsSheet';
import { DATA_TABLES, TABLE_SPECS } from './tableSpec';
import { readXlsxTables, XLSX_LIMITS, XlsxError, type XlsxLimits } from './xlsxTables';

/** What an .xlsx workbook holds for the reports: its agreements, the follow-up recorded, its settings and the pane's choices. */
export interface WorkbookContents {
  agreements: Agreement[];
  records: FollowUpRecord[];
  /** The invoices received (IOP_Fakturor), every row in table order: the user's, naming agreements by Avtals-id. */
  invoices: InvoiceRecord[];
  /** One Swedish sentence per cell or row that could not be read, naming sheet, row and column. */
  problems: string[];
  settings: IopSettings;
  /** The overview year and committee the user last filled in the pane, when she did. */
  choices: PaneChoices;
}

/**
 * An .xlsx file's IOP tables read back exactly as the add-in reads them from the live workbook (the same
 * agreementsFromTables, followUpRecords, invoiceRecords, settings and choices): the user's edits in the tables are the
 * values. A workbook without table IOP_Avtal is no IOP workbook and is refused.
 */
export async function readXlsxWorkbook(bytes: Uint8Array, limits: Readonly<XlsxLimits> = XLSX_LIMITS): Promise<WorkbookContents> {
  const settingKeys = Object.keys(SETTING_NAMES) as (keyof typeof SETTING_NAMES)[];
  const choiceKeys = Object.keys(CHOICE_NAMES) as (keyof typeof CHOICE_NAMES)[];
  const { tables, names } = await readXlsxTables(
    bytes,
    { tables: DATA_TABLES.map((d) => d.table), names: [...settingKeys.map((k) => SETTING_NAMES[k]), ...choiceKeys.map((k) => CHOICE_NAMES[k])] },
    limits,
  );
  if (!tables.has(TABLES.agreements)) {
    throw new XlsxError('UNREADABLE', `Arbetsboken har ingen tabell ${TABLES.agreements} (bladet ${TABLE_SPECS.agreements.sheet}) och är ingen IOP-arbetsbok. Skriv den med "iop oversikt" eller IOP-tillägget.`);
  }
  const [avtal, parter, poster, belopp, uppfoljning] = DATA_TABLES.map((d) => tables.get(d.table) ?? null);
  const read = agreementsFromTables(avtal, parter, poster, belopp);
  const followUp = followUpRecords(uppfoljning, read.agreements);
  const invoices = invoiceRecords(tables.get(TABLE_SPECS.invoices.table) ?? null);
  const value = (name: string) => names.get(name);
  return {
    agreements: read.agreements,
    records: followUp.records,
    invoices: invoices.records,
    problems: [...read.problems, ...followUp.problems, ...invoices.problems],
    settings: settingsFromValues(Object.fromEntries(settingKeys.map((k) => [k, value(SETTING_NAMES[k])]))),
    choices: choicesFrom(Object.fromEntries(choiceKeys.map((k) => [k, value(CHOICE_NAMES[k])]))),
  };
}
