import { Agreement, parseAgreement, Sector } from '../domain/agreement';
import { excelSerialToDate, formatDate, tryParseIsoDate } from '../domain/dates';
import {
  AGREEMENT_COLUMNS,
  IMPORT_SOURCE,
  ITEM_COLUMNS,
  ITEM_EXTRA_COLUMNS,
  ITEM_TYPES,
  PARTY_COLUMNS,
  SECTOR_LABELS,
} from './names';
import { CellValue, DATE_FORMAT, INTEGER_FORMAT, KRONOR_FORMAT, PlanCell, num, text } from './plan';
import { isoToSerial } from './status';

export const ALL_ITEM_COLUMNS = [...ITEM_COLUMNS, ...ITEM_EXTRA_COLUMNS] as const;

function dateCell(iso: string | null): PlanCell {
  return iso ? num(isoToSerial(iso), DATE_FORMAT) : text('');
}

function optionalNumber(value: number | null | undefined, format?: string): PlanCell {
  return value === null || value === undefined ? text('') : num(value, format);
}

/** One IOP_Avtal row, in AGREEMENT_COLUMNS order. */
export function agreementRow(a: Agreement, key: string): PlanCell[] {
  const ext = a.validity.extension;
  return [
    text(key),
    text(a.name),
    text(a.targetGroup),
    text(a.purpose),
    optionalNumber(a.places),
    dateCell(a.validity.start),
    dateCell(a.validity.end),
    optionalNumber(ext?.years),
    optionalNumber(ext?.times),
    optionalNumber(a.indexation?.rate, '0.0%'),
    optionalNumber(a.indexation?.baseYear, INTEGER_FORMAT),
    optionalNumber(a.annualTotal, KRONOR_FORMAT),
  ];
}

/** IOP_Parter rows of one agreement, in PARTY_COLUMNS order. */
export function partyRows(a: Agreement, key: string): PlanCell[][] {
  return a.parties.map((p) => [text(key), text(a.name), text(p.name), text(p.orgNumber), text(SECTOR_LABELS[p.sector]), text(p.unit)]);
}

/** IOP_Poster rows of one agreement (cost items, then stated contributions), in ALL_ITEM_COLUMNS order. */
export function itemRows(a: Agreement, key: string): PlanCell[][] {
  const sectorOf = (party: string) => {
    const p = a.parties.find((x) => x.name === party);
    return p ? SECTOR_LABELS[p.sector] : '';
  };
  const items = a.costItems.map((c) => [
    text(key),
    text(a.name),
    text(ITEM_TYPES.costItem),
    text(c.party),
    text(sectorOf(c.party)),
    text(c.label),
    num(c.annualAmount, KRONOR_FORMAT),
    optionalNumber(c.quantity),
    optionalNumber(c.fte),
    optionalNumber(c.hours),
    text(IMPORT_SOURCE),
  ]);
  const contributions = a.contributions.map((c) => [
    text(key),
    text(a.name),
    text(ITEM_TYPES.contribution),
    text(c.party),
    text(sectorOf(c.party)),
    text(''),
    num(c.annualAmount, KRONOR_FORMAT),
    text(''),
    text(''),
    text(''),
    text(IMPORT_SOURCE),
  ]);
  return [...items, ...contributions];
}

/* Reading back: the workbook is the source of truth, and people edit it. */

export interface RawTable {
  headers: string[];
  rows: CellValue[][];
}

function blank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function cellText(v: CellValue | undefined): string | null {
  if (blank(v)) return null;
  return String(v).trim();
}

function cellNumber(v: CellValue | undefined): number | null | 'invalid' {
  if (blank(v)) return null;
  if (typeof v === 'number') return v;
  const parsed = Number(String(v).replace(/\s|kr/g, '').replace(',', '.').replace(/%$/, ''));
  if (!Number.isFinite(parsed)) return 'invalid';
  return typeof v === 'string' && v.trim().endsWith('%') ? parsed / 100 : parsed;
}

function cellDate(v: CellValue | undefined): string | null | 'invalid' {
  if (blank(v)) return null;
  if (typeof v === 'number') {
    try {
      return formatDate(excelSerialToDate(v));
    } catch {
      return 'invalid';
    }
  }
  const parts = tryParseIsoDate(String(v));
  return parts ? formatDate(parts) : 'invalid';
}

function sectorOf(v: CellValue | undefined): Sector | null {
  const s = (cellText(v) ?? '').toLowerCase();
  if (s === 'offentlig' || s === 'public') return 'public';
  if (s === 'idéburen' || s === 'ideburen' || s === 'civil') return 'civil';
  return null;
}

