import { parseDecimal, readAmount, readDate, readItemType, readNumber, readOrgNumber, readRate, readSector } from '../../src/workbook/readCells';
import { agreementsFromTables, canonicalHeaders } from '../../src/workbook/readTables';
import { AGREEMENT_COLUMNS, ALL_ITEM_COLUMNS, PARTY_COLUMNS } from '../../src/workbook';

const value = <T>(r: { ok: boolean; value?: T | null }) => (r.ok ? r.value : 'refused');

describe('parseDecimal', () => {
  it.each([
    ['1750000', 1750000],
    ['1 750 000', 1750000],
    ['1\u00a0750\u00a0000,50', 1750000.5],
    ['1.750.000', 1750000],
    ['1,750,000', 1750000],
    ['1.750.000,50', 1750000.5],
    ['1,750,000.50', 1750000.5],
    ['1,5', 1.5],
    ['1.5', 1.5],
    // The one Swedish policy (src/domain/swedishNumbers.ts): comma decimal, a point before three digits groups.
    ['0,025', 0.025],
    ['1.750', 1750],
    ['1,750', 1.75],
    ['−200', -200],
    ['1 75 000', null],
    ['1.75.000', null],
    ['1,', null],
    ['', null],
    ['NaN', null],
    ['Infinity', null],
    ['1e6', null],
  ])('%j → %p', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });
});

describe('cell readers', () => {
  it('reads amounts only when they can mean one thing', () => {
    expect(value(readAmount('1 750 000 kr'))).toBe(1750000);
    expect(value(readAmount('1,5 mnkr'))).toBe(1500000);
    expect(value(readAmount('1,1 mnkr'))).toBe(1100000);
    expect(value(readAmount('2 miljoner kronor'))).toBe(2000000);
    expect(value(readAmount('750 tkr'))).toBe(750000);
    expect(value(readAmount('12 000:-'))).toBe(12000);
    expect(value(readAmount('12 000,-'))).toBe(12000);
    expect(value(readAmount(550000))).toBe(550000);
    expect(value(readAmount(''))).toBeNull();
    expect(value(readAmount(-1))).toBe('refused');
    expect(value(readAmount('-1 000 kr'))).toBe('refused');
    expect(value(readAmount('1.750 kr'))).toBe(1750);
    expect(value(readAmount('17 50 kr'))).toBe('refused');
    expect(value(readAmount('500 euro'))).toBe('refused');
    expect(value(readAmount('#VALUE!'))).toBe('refused');
    expect(value(readAmount(true))).toBe('refused');
    // Only text is offered for rewriting, as a number with the kronor format.
    expect(readAmount('1 750 000 kr')).toEqual({ ok: true, value: 1750000, fix: { value: 1750000, format: expect.stringMatching(/kr/) } });
    expect(readAmount(1750000)).toEqual({ ok: true, value: 1750000 });
  });

  it('reads an index rate: a fraction, per cent points or "x %"', () => {
    expect(value(readRate(0.02))).toBe(0.02);
    expect(value(readRate(2))).toBe(0.02);
    expect(value(readRate(1))).toBe(0.01);
    expect(value(readRate('2 %'))).toBe(0.02);
    expect(value(readRate('2,5%'))).toBe(0.025);
    expect(value(readRate('0,5 %'))).toBe(0.005);
    expect(value(readRate(-0.01))).toBe(-0.01);
    expect(value(readRate(100))).toBe('refused');
    expect(value(readRate('150 %'))).toBe('refused');
    expect(value(readRate('KPI'))).toBe('refused');
    expect(readRate(2)).toEqual({ ok: true, value: 0.02, fix: { value: 0.02, format: '0.0%' } });
  });

  it('reads dates: serials and ISO text; refuses a year, other orders and impossible dates', () => {
    expect(value(readDate(45474))).toBe('2024-07-01');
    expect(value(readDate(45474.75))).toBe('2024-07-01');
    expect(value(readDate('2024-07-01'))).toBe('2024-07-01');
    expect(value(readDate('2024-7-1'))).toBe('2024-07-01');
    expect(value(readDate('20240701'))).toBe('2024-07-01');
    expect(value(readDate('45474'))).toBe('2024-07-01');
    expect(value(readDate(2024))).toBe('refused');
    expect(value(readDate('1/7/2024'))).toBe('refused');
    expect(value(readDate('01.07.2024'))).toBe('refused');
    expect(value(readDate('2023-02-29'))).toBe('refused');
    expect(readDate('2024-07-01')).toEqual({ ok: true, value: '2024-07-01', fix: { value: 45474, format: expect.any(String) } });
  });

  it('reads whole numbers and bounds', () => {
    expect(value(readNumber('3', { whole: true }))).toBe(3);
    expect(value(readNumber(1.5, { whole: true }))).toBe('refused');
    expect(value(readNumber(0, { positive: true }))).toBe('refused');
    expect(value(readNumber(51, { max: 50 }))).toBe('refused');
    expect(value(readNumber('1 200'))).toBe(1200);
  });

  it('reads org numbers in canonical form', () => {
    expect(readOrgNumber('8220010022')).toEqual({ ok: true, value: '822001-0022', fix: { value: '822001-0022' } });
    expect(readOrgNumber(8220010022)).toEqual({ ok: true, value: '822001-0022', fix: { value: '822001-0022' } });
    expect(readOrgNumber('822001-0022')).toEqual({ ok: true, value: '822001-0022' });
    expect(value(readOrgNumber('822001-0023'))).toBe('refused');
  });

  it('reads sectors and item types in any case', () => {
    expect(value(readSector('offentlig'))).toBe('public');
    expect(value(readSector('Idéburen'))).toBe('civil');
    expect(value(readSector('IDEELL'))).toBe('civil');
    expect(value(readSector('Ide\u0301buren'))).toBe('civil'); // decomposed é
    expect(value(readSector('privat'))).toBe('refused');
    expect(value(readItemType('bidrag'))).toBe('contribution');
    expect(value(readItemType(''))).toBe('costItem');
    expect(value(readItemType('Intäkt'))).toBe('refused');
  });
});

