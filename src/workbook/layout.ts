import { AGREEMENT_COLUMNS, ITEM_COLUMNS, SHEETS } from './names';
import { columnLetter, sheetRef } from './plan';

/**
 * Where a table's columns are on its sheet. Report formulas address table columns as whole sheet columns
 * (Poster!$G:$G): that survives added rows, sorting and filtering, and LibreOffice computes it. The add-in's
 * writer passes the header order it found, so columns a user inserted do not shift the formulas.
 */
export interface TableLayout {
  sheet: string;
  headers: readonly string[];
  /** Zero-based column of the table's first column. */
  firstColumn: number;
}

export function defaultAgreementLayout(): TableLayout {
  return { sheet: SHEETS.agreements, headers: AGREEMENT_COLUMNS, firstColumn: 0 };
}

export function defaultItemLayout(): TableLayout {
  return { sheet: SHEETS.items, headers: ITEM_COLUMNS, firstColumn: 0 };
}

/** "Avtal!$G:$G" for the column with that header. */
export function wholeColumn(layout: TableLayout, header: string): string {
  const i = layout.headers.indexOf(header);
  if (i < 0) throw new Error(`Kolumnen "${header}" saknas på bladet ${layout.sheet}.`);
  const letter = columnLetter(layout.firstColumn + i);
  return `${sheetRef(layout.sheet)}!$${letter}:$${letter}`;
}