/** Reads rows as records by header name, so columns the user inserted or moved do not matter. */
function records(table: RawTable | null): Record<string, CellValue>[] {
  if (!table) return [];
  const headers = table.headers.map((h) => String(h ?? '').trim());
  return table.rows
    .filter((r) => r.some((v) => !blank(v)))
    .map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? null])));
}

export interface ReadResult {
  agreements: Agreement[];
  problems: string[];
}

/** Agreements from the three tables; each row that cannot be read becomes a Swedish problem text instead. */
export function agreementsFromTables(avtal: RawTable | null, parter: RawTable | null, poster: RawTable | null): ReadResult {
  const problems: string[] = [];
  const agreements: Agreement[] = [];
  const partyRecords = records(parter);
  const itemRecords = records(poster);
  const known = new Set<string>();
  records(avtal).forEach((r, i) => {
    const where = `Avtal rad ${i + 2}`;
    const key = cellText(r['Avtals-id']);
    const name = cellText(r['Namn']);
    if (!key) {
      problems.push(`${where}: Avtals-id saknas.`);
      return;
    }
    known.add(key);
    const start = cellDate(r['Start']);
    const end = cellDate(r['Slut']);
    const numbers = {
      places: cellNumber(r['Platser']),
      years: cellNumber(r['Förlängning år']),
      times: cellNumber(r['Förlängning gånger']),
      rate: cellNumber(r['Indexsats']),
      baseYear: cellNumber(r['Basår']),
      total: cellNumber(r['Totalt/år']),
    };
    const bad = Object.entries(numbers).filter(([, v]) => v === 'invalid').map(([k]) => k);
    if (start === 'invalid' || end === 'invalid' || bad.length > 0) {
      problems.push(`${where} (${name ?? key}): ogiltigt värde i ${[start === 'invalid' ? 'Start' : '', end === 'invalid' ? 'Slut' : '', ...bad].filter(Boolean).join(', ')}.`);
      return;
    }
    const n = numbers as Record<keyof typeof numbers, number | null>;
    const parties = partyRecords
      .filter((p) => cellText(p['Avtals-id']) === key)
      .map((p) => ({
        name: cellText(p['Part']) ?? '',
        orgNumber: cellText(p['Org.nr']),
        sector: sectorOf(p['Sektor']) ?? ('invalid' as Sector),
        unit: cellText(p['Enhet']),
      }));
    const items = itemRecords.filter((p) => cellText(p['Avtals-id']) === key);
    const amount = (v: CellValue) => {
      const x = cellNumber(v);
      return x === 'invalid' ? Number.NaN : (x ?? 0);
    };
    const optional = (v: CellValue) => {
      const x = cellNumber(v);
      return x === null || x === 'invalid' ? undefined : x;
    };
    const costItems = items
      .filter((p) => cellText(p['Typ']) !== ITEM_TYPES.contribution)
      .map((p) => {
        const item: Agreement['costItems'][number] = { party: cellText(p['Part']) ?? '', label: cellText(p['Benämning']) ?? '', annualAmount: amount(p['Belopp/år']) };
        const quantity = optional(p['Antal']);
        const fte = optional(p['Årsarbetare']);
        const hours = optional(p['Timmar']);
        if (quantity !== undefined) item.quantity = quantity;
        if (fte !== undefined) item.fte = fte;
        if (hours !== undefined) item.hours = hours;
        return item;
      });
    const contributions = items
      .filter((p) => cellText(p['Typ']) === ITEM_TYPES.contribution)
      .map((p) => ({ party: cellText(p['Part']) ?? '', annualAmount: amount(p['Belopp/år']) }));
    const candidate = {
      id: key,
      name: name ?? '',
      parties,
      targetGroup: cellText(r['Målgrupp']),
      purpose: cellText(r['Syfte']),
      places: n.places,
      validity: {
        start,
        end,
        extension: n.years === null ? null : { years: n.years, times: n.times },
      },
      indexation: n.rate === null && n.baseYear === null ? null : { rate: n.rate ?? 0, baseYear: n.baseYear },
      costItems,
      contributions,
      annualTotal: n.total,
    };
    const parsed = parseAgreement(candidate);
    if (parsed.ok) agreements.push(parsed.value);
    else problems.push(...parsed.errors.map((e) => `${where} (${name ?? key}): ${e}`));
  });
  for (const [label, recs] of [
    ['Parter', partyRecords],
    ['Poster', itemRecords],
  ] as const) {
    const orphans = new Set(recs.map((p) => cellText(p['Avtals-id'])).filter((k): k is string => !!k && !known.has(k)));
    for (const k of orphans) problems.push(`${label}: rader med Avtals-id "${k}" saknar avtal i tabellen Avtal.`);
  }
  return { agreements, problems };
}

export { AGREEMENT_COLUMNS, PARTY_COLUMNS };
