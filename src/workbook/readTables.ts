import { Agreement, parseAgreement } from '../domain/agreement';
import { TABLES } from './names';
import type { CellValue } from './plan';
import { CellRead, isBlank, readAmount, readDate, readHostText, readItemType, readMonthDay, readNumber, readOrgNumber, readRate, readSector, readText } from './readCells';
import { readInvoicingTerms } from './invoicingTerms';
import { TABLE_SPECS, TableKind } from './tableSpec';

/* Reading back: the workbook is the source of truth, and people edit it. */

export interface RawTable {
  headers: string[];
  rows: CellValue[][];
  /** The sheet row (1-based) of each row, for messages; by default the header is row 1 and no row is missing. */
  rowNumbers?: number[];
  /** The zero-based position in the table's body of each row (default: its index; blank rows left out move the rest). */
  bodyIndex?: number[];
  /** The sheet the table is on, for messages (default: its usual sheet). */
  sheet?: string;
  /** The rows' formulas, when known: a formula cell without a value is reported as such. */
  formulas?: unknown[][];
  /**
   * Which cells hold an error value, when the host says (its value types): then only those are errors, and
   * a text that reads like one ("#N/A") is read as the text it is.
   */
  errors?: boolean[][];
}

/** A cell whose text was read unambiguously, in the form the report formulas need (a number, a label). */
export interface CellFix {
  table: TableKind;
  /** Index into the RawTable's rows. */
  row: number;
  column: string;
  value: number | string;
  format?: string;
}

export interface ReadResult {
  agreements: Agreement[];
  /** Each agreement's row in IOP_Avtal (1-based within the body), by key: what MATCH finds in the report formulas. */
  positions: Map<string, number>;
  /** Where each agreement's IOP_Poster rows stand (1-based within the body), by key: what MATCH and COUNTIF find. */
  itemSpans: Map<string, { first: number; count: number; contiguous: boolean }>;
  problems: string[];
  fixes: CellFix[];
}

function foldHeader(h: string): string {
  return h.normalize('NFC').toLowerCase().replace(/[\s\u00a0.\-_]+/g, '');
}

/**
 * Headers with ours spelled as we spell them, so " belopp/år" or "Org nr" typed by a user still count as the
 * column; other headers (the user's own columns) are kept as they are.
 */
export function canonicalHeaders(headers: readonly unknown[], columns: readonly string[]): string[] {
  const out = headers.map((h) => String(h ?? '').trim());
  for (const c of columns) {
    if (out.includes(c)) continue;
    const at = out.findIndex((h) => !columns.includes(h) && foldHeader(h) === foldHeader(c));
    if (at >= 0) out[at] = c;
  }
  return out;
}

interface Row {
  /** Index into the RawTable's rows. */
  index: number;
  /** 1-based position in the table's body. */
  position: number;
  number: number;
  get: (column: string) => CellValue;
  formula: (column: string) => string | null;
  /** The host reports the cell as text, not an error value. */
  hostText: (column: string) => boolean;
}

/** One table's rows by header name, so inserted, moved and extra columns do not matter. */
class TableReader {
  readonly sheet: string;
  readonly headers: string[];
  readonly rows: Row[] = [];
  readonly missing: string[];
  readonly missingRequired: string[];

  constructor(
    readonly kind: TableKind,
    table: RawTable | null,
    private readonly problems: string[],
    private readonly fixes: CellFix[],
  ) {
    const info = TABLE_SPECS[kind];
    this.sheet = table?.sheet ?? info.sheet;
    this.headers = table ? canonicalHeaders(table.headers, info.columns) : [];
    // Our calculated columns are written, not read: a table without them (an older workbook) reads the same.
    this.missing = table ? info.columns.filter((c) => !this.headers.includes(c) && c !== 'Källa' && !info.calculated.includes(c) && !info.optionalColumns?.includes(c)) : [];
    this.missingRequired = table ? info.required.filter((c) => !this.headers.includes(c)) : [...info.required];
    if (!table) return;
    // Our data columns: a calculated column has a value in every row, a blank one too.
    const ours = info.columns.filter((c) => !info.calculated.includes(c)).map((c) => this.headers.indexOf(c)).filter((i) => i >= 0);
    table.rows.forEach((cells, index) => {
      // A row with nothing in our data columns is blank or holds a user's note in their own column: not data.
      // `formulas` shows text that begins with "=" as it is: a formula is one whose value differs from its text.
      const formulaAt = (i: number) => {
        const f = table.formulas?.[index]?.[i];
        return typeof f === 'string' && f.length > 1 && f.startsWith('=') && f !== cells[i] ? f : null;
      };
      if (ours.every((i) => isBlank(cells[i]) && !formulaAt(i))) return;
      const at = (c: string) => this.headers.indexOf(c);
      this.rows.push({
        index,
        position: (table.bodyIndex?.[index] ?? index) + 1,
        number: table.rowNumbers?.[index] ?? index + 2,
        get: (c) => (at(c) < 0 ? null : (cells[at(c)] ?? null)),
        formula: (c) => (at(c) < 0 ? null : formulaAt(at(c))),
        hostText: (c) => at(c) >= 0 && table.errors?.[index]?.[at(c)] === false && typeof cells[at(c)] === 'string',
      });
    });
  }

