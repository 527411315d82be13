/**
 * Names shared by the sheet plans, the add-in's writer/reader (src/excel) and the IOP.* custom functions.
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

/** Sheets added by the workbook plans (see docs/workbook.md); the names above keep their meaning. */
export const EXTRA_SHEETS = {
  parties: 'Parter',
  /** The hidden helper sheet of workbooks written before the calculated columns: removed by the next write. */
  calculation: 'Beräkning',
} as const;

export const PARTY_TABLE = 'IOP_Parter';

/**
 * Table IOP_Belopp (sheet Belopp): amounts a document states for one calendar year of one cost item or
 * contribution ("2026: 1 213 000 kr"). A row says: this item costs this much in that year, as stated (not
 * indexed); years without a row use Belopp/år in IOP_Poster, indexed. Append-only, like ITEM_COLUMNS.
 */
export const YEAR_AMOUNT_TABLE = 'IOP_Belopp';
export const YEAR_AMOUNT_SHEET = 'Belopp';
export const YEAR_AMOUNT_COLUMNS = ['Avtals-id', 'Avtal', 'Typ', 'Part', 'Benämning', 'År', 'Belopp', 'Källa'] as const;

/**
 * Table IOP_Uppfoljning (sheet Uppföljning): what the committee recorded about an agreement's year (issue 13).
 * Every row is the user's: no import writes one, and "Källa" (empty, or the user's note) marks them as kept
 * when agreements are saved again. Append-only.
 */
export const FOLLOW_UP_TABLE = 'IOP_Uppfoljning';
export const FOLLOW_UP_SHEET = 'Uppföljning';
export const FOLLOW_UP_COLUMNS = ['Avtals-id', 'Avtal', 'År', 'Deltagare', 'Helårsplatser använda', 'Rapport inkommen', 'Möten', 'Kommentar', 'Källa'] as const;

/**
 * Columns of IOP_Avtal, in order: one row per agreement. Dates are Excel dates; an empty
 * "Förlängning gånger" with "Förlängning år" set means "ett år i taget" without a limit.
 * Append-only, like ITEM_COLUMNS.
 */
export const AGREEMENT_COLUMNS = [
  'Avtals-id',
  'Namn',
  'Målgrupp',
  'Syfte',
  'Platser',
  'Start',
  'Slut',
  'Förlängning år',
  'Förlängning gånger',
  'Indexsats',
  'Basår',
  'Totalt/år',
  // A decided extension's last day (validity.extendedEnd): the agreement period runs to it.
  'Förlängt till',
  // The follow-up the agreement requires (issue 13): optional, an older workbook without them reads as before.
  'Uppsägningstid mån',
  'Möten/år',
  'Rapporter/år',
  'Rapport senast',
  'Förlängningsbeslut mån',
  // Issue 17: an overview row without a start counts from the overview's year (validity.inForceYear); the month
  // the amounts step up each year (indexation.stepMonth, empty = per calendar year); the overview's own short texts.
  'I kraft år',
  'Uppräkningsmånad',
  'Kategorisering (översikt)',
  'Syfte (översikt)',
] as const;

/** Columns of IOP_Parter (sheet Parter), in order: one row per party of an agreement. Append-only. */
export const PARTY_COLUMNS = ['Avtals-id', 'Avtal', 'Part', 'Org.nr', 'Sektor', 'Enhet'] as const;

/*
 * Calculated columns: ours, after the data columns, one formula per row that reads only its own row and the rows
 * of its agreement (src/workbook/calculatedColumns.ts). The reports read them, so any report cell leads in at
 * most two steps to the rows it comes from. Names hold no special characters (no double brackets needed).
 * Append-only, like the data columns.
 */
export const AGREEMENT_CALCULATED_COLUMNS = [
  'Räknas från',
  'Räknas till',
  'Till med förlängningar',
  'Första månad',
  'Sista månad',
  'Sista månad med förlängningar',
  'Basår räknat',
  'Steg månad',
  'Offentlig per år',
  'Ej fördelat per år',
  'Idéburen per år',
  'Nämndens per år',
  'Värde per år',
  'Översiktsår',
  'Indexandel översiktsåret',
  'Månadsandel översiktsåret',
  'Offentlig översiktsåret',
  'Idéburen översiktsåret',
  'Nämndens översiktsåret',
  'Värde översiktsåret',
] as const;
export const PARTY_CALCULATED_COLUMNS = ['Belopp per år', 'Nämner nämnden', 'Nämndens part'] as const;
export const YEAR_AMOUNT_CALCULATED_COLUMNS = ['Räknas', 'Ersätter', 'Sektor', 'Nämndens'] as const;

/**
 * Appended after ITEM_COLUMNS: "Import" marks rows an import wrote, so a re-import replaces exactly those
 * rows and keeps the ones the user added by hand.
 */
export const ITEM_EXTRA_COLUMNS = ['Källa'] as const;
export const IMPORT_SOURCE = 'Import';

export const PERIOD_LABELS = { base: 'Avtalsperiod', extended: 'Med förlängningar' } as const;
export const TOTAL_LABEL = 'Totalt';

/*
 * Issue 18: invoices against the agreement. Append-only, like the columns above.
 * The invoicing terms are columns of IOP_Avtal (after AGREEMENT_COLUMNS); Fakturering holds "i förskott" or "i
 * efterskott", Faktureringsperiod "helår", "halvår", "kvartal" or "månad".
 */
export const INVOICING_COLUMNS = [
  'Faktureringsperiod',
  'Fakturering',
  'Fakturerar',
  'Fakturamottagare',
  'Fakturaadress',
  'GLN',
  'PEPPOL-ID',
  'Mottagarens org.nr',
  'Fakturareferens',
  'Märkning',
  'Fakturatext',
] as const;

/**
 * Table IOP_Fakturaplan (sheet Fakturaplan): what each public party should be invoiced per period, one row per
 * agreement, party and period, written from the domain's plan (src/domain/invoicePlan.ts) whenever agreements are
 * saved or the overview is filled; the amounts and statuses are calculated columns over the agreement tables and
 * IOP_Fakturor.
 */
export const INVOICE_PLAN_TABLE = 'IOP_Fakturaplan';
export const INVOICE_PLAN_SHEET = 'Fakturaplan';
export const INVOICE_PLAN_COLUMNS = ['Avtals-id', 'Avtal', 'Part', 'Fakturerar', 'Period', 'År', 'Från månad', 'Till månad'] as const;
export const INVOICE_PLAN_CALCULATED_COLUMNS = [
  'Belopp',
  'Förfaller',
  'Fakturor',
  'Fakturerat',
  'Avvikelse',
  'Status',
  'Belopp per år',
  'Ersätts',
  'Angivet',
  'Första månad',
  'Sista månad',
  'Steg månad',
  'Indexsats',
  'Basår',
  'Räknas från',
  'I förskott',
] as const;

/**
 * Table IOP_Fakturor (sheet Fakturor): the invoices received, entered in the pane ("Registrera faktura") or typed
 * in the sheet. Every row is the user's: saves, imports and deleting an agreement leave them as they are.
 */
export const INVOICE_TABLE = 'IOP_Fakturor';
export const INVOICE_SHEET = 'Fakturor';
export const INVOICE_COLUMNS = ['Avtals-id', 'Avtal', 'Part', 'Fakturanummer', 'Fakturadatum', 'Period', 'Belopp', 'Referens', 'Attesterad den', 'Attesterad av', 'Kommentar'] as const;
export const INVOICE_CALCULATED_COLUMNS = ['Förväntat', 'Avvikelse', 'Status'] as const;