describe('agreementsFromTables', () => {
  const avtal = (rows: unknown[][]) => ({ headers: [...AGREEMENT_COLUMNS], rows: rows as never });
  const base = ['iop-a', 'A', null, null, null, 45474, 45838, null, null, null, null, null];
  const parter = { headers: [...PARTY_COLUMNS], rows: [['iop-a', 'A', 'Kommunen', null, 'offentlig', null]] as never };
  const poster = (amount: unknown) => ({ headers: [...ALL_ITEM_COLUMNS], rows: [['iop-a', 'A', 'Kostnadspost', 'Kommunen', 'Offentlig', 'Lön', amount, null, null, null, 'Import']] as never });

  it('names sheet rows from rowNumbers and the sheet the table is on', () => {
    const t = { ...poster('17 50'), rowNumbers: [14], sheet: 'Poster 2024' };
    const r = agreementsFromTables(avtal([base]), parter, t);
    expect(r.agreements).toEqual([]);
    expect(r.problems).toEqual([expect.stringMatching(/^Poster 2024 rad 14, kolumn Belopp\/år: "17 50" är inget tal/)]);
  });

  it('offers fixes for text it read', () => {
    const r = agreementsFromTables(avtal([base]), parter, poster('100 000 kr'));
    expect(r.problems).toEqual([]);
    expect(r.agreements[0].costItems[0].annualAmount).toBe(100000);
    expect(r.fixes).toEqual([
      { table: 'parties', row: 0, column: 'Sektor', value: 'Offentlig' },
      { table: 'items', row: 0, column: 'Belopp/år', value: 100000, format: expect.any(String) },
    ]);
  });

  it('matches keys without regard to case, as SUMIFS does', () => {
    const r = agreementsFromTables(avtal([['IOP-A', ...base.slice(1)]]), parter, poster(5));
    expect(r.problems).toEqual([]);
    expect(r.agreements[0].parties).toHaveLength(1);
  });

  it('with no tables at all reads nothing and reports nothing', () => {
    expect(agreementsFromTables(null, null, null)).toEqual({ agreements: [], positions: new Map(), itemSpans: new Map(), problems: [], fixes: [] });
  });

  it('a missing Parter table is reported', () => {
    const r = agreementsFromTables(avtal([base]), null, poster(5));
    expect(r.agreements).toEqual([]);
    expect(r.problems[0]).toMatch(/^Tabellen IOP_Parter \(bladet Parter\) saknas/);
  });

  it('canonicalHeaders maps near spellings of our columns and keeps the user’s', () => {
    expect(canonicalHeaders([' avtals-ID', 'Org nr', 'Kommentar', 'Org.nr'], PARTY_COLUMNS)).toEqual(['Avtals-id', 'Org nr', 'Kommentar', 'Org.nr']);
    expect(canonicalHeaders(['ORG.NR', null, 'sektor '], PARTY_COLUMNS)).toEqual(['Org.nr', '', 'Sektor']);
  });
});