  where(row: Row, column: string): string {
    return `${this.sheet} rad ${row.number}, kolumn ${column}`;
  }

  /**
   * Reads one cell. A failure is reported with sheet, row and column and what happens to the agreement:
   * `required` leaves it out (returns 'failed'), otherwise the agreement is read without the value.
   */
  read<T>(row: Row, column: string, reader: (v: CellValue) => CellRead<T>, consequence: { required: boolean; agreement: string }): T | null | 'failed' {
    const v = row.get(column);
    const formula = row.formula(column);
    let result = reader === readText && row.hostText(column) ? (readHostText(v) as CellRead<T>) : reader(v);
    if (result.ok && result.value === null && formula) result = { ok: false, reason: `formeln ${formula} gav inget värde` };
    if (result.ok && result.fix && !formula) this.fixes.push({ table: this.kind, row: row.index, column, ...result.fix });
    if (result.ok) return result.value;
    const then = consequence.required ? `avtalet "${consequence.agreement}" lästes inte in` : `värdet lästes inte in`;
    this.problems.push(`${this.where(row, column)}: ${result.reason} – ${then}.`);
    return consequence.required ? 'failed' : null;
  }

  key(row: Row): string | null {
    const k = readText(row.get('Avtals-id'));
    return k.ok && k.value ? k.value : null;
  }
}

function rowList(rows: Row[]): string {
  const numbers = rows.map((r) => r.number);
  return numbers.length === 1 ? `rad ${numbers[0]}` : `rad ${numbers.slice(0, -1).join(', ')} och ${numbers[numbers.length - 1]}`;
}

/**
 * Agreements from the three tables. Values that can mean only one thing are read (and offered as `fixes`);
 * anything else is a Swedish problem naming sheet, row and column, and the agreement is read without the value
 * (when optional) or left out (when it is needed for amounts or periods) — never a guessed number.
 */
