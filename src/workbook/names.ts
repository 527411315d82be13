/**
 * Names shared by the sheet plans, the Office.js writer/reader and the IOP.* custom functions.
 * Changing one breaks workbooks already in use: add, never rename.
 */
export const SHEETS = {
  settings: 'Inställningar',
  agreements: 'Avtal',
  items: 'Poster',
  overview: 'Översikt',
  plan: 'Flerårsplan',
} as const;

export const TABLES = { agreements: 'IOP_Avtal', items: 'IOP_Poster' } as const;

/** Workbook-level names on the Inställningar sheet; formulas and the functions runtime read them. */
export const SETTING_NAMES = {
  committee: 'IOP_Namnd',
  baseYear: 'IOP_Basar',
  indexRate: 'IOP_Indexsats',
  socialFeeRate: 'IOP_POpalagg',
} as const;

/**
 * Columns of IOP_Poster, in order. One row per cost item (Typ "Kostnadspost") or stated contribution
 * (Typ "Bidrag"). IOP.BIDRAG reads these by header name, or by this order when given data rows only.
 * New columns may be appended after these; these keep their places.
 */
export const ITEM_COLUMNS = [
  'Avtals-id',
  'Avtal',
  'Typ',
  'Part',
  'Sektor',
  'Benämning',
  'Belopp/år',
  'Antal',
  'Årsarbetare',
  'Timmar',
] as const;

export const ITEM_TYPES = { costItem: 'Kostnadspost', contribution: 'Bidrag' } as const;
export const SECTOR_LABELS = { public: 'Offentlig', civil: 'Idéburen' } as const;
