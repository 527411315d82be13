import type { Contribution, CostItem } from '../domain/agreement';
import { partyAnnualAmount, partySourceItems, type ItemsOf } from '../domain/contributions';
import { DomainError } from '../domain/errors';
import { requireAmount } from '../domain/money';
import { ITEM_COLUMNS, ITEM_TYPES, SECTOR_LABELS } from '../workbook/names';

/**
 * IOP.BIDRAG over the IOP_Poster table alone: one party's yearly amount at the first year's level, by the domain's
 * rule (a party's stated contributions, Typ "Bidrag", replace its cost items; `partySourceItems`). `who` is a party
 * name, or a sector ("Offentlig"/"Idéburen") for the whole side. A stated total's civil remainder needs the
 * agreements' own table (IOP_Avtal): that is `bidragTables.ts`, loaded when the table is given.
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

/** "Offentlig", "Idéburen" (and the model's "public", "civil"): the sector label as IOP_Poster writes it, else null. */
export function sectorKey(who: string): string | null {
  const w = who.trim().toLowerCase();
  if (w === SECTOR_LABELS.public.toLowerCase() || w === 'public') return SECTOR_LABELS.public.toLowerCase();
  if (w === SECTOR_LABELS.civil.toLowerCase() || w === 'civil' || w === 'ideburen') return SECTOR_LABELS.civil.toLowerCase();
  return null;
}

/** The rows of one agreement as its items, parties by their folded names; an unreadable amount kept for its message. */
interface AgreementItems extends ItemsOf {
  bad: Map<Contribution | CostItem, { amount: Cell; party: Cell }>;
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
  const agreements = new Map<string, AgreementItems>();
  for (const r of matching) {
    const key = norm(r[index.agreement]);
    const items: AgreementItems = agreements.get(key) ?? { contributions: [], costItems: [], bad: new Map() };
    agreements.set(key, items);
    const amount = r[index.amount];
    // An empty amount is nothing to add, but a row of its type all the same ("Bidrag" replaces the cost items).
    const valid = amount === null || amount === '' || (typeof amount === 'number' && Number.isFinite(amount) && amount >= 0);
    const item = { party: norm(r[index.party]), label: '', annualAmount: valid && typeof amount === 'number' ? amount : 0 };
    if (norm(r[index.type]) === ITEM_TYPES.contribution.toLowerCase()) items.contributions.push(item);
    else items.costItems.push(item);
    if (!valid) items.bad.set(item, { amount, party: r[index.party] });
  }
  let sum = 0;
  for (const items of agreements.values()) {
    for (const party of new Set([...items.contributions, ...items.costItems].map((i) => i.party))) {
      const bad = partySourceItems(items, party).find((i) => items.bad.has(i));
      const shown = bad && items.bad.get(bad)!;
      if (shown) throw new DomainError('INVALID_NUMBER', `Beloppet "${String(shown.amount)}" för ${String(shown.party)} är inget giltigt belopp.`);
      sum += requireAmount(partyAnnualAmount(items, party), `Beloppet för ${party}`);
    }
  }
  // The range for money holds for the sum too: a side's yearly amount is one yearly figure.
  return requireAmount(sum, 'Summan');
}
