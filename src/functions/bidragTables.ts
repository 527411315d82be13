import type { Agreement } from '../domain/agreement';
import { contributionOf, partyAmounts, UNATTRIBUTED_CIVIL } from '../domain/contributions';
import { DomainError } from '../domain/errors';
import { formatKronor } from '../domain/money';
import { partiesYear } from '../domain/schedule';
import { agreementYear } from '../domain/yearReport';
import type { CellValue } from '../workbook/plan';
import { agreementsFromTables, canonicalHeaders, type RawTable } from '../workbook/readTables';
import { TABLE_SPECS, type TableKind } from '../workbook/tableSpec';
import { sectorKey } from './bidrag';
import { functionError } from './functionError';

/*
 * IOP.BIDRAG over the workbook's own tables (IOP_Avtal, IOP_Parter, IOP_Poster and IOP_Belopp): the agreements are
 * read back as the add-in reads them (`agreementsFromTables`) and every figure is the domain's — the civil side
 * with a stated total's remainder when the parties' split is unknown, and a year's amount as the sheets count it
 * (the decided period, indexed from the agreement's own base year and step month, pro rata, stated year amounts).
 * Loaded only when a formula passes IOP_Avtal, so the functions' start file stays small.
 */

type Range = readonly (readonly unknown[])[];

function cellValue(v: unknown): CellValue {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
}

/**
 * A range as a table: with its header row (`IOP_Avtal[#Alla]`) when the first row names the key column, else
 * the data rows alone (`IOP_Avtal`) in our column order.
 */
export function rawTableOf(rows: Range | null | undefined, kind: TableKind, what: string): RawTable | null {
  if (rows === null || rows === undefined) return null;
  if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r))) throw new DomainError('INVALID_AGREEMENT', `${what} är ingen tabell: välj hela tabellen ${TABLE_SPECS[kind].table}.`);
  const columns = TABLE_SPECS[kind].columns;
  const first = canonicalHeaders(rows[0] ?? [], columns);
  const hasHeader = first.includes('Avtals-id');
  const headers = hasHeader ? first : [...columns];
  const body = (hasHeader ? rows.slice(1) : rows).map((r) => r.map(cellValue));
  if (!hasHeader && body.some((r) => r.length < columns.length)) {
    throw new DomainError('INVALID_AGREEMENT', `${what} har för få kolumner: välj hela tabellen ${TABLE_SPECS[kind].table} (gärna med rubrikraden, ${TABLE_SPECS[kind].table}[#Alla]).`);
  }
  // A range of one empty row is Excel's way of passing an empty table.
  return { headers, rows: body.filter((r) => r.some((v: CellValue) => v !== null && v !== '')) };
}

const fold = (s: string) => s.trim().toLowerCase();

/** The amount `who` (a party, or a side) gives in one agreement: at the first year's level, or in `year` as the sheets count it. */
function amountIn(a: Agreement, who: string, side: 'public' | 'civil' | null, year: number | null): number {
  if (year === null) return contributionOf(a, side ?? who);
  const y = agreementYear(a, '', year);
  if (y.standing === 'notRunning') return 0;
  if (y.standing === 'unknown') throw functionError('#N/A', `Okänt om ${a.name} gäller ${year}: ${y.reason ?? ''}`.trim());
  if (side) return y.inYear![side];
  return partiesYear(y.schedule, year, (p) => fold(p) === fold(who), true);
}

/**
 * `who`'s yearly contribution over the agreements in the tables: a party by name (any case), or "Offentlig" /
 * "Idéburen" for a whole side; `year` null for the first year's level. A party whose amount no row states is
 * unknown (its share is in the civil remainder), never 0 kr; so is an agreement whose year cannot be told.
 */
export function contributionFromTables(tables: { avtal: Range; parter: Range | null; poster: Range; belopp: Range | null }, who: string, year: number | null): number {
  const avtal = rawTableOf(tables.avtal, 'agreements', 'Avtalen');
  const parter = rawTableOf(tables.parter, 'parties', 'Parterna');
  if (!parter) throw new DomainError('INVALID_AGREEMENT', 'Ange också tabellen IOP_Parter när IOP_Avtal anges: den säger vilka parter avtalen har.');
  const read = agreementsFromTables(avtal, parter, rawTableOf(tables.poster, 'items', 'Posterna'), rawTableOf(tables.belopp, 'yearAmounts', 'Beloppen per år'));
  if (read.problems.length > 0) {
    const more = read.problems.length > 1 ? ` (och ${read.problems.length - 1} till)` : '';
    throw new DomainError('INVALID_AGREEMENT', `${read.problems[0]}${more}`);
  }
  const key = sectorKey(who);
  const side = key === null ? null : key === 'offentlig' ? 'public' : 'civil';
  const involved = read.agreements.filter((a) => side !== null || partyAmounts(a).some((p) => fold(p.party) === fold(who)));
  if (involved.length === 0) throw functionError('#N/A', `"${who}" finns inte bland avtalens parter.`);
  for (const a of involved) {
    const unstated = partyAmounts(a).find((p) => fold(p.party) === fold(who) && !p.known);
    if (!unstated) continue;
    const remainder = partyAmounts(a).find((p) => p.unattributed);
    throw functionError(
      '#N/A',
      `${a.name}: ${unstated.party}s belopp anges inte${remainder ? `; det ingår i "${UNATTRIBUTED_CIVIL}" (${formatKronor(remainder.annualAmount)} per år)` : ''}. Fråga efter "Idéburen" för hela den idéburna sidan.`,
    );
  }
  return involved.reduce((s, a) => s + amountIn(a, who, side, year), 0);
}