export function agreementsFromTables(avtal: RawTable | null, parter: RawTable | null, poster: RawTable | null, belopp: RawTable | null = null): ReadResult {
  const problems: string[] = [];
  const fixes: CellFix[] = [];
  const A = new TableReader('agreements', avtal, problems, fixes);
  const P = new TableReader('parties', parter, problems, fixes);
  const I = new TableReader('items', poster, problems, fixes);
  const Y = new TableReader('yearAmounts', belopp, problems, fixes);
  const agreements: Agreement[] = [];
  const positions = new Map<string, number>();
  const itemSpans = new Map<string, { first: number; count: number; contiguous: boolean }>();
  if (!avtal) return { agreements, positions, itemSpans, problems, fixes };

  for (const [t, table] of [
    [A, avtal],
    [P, parter],
    [I, poster],
    [Y, belopp],
  ] as const) {
    const tableName = TABLE_SPECS[t.kind].table;
    // A workbook from before IOP_Belopp existed has no amounts per year: nothing is missing.
    if (!table && TABLE_SPECS[t.kind].optional) continue;
    if (!table) problems.push(`Tabellen ${tableName} (bladet ${t.sheet}) saknas – inga avtal lästes in.`);
    else {
      for (const c of t.missing) {
        const required = t.missingRequired.includes(c);
        problems.push(`${t.sheet}: kolumnen "${c}" saknas i tabellen ${tableName} – ${required ? 'avtal med rader där lästes inte in' : 'värdena lästes inte in'}. Har den bytt namn? Ge den namnet "${c}" igen.`);
      }
    }
  }
  if (A.missingRequired.includes('Avtals-id')) return { agreements, positions, itemSpans, problems, fixes };
  const missingRequired = (t: TableReader) => t.missingRequired.length > 0;

  // Keys are matched as SUMIFS does: without regard to case.
  const byKey = <T extends TableReader>(t: T) => {
    const map = new Map<string, Row[]>();
    for (const r of t.rows) {
      const k = t.key(r);
      if (!k) {
        if (t.kind !== 'agreements') problems.push(`${t.where(r, 'Avtals-id')}: saknas – raden hör inte till något avtal och lästes inte in.`);
        continue;
      }
      map.set(k.toLowerCase(), [...(map.get(k.toLowerCase()) ?? []), r]);
    }
    return map;
  };
  const partiesByKey = byKey(P);
  const itemsByKey = byKey(I);
  const yearsByKey = byKey(Y);
  const agreementRows = byKey(A);

  for (const r of A.rows) {
    if (!A.key(r)) problems.push(`${A.where(r, 'Avtals-id')}: saknas – raden lästes inte in.`);
  }
  for (const [k, rows] of agreementRows) {
    if (rows.length > 1) {
      problems.push(`${A.sheet} ${rowList(rows)}, kolumn Avtals-id: "${A.key(rows[0])}" finns på flera rader – avtalet lästes inte in. Ge raderna olika Avtals-id eller ta bort den som inte gäller.`);
      continue;
    }
    const r = rows[0];
    const key = A.key(r)!;
    const nameRead = r.hostText('Namn') ? readHostText(r.get('Namn')) : readText(r.get('Namn'));
    const name = nameRead.ok && nameRead.value ? nameRead.value : key;
    const req = { required: true, agreement: name };
    const opt = { required: false, agreement: name };
    let failed = false;
    const need = <T>(v: T | null | 'failed'): T | null => {
      if (v === 'failed') {
        failed = true;
        return null;
      }
      return v;
    };
    if (!nameRead.ok || !nameRead.value) {
      problems.push(`${A.where(r, 'Namn')}: ${nameRead.ok ? 'saknas' : nameRead.reason} – avtalet "${key}" lästes inte in.`);
      failed = true;
    }
    const partyRows = partiesByKey.get(k) ?? [];
    const itemRowsOf = itemsByKey.get(k) ?? [];
    for (const [t, used] of [
      [A, true],
      [P, partyRows.length > 0],
      [I, itemRowsOf.length > 0],
      [Y, (yearsByKey.get(k) ?? []).length > 0],
    ] as const) {
      if (used && missingRequired(t)) {
        problems.push(`Avtalet "${name}" lästes inte in: kolumnen ${t.missingRequired.map((c) => `"${c}"`).join(', ')} saknas på bladet ${t.sheet}.`);
        failed = true;
      }
    }
    if (failed) continue;

    const start = need(A.read(r, 'Start', readDate, req));
    const end = need(A.read(r, 'Slut', readDate, req));
    if (start && end && end < start) {
      problems.push(`${A.where(r, 'Slut')}: slutdatumet ${end} ligger före startdatumet ${start} – avtalet "${name}" lästes inte in.`);
      failed = true;
    }
    const extendedEnd = A.read(r, 'Förlängt till', readDate, opt);
    const years = need(A.read(r, 'Förlängning år', (v) => readNumber(v, { whole: true, min: 0, max: 50 }), req));
    const times = need(A.read(r, 'Förlängning gånger', (v) => readNumber(v, { whole: true, min: 0, max: 50 }), req));
    if (years === null && times !== null) {
      problems.push(`${A.where(r, 'Förlängning gånger')}: ${times} gånger utan "Förlängning år" – förlängningen lästes inte in.`);
    }
    const rate = need(A.read(r, 'Indexsats', readRate, req));
    const baseYear = need(A.read(r, 'Basår', (v) => readNumber(v, { whole: true, min: 1900, max: 9999 }), req));
    const total = need(A.read(r, 'Totalt/år', readAmount, req));
    const places = A.read(r, 'Platser', (v) => readNumber(v, { min: 0 }), opt);
    const targetGroup = A.read(r, 'Målgrupp', readText, opt);
    const purpose = A.read(r, 'Syfte', readText, opt);
    const months = (v: CellValue) => readNumber(v, { whole: true, min: 0, max: 120 });
    const inForceYear = A.read(r, 'I kraft år', (v) => readNumber(v, { whole: true, min: 1900, max: 9999 }), opt);
    const stepMonth = A.read(r, 'Uppräkningsmånad', (v) => readNumber(v, { whole: true, min: 1, max: 12 }), opt);
    const overviewTarget = A.read(r, 'Kategorisering (översikt)', readText, opt);
    const overviewPurpose = A.read(r, 'Syfte (översikt)', readText, opt);
    const shortTexts = { targetGroup: overviewTarget === 'failed' ? null : overviewTarget, purpose: overviewPurpose === 'failed' ? null : overviewPurpose };
    const noticeMonths = A.read(r, 'Uppsägningstid mån', months, opt);
    const followUpRead = {
      meetingsPerYear: A.read(r, 'Möten/år', (v) => readNumber(v, { whole: true, min: 0, max: 366 }), opt),
      reportsPerYear: A.read(r, 'Rapporter/år', (v) => readNumber(v, { whole: true, min: 0, max: 366 }), opt),
      reportDue: A.read(r, 'Rapport senast', readMonthDay, opt),
      extensionDecisionMonths: A.read(r, 'Förlängningsbeslut mån', months, opt),
    };
    const followUp = Object.fromEntries(Object.entries(followUpRead).map(([k, v]) => [k, v === 'failed' ? null : v]));

    const parties: Agreement['parties'] = [];
    for (const p of partyRows) {
      const partyName = P.read(p, 'Part', readText, req);
      const sector = P.read(p, 'Sektor', readSector, req);
      if (partyName === 'failed' || sector === 'failed') {
        failed = true;
        continue;
      }
      if (partyName === null) problems.push(`${P.where(p, 'Part')}: saknas – avtalet "${name}" lästes inte in.`);
      else if (sector === null) problems.push(`${P.where(p, 'Sektor')}: saknas – skriv Offentlig eller Idéburen; avtalet "${name}" lästes inte in.`);
      if (partyName === null || sector === null) {
        failed = true;
        continue;
      }
      if (parties.some((x) => x.name.toLowerCase() === partyName.toLowerCase())) {
        problems.push(`${P.where(p, 'Part')}: "${partyName}" står två gånger bland avtalets parter – avtalet "${name}" lästes inte in (dess belopp skulle räknas två gånger).`);
        failed = true;
        continue;
      }
      const orgNumber = P.read(p, 'Org.nr', readOrgNumber, opt);
      const unit = P.read(p, 'Enhet', readText, opt);
      parties.push({ name: partyName, orgNumber: orgNumber === 'failed' ? null : orgNumber, sector, unit: unit === 'failed' ? null : unit });
    }

    const costItems: Agreement['costItems'] = [];
    const contributions: Agreement['contributions'] = [];
    for (const p of itemRowsOf) {
      const type = I.read(p, 'Typ', readItemType, req);
      const party = I.read(p, 'Part', readText, req);
      const amount = I.read(p, 'Belopp/år', readAmount, req);
      // Each refused cell has been reported; a row with one is not read further.
      if (type === 'failed' || party === 'failed' || amount === 'failed' || type === null) {
        failed = true;
        continue;
      }
      if (party === null) {
        problems.push(`${I.where(p, 'Part')}: saknas – avtalet "${name}" lästes inte in.`);
        failed = true;
        continue;
      }
      // Parties are matched as SUMIFS matches them, without regard to case; the party's own spelling is used.
      const known = parties.find((x) => x.name.toLowerCase() === party.toLowerCase());
      if (!known) {
        if (partyRows.length === 0 || parties.length === partyRows.length) {
          problems.push(`${I.where(p, 'Part')}: "${party}" finns inte bland avtalets parter på bladet ${P.sheet} – avtalet "${name}" lästes inte in.`);
        }
        failed = true;
        continue;
      }
      if (amount === null) {
        problems.push(`${I.where(p, 'Belopp/år')}: saknas – avtalet "${name}" lästes inte in.`);
        failed = true;
        continue;
      }
      if (type === 'contribution') {
        contributions.push({ party: known.name, annualAmount: amount });
        continue;
      }
      const label = I.read(p, 'Benämning', readText, req);
      if (label === 'failed' || label === null) {
        if (label === null) problems.push(`${I.where(p, 'Benämning')}: saknas – avtalet "${name}" lästes inte in.`);
        failed = true;
        continue;
      }
      const item: Agreement['costItems'][number] = { party: known.name, label, annualAmount: amount };
      const positive = (v: CellValue) => readNumber(v, { positive: true, format: 'General' });
      const quantity = I.read(p, 'Antal', positive, opt);
      const fte = I.read(p, 'Årsarbetare', positive, opt);
      const hours = I.read(p, 'Timmar', positive, opt);
      if (typeof quantity === 'number') item.quantity = quantity;
      if (typeof fte === 'number') item.fte = fte;
      if (typeof hours === 'number') item.hours = hours;
      costItems.push(item);
    }
    for (const p of yearsByKey.get(k) ?? []) {
      const type = Y.read(p, 'Typ', readItemType, req);
      const party = Y.read(p, 'Part', readText, req);
      const label = Y.read(p, 'Benämning', readText, opt);
      const year = Y.read(p, 'År', (v) => readNumber(v, { whole: true, min: 1900, max: 9999 }), req);
      const amount = Y.read(p, 'Belopp', readAmount, req);
      if (type === 'failed' || party === 'failed' || year === 'failed' || amount === 'failed' || type === null) {
        failed = true;
        continue;
      }
      const missing = party === null ? 'Part' : year === null ? 'År' : amount === null ? 'Belopp' : null;
      if (missing) {
        problems.push(`${Y.where(p, missing)}: saknas – avtalet "${name}" lästes inte in.`);
        failed = true;
        continue;
      }
      // The item the amount belongs to, matched as the formulas match it: without regard to case.
      const same = (x: string, y: string | null) => x.toLowerCase() === (y ?? '').toLowerCase();
      const item =
        type === 'contribution'
          ? contributions.find((c) => same(c.party, party))
          : costItems.find((c) => same(c.party, party) && same(c.label, label === 'failed' ? null : label));
      if (!item) {
        const what = type === 'contribution' ? `bidraget från "${party}"` : `posten "${label === 'failed' ? '' : (label ?? '')}" för "${party}"`;
        problems.push(`${Y.where(p, 'Part')}: ${what} finns inte bland avtalets rader på bladet ${I.sheet} – avtalet "${name}" lästes inte in.`);
        failed = true;
        continue;
      }
      if ((item.yearAmounts ?? []).some((y) => y.year === year)) {
        problems.push(`${Y.where(p, 'År')}: ${year} står två gånger för samma post – avtalet "${name}" lästes inte in (beloppet skulle räknas två gånger).`);
        failed = true;
        continue;
      }
      item.yearAmounts = [...(item.yearAmounts ?? []), { year: year!, amount: amount! }];
    }
    if (failed) continue;

    const invoicing = readInvoicingTerms(
      (column, reader) => {
        const v = A.read(r, column, reader, opt);
        return v === 'failed' ? null : v;
      },
      parties,
      (column, reason) => problems.push(`${A.where(r, column)}: ${reason} – värdet lästes inte in.`),
    );
    const candidate = {
      id: key,
      name,
      parties,
      targetGroup: targetGroup === 'failed' ? null : targetGroup,
      purpose: purpose === 'failed' ? null : purpose,
      places: places === 'failed' ? null : places,
      validity: {
        start,
        end,
        extension: years === null ? null : { years, times },
        ...(extendedEnd && extendedEnd !== 'failed' ? { extendedEnd } : {}),
        ...(typeof noticeMonths === 'number' ? { noticeMonths } : {}),
        // A typed start replaces the overview's year (periodStart reads the start first anyway).
        ...(typeof inForceYear === 'number' && !start ? { inForceYear } : {}),
      },
      indexation:
        rate === null && baseYear === null ? null : { rate: rate ?? 0, baseYear, ...(typeof stepMonth === 'number' ? { stepMonth } : {}) },
      costItems,
      contributions,
      annualTotal: total,
      ...(Object.values(followUp).some((v) => v !== null) ? { followUp } : {}),
      ...(shortTexts.targetGroup !== null || shortTexts.purpose !== null ? { overviewText: shortTexts } : {}),
      ...(invoicing ? { invoicing } : {}),
    };
    const parsed = parseAgreement(candidate);
    if (parsed.ok) {
      agreements.push(parsed.value);
      positions.set(key, r.position);
      const at = itemRowsOf.map((x) => x.position);
      itemSpans.set(key, at.length ? { first: Math.min(...at), count: at.length, contiguous: Math.max(...at) - Math.min(...at) === at.length - 1 } : { first: 0, count: 0, contiguous: true });
    }
    else problems.push(...parsed.errors.map((e) => `${A.sheet} rad ${r.number} (${name}): ${e} – avtalet lästes inte in.`));
  }

  for (const [t, map] of [
    [P, partiesByKey],
    [I, itemsByKey],
    [Y, yearsByKey],
  ] as const) {
    for (const [k, rows] of map) {
      if (!agreementRows.has(k)) problems.push(`${t.sheet} ${rowList(rows)}: Avtals-id "${t.key(rows[0])}" finns inte i tabellen ${TABLES.agreements} (bladet ${A.sheet}) – raderna lästes inte in.`);
    }
  }
  return { agreements, positions, itemSpans, problems, fixes };
}

