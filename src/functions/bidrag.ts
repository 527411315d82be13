import { DomainError } from '../domain/errors';
import { ITEM_COLUMNS, ITEM_TYPES, SECTOR_LABELS } from '../workbook/names';

/**
 * Sums one party's yearly amount from rows of the IOP_Poster table, with the same rule as the domain core:
 * per agreement, a party's stated contributions (Typ "Bidrag") when it has any, else its cost items.
 * `who` is a party name, or a sector ("Offentlig"/"Idéburen") for the whole side.
 */
type Cell = string | number | boolean | null;

interface ColumnIndex {
  agreement: number;
  type: number;
  party: number;
  sector: number;
  amount: number;
}

const norm = (v: Cell | undefined) => String(v ?? '').trim().toLowerCase();

function columnIndex(header: Cell[] | undefined): { index: ColumnIndex; hasHeader: boolean } {
  const at = (name: string) => (header ?? []).findIndex((h) => norm(h) === name.toLowerCase());
  const named: ColumnIndex = {
    agreement: at('Avtals-id'),
    type: at('Typ'),
    party: at('Part'),
    sector: at('Sektor'),
    amount: at('Belopp/år'),
  };
  if (named.party >= 0 && named.amount >= 0) return { index: named, hasHeader: true };
  const pos = (name: (typeof ITEM_COLUMNS)[number]) => ITEM_COLUMNS.indexOf(name);
  return {
    index: { agreement: pos('Avtals-id'), type: pos('Typ'), party: pos('Part'), sector: pos('Sektor'), amount: pos('Belopp/år') },
    hasHeader: false,
  };
}

function sectorKey(who: string): string | null {
  const w = who.trim().toLowerCase();
  if (w === SECTOR_LABELS.public.toLowerCase() || w === 'public') return SECTOR_LABELS.public.toLowerCase();
  if (w === SECTOR_LABELS.civil.toLowerCase() || w === 'civil' || w === 'ideburen') return SECTOR_LABELS.civil.toLowerCase();
  return null;
}

export function contributionFromItems(rows: Cell[][], who: string): number {
  if (!Array.isArray(rows) || rows.length === 0) throw new DomainError('INVALID_AGREEMENT', 'Posterna är tomma.');
  const { index, hasHeader } = columnIndex(rows[0]);
  const data = hasHeader ? rows.slice(1) : rows;
  if (data.some((r) => !Array.isArray(r) || r.length <= Math.max(...Object.values(index)))) {
    throw new DomainError('INVALID_AGREEMENT', 'Posterna har för få kolumner: välj hela tabellen IOP_Poster.');
  }
  const sector = sectorKey(who);
  const wanted = who.trim().toLowerCase();
  const matching = data.filter((r) => (sector ? norm(r[index.sector]) === sector : norm(r[index.party]) === wanted));
  if (matching.length === 0) {
    throw new DomainError('INVALID_AGREEMENT', `"${who}" finns inte bland posterna.`);
  }
  // Group per agreement and party, so stated contributions replace that party's items only where they exist.
  const groups = new Map<string, Cell[][]>();
  for (const r of matching) {
    const key = `${norm(r[index.agreement])}\u0000${norm(r[index.party])}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  let sum = 0;
  for (const group of groups.values()) {
    const stated = group.filter((r) => norm(r[index.type]) === ITEM_TYPES.contribution.toLowerCase());
    for (const r of stated.length > 0 ? stated : group.filter((row) => norm(row[index.type]) !== ITEM_TYPES.contribution.toLowerCase())) {
      const amount = r[index.amount];
      if (amount === null || amount === '') continue;
      if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
        throw new DomainError('INVALID_NUMBER', `Beloppet "${String(amount)}" för ${String(r[index.party])} är inget giltigt belopp.`);
      }
      sum += amount;
    }
  }
  return sum;
}
