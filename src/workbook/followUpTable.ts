import type { Agreement } from '../domain/agreement';
import type { FollowUpRecord } from '../domain/followUp';
import { FOLLOW_UP_COLUMNS, FOLLOW_UP_SHEET } from './names';
import { DATE_FORMAT, INTEGER_FORMAT, num, text, type CellValue, type PlanCell } from './plan';
import { isoToSerial } from './status';
import { isBlank, userRow, readDate, readNumber, readText } from './readCells';
import { canonicalHeaders, type RawTable } from './readTables';

export interface FollowUpRead {
  records: FollowUpRecord[];
  /** One Swedish sentence per cell or row that could not be read, naming sheet, row and column. */
  problems: string[];
}

/**
 * Table IOP_Uppfoljning read back as what the committee recorded per agreement and year. A row is matched
 * to its agreement by Avtals-id (else by the agreement's name, for rows typed by hand); a cell that cannot
 * be read is reported and left empty, a row without agreement or year is reported and left out.
 */
export function followUpRecords(table: RawTable | null, agreements: readonly Agreement[]): FollowUpRead {
  const records: FollowUpRecord[] = [];
  const problems: string[] = [];
  if (!table) return { records, problems };
  const sheet = table.sheet ?? FOLLOW_UP_SHEET;
  const headers = canonicalHeaders(table.headers, FOLLOW_UP_COLUMNS);
  const fold = (s: string) => s.trim().toLowerCase();
  table.rows.forEach((cells, i) => {
    const number = table.rowNumbers?.[i] ?? i + 2;
    const { get, where, read } = userRow(sheet, headers, cells, number, problems);
    if (FOLLOW_UP_COLUMNS.every((c) => c === 'Källa' || isBlank(get(c)))) return;
    const key = String(get('Avtals-id') ?? '').trim();
    const name = String(get('Avtal') ?? '').trim();
    const agreement = agreements.find((a) => (key && a.id === key) || (!key && name && fold(a.name) === fold(name)));
    if (!agreement) {
      problems.push(`${where(key ? 'Avtals-id' : 'Avtal')}: "${key || name}" är inget avtal i arbetsboken – raden lästes inte in.`);
      return;
    }
    const year = read('År', (v) => readNumber(v, { whole: true, min: 1900, max: 9999 }));
    if (year === null) {
      if (!problems.some((p) => p.startsWith(where('År')))) problems.push(`${where('År')}: saknas – raden lästes inte in.`);
      return;
    }
    const id = agreement.id ?? agreement.name;
    if (records.some((r) => r.agreement === id && r.year === year)) {
      problems.push(`${where('År')}: ${year} står två gånger för "${agreement.name}" – den senare raden lästes inte in.`);
      return;
    }
    const count = (v: CellValue) => readNumber(v, { min: 0 });
    records.push({
      agreement: id,
      year,
      participants: read('Deltagare', (v) => readNumber(v, { whole: true, min: 0 })),
      placesUsed: read('Helårsplatser använda', count),
      reportReceived: read('Rapport inkommen', readDate),
      meetingsHeld: read('Möten', (v) => readNumber(v, { whole: true, min: 0 })),
      comment: read('Kommentar', readText) ?? '',
    });
  });
  return { records, problems };
}

/** IOP_Uppfoljning rows for recorded follow-up (a record names its agreement by key, else by name). */
export function followUpRows(agreements: readonly Agreement[], keys: readonly string[], records: readonly FollowUpRecord[]): PlanCell[][] {
  return records.flatMap((r) => {
    const i = keys.indexOf(r.agreement) >= 0 ? keys.indexOf(r.agreement) : agreements.findIndex((a) => a.id === r.agreement || a.name === r.agreement);
    if (i < 0) return [];
    const n = (v: number | null, format?: string) => (v === null ? text('') : num(v, format));
    return [[
      text(keys[i]),
      text(agreements[i].name),
      num(r.year, INTEGER_FORMAT),
      n(r.participants, INTEGER_FORMAT),
      n(r.placesUsed),
      r.reportReceived ? num(isoToSerial(r.reportReceived), DATE_FORMAT) : text(''),
      n(r.meetingsHeld, INTEGER_FORMAT),
      text(r.comment),
      text(''),
    ]];
  });
}
