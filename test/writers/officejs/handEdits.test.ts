/**
 * Officials edit the tables by hand. Each test writes agreements, edits cells as a user would (typing, inserting
 * and deleting rows and columns), then reads back, fills the overview or writes again.
 */
import { fillOverview, readAgreements, writeAgreements } from '../../../src/writers/officejs';
import type { Agreement } from '../../../src/domain/agreement';
import { MemoryWorkbook } from '../../../src/preview/memoryExcel';
import { columnLetter } from '../../../src/workbook/plan';
import { hoppfullFramtid, inkludering, partial } from '../../fixtures/workbook/agreements';

const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0.3142 };
const HOPP = 'iop-hoppfull-framtid';
const INK = 'iop-inkludering-pa-lika-villkor';
const SPR = 'iop-sprakstod-for-foraldralediga';

async function written(agreements: Agreement[] = [hoppfullFramtid, inkludering, partial]): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await writeAgreements(wb.excelContext, agreements, settings);
  return wb;
}

const TABLE_OF: Record<string, string> = { Avtal: 'IOP_Avtal', Parter: 'IOP_Parter', Poster: 'IOP_Poster' };

/** The column letter of a header in a sheet's table. */
function col(wb: MemoryWorkbook, sheet: string, header: string): string {
  const t = wb.table(TABLE_OF[sheet]);
  const row = wb.grid(sheet)[t.row];
  const at = row.findIndex((c, i) => i >= t.column && c.value === header);
  if (at < 0) throw new Error(`${sheet} har ingen kolumn ${header}`);
  return columnLetter(at);
}

/** The formula of the first party's yearly amount on Parter: the calculated column that reads IOP_Poster. */
function partyFormulas(wb: MemoryWorkbook): string {
  const t = wb.table('IOP_Parter');
  return String(wb.cell('Parter', `${col(wb, 'Parter', 'Belopp per år')}${t.row + 2}`).formula ?? '');
}

/** Sheet rows (1-based) of a table's rows matching a predicate on header → value. */
function rows(wb: MemoryWorkbook, sheet: string, match: (get: (h: string) => unknown) => boolean): number[] {
  const t = wb.table(TABLE_OF[sheet]);
  const grid = wb.grid(sheet);
  const headers = grid[t.row].map((c) => c.value);
  const out: number[] = [];
  for (let r = t.row + 1; r < t.row + t.rows; r++) {
    const get = (h: string) => grid[r]?.[headers.indexOf(h)]?.value;
    if (match(get)) out.push(r + 1);
  }
  return out;
}

const keyIs = (key: string) => (get: (h: string) => unknown) => get('Avtals-id') === key;

function type(wb: MemoryWorkbook, sheet: string, header: string, row: number, input: string | number | null): void {
  wb.setCell(sheet, `${col(wb, sheet, header)}${row}`, input);
}

function byId(agreements: Agreement[], id: string): Agreement | undefined {
  return agreements.find((a) => a.id === id);
}

/** Every number in the agreements is finite: a bad cell never becomes NaN. */
function expectFinite(agreements: Agreement[]): void {
  const walk = (v: unknown): void => {
    if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(agreements);
}

/** The first cost item row of an agreement in Poster. */
function firstItemRow(wb: MemoryWorkbook, key: string): number {
  return rows(wb, 'Poster', (g) => g('Avtals-id') === key && g('Typ') === 'Kostnadspost')[0];
}

describe('amounts typed by hand in Poster › Belopp/år', () => {
  it.each([
    ['1 750 000 kr', 1750000],
    ['1\u00a0750\u00a0000', 1750000],
    ['1\u202f750\u202f000 kr', 1750000],
    ['1,5 mnkr', 1500000],
    ['750 tkr', 750000],
    ['1.750.000', 1750000],
    // One Swedish policy for the importer, the pane and the read-back (src/domain/swedishNumbers.ts): a dot before
    // exactly three digits groups thousands, a comma is the decimal sign.
    ['1.750', 1750],
    ['1,750', 1.75],
    ['550000', 550000],
  ])('reads %j as %i and stores it as a number when the overview is filled', async (input, expected) => {
    const wb = await written();
    const r = firstItemRow(wb, HOPP);
    // The leading apostrophe makes it text, as Excel keeps "550000" typed into a text cell.
    type(wb, 'Poster', 'Belopp/år', r, `'${input}`);
    const { agreements, problems } = await readAgreements(wb.excelContext);
    expect(problems).toEqual([]);
    expect(byId(agreements, HOPP)!.costItems[0].annualAmount).toBe(expected);

    const before = wb.syncCount;
    const report = await fillOverview(wb.excelContext, { year: 2019, committee: settings.committee });
    expect(wb.syncCount - before).toBeLessThanOrEqual(4);
    expect(report.problems).toEqual([]);
    // SUMIFS skips text: the cell now holds the number, so the report formulas count it.
    const cell = wb.cell('Poster', `${col(wb, 'Poster', 'Belopp/år')}${r}`);
    expect(cell.value).toBe(expected);
    expect(cell.format).toMatch(/kr/);
  });

  it.each([
    ['ca 500 000', /"ca 500 000" är inget (tal|belopp)/],
    ['1 75 000', /är inget (tal|belopp)/],
    ['500 000 euro', /är inget belopp/],
    ['#REF!', /visar felet #REF!/],
  ])('refuses %j with a problem naming sheet, row and column and leaves the agreement out', async (input, reason) => {
    const wb = await written();
    const r = firstItemRow(wb, HOPP);
    // As text: an English-locale Excel would make "1.750" the number 1.75 itself, which is then a valid amount.
    type(wb, 'Poster', 'Belopp/år', r, `'${input}`);
    const { agreements, problems } = await readAgreements(wb.excelContext);
    expect(byId(agreements, HOPP)).toBeUndefined();
    expect(agreements.map((a) => a.id)).toEqual([INK, SPR]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^Poster rad ${r}, kolumn Belopp/år: `));
    expect(problems[0]).toMatch(reason);
    expect(problems[0]).toMatch(/avtalet "Hoppfull framtid" lästes inte in\.$/);
    expectFinite(agreements);
  });

  it('refuses a negative amount and an empty one (it is not 0)', async () => {
    const wb = await written();
    const [first, second] = rows(wb, 'Poster', keyIs(HOPP));
    type(wb, 'Poster', 'Belopp/år', first, -5000);
    type(wb, 'Poster', 'Belopp/år', second, null);
    const { agreements, problems } = await readAgreements(wb.excelContext);
    expect(byId(agreements, HOPP)).toBeUndefined();
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^Poster rad ${first}, kolumn Belopp/år: -5000 är negativt`)),
      expect.stringMatching(new RegExp(`^Poster rad ${second}, kolumn Belopp/år: saknas`)),
    ]);
  });

  it('reads a stated total typed as text, and refuses a negative one', async () => {
    const wb = await written();
    const [r] = rows(wb, 'Avtal', keyIs(HOPP));
    type(wb, 'Avtal', 'Totalt/år', r, '2 080 500 kr');
    expect(byId((await readAgreements(wb.excelContext)).agreements, HOPP)!.annualTotal).toBe(2080500);
    type(wb, 'Avtal', 'Totalt/år', r, -1);
    const { agreements, problems } = await readAgreements(wb.excelContext);
    expect(byId(agreements, HOPP)).toBeUndefined();
    expect(problems[0]).toMatch(new RegExp(`^Avtal rad ${r}, kolumn Totalt/år: -1 är negativt`));
  });
});

describe('index rate, dates and numbers typed by hand in Avtal', () => {
  it.each([
    [2, 0.02],
    ['2 %', 0.02],
    ['2,5 %', 0.025],
    ['2,5', 0.025],
    ['0,02', 0.02],
    [0.03, 0.03],
  ])('reads Indexsats %j as %d, and the overview stores the fraction', async (input, expected) => {
    const wb = await written();
    const [r] = rows(wb, 'Avtal', keyIs(INK));
    type(wb, 'Avtal', 'Indexsats', r, typeof input === 'string' ? `'${input}` : input);
    const { agreements, problems } = await readAgreements(wb.excelContext);
    expect(problems).toEqual([]);
    expect(byId(agreements, INK)!.indexation!.rate).toBeCloseTo(expected, 12);
    await fillOverview(wb.excelContext, { year: 2021, committee: settings.committee });
    expect(wb.cell('Avtal', `${col(wb, 'Avtal', 'Indexsats')}${r}`).value).toBeCloseTo(expected, 12);
  });

  it('refuses an index rate of 150 and text that is no rate', async () => {
    const wb = await written();
    const [r] = rows(wb, 'Avtal', keyIs(INK));
    type(wb, 'Avtal', 'Indexsats', r, 150);
    let read = await readAgreements(wb.excelContext);
    expect(byId(read.agreements, INK)).toBeUndefined();
    expect(read.problems[0]).toMatch(new RegExp(`^Avtal rad ${r}, kolumn Indexsats: 150 är ingen rimlig indexsats`));
    type(wb, 'Avtal', 'Indexsats', r, 'KPI');
    read = await readAgreements(wb.excelContext);
    expect(read.problems[0]).toMatch(/kolumn Indexsats: "KPI" är inget tal/);
  });

  it.each([
    ["'2024-07-01", '2024-07-01'],
    [45474, '2024-07-01'],
    ["'2024-7-1", '2024-07-01'],
    ["'20240701", '2024-07-01'],
  ])('reads Start %j as %s', async (input, iso) => {
    const wb = await written();
    const [r] = rows(wb, 'Avtal', keyIs(SPR));
    type(wb, 'Avtal', 'Start', r, input);
    const { agreements, problems } = await readAgreements(wb.excelContext);
    expect(problems).toEqual([]);
    expect(byId(agreements, SPR)!.validity.start).toBe(iso);
    await fillOverview(wb.excelContext, { year: 2025, committee: settings.committee });
    // Stored as the date serial the formulas compare with.
    expect(wb.cell('Avtal', `${col(wb, 'Avtal', 'Start')}${r}`).value).toBe(45474);
  });

  it.each([
    [2024, /2024 är inget datum/],
    // Text in a text-formatted cell (typed plainly, Excel would make it a date in the user's locale).
    ["'1/7/2024", /"1\/7\/2024" är inget datum/],
    ['2023-02-29', /är inget datum/],
    ['snart', /"snart" är inget datum/],
  ])('refuses Start %j', async (input, reason) => {
    const wb = await written();
    const [r] = rows(wb, 'Avtal', keyIs(SPR));
    type(wb, 'Avtal', 'Start', r, input);
    const { agreements, problems } = await readAgreements(wb.excelContext);
    expect(byId(agreements, SPR)).toBeUndefined();
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^Avtal rad ${r}, kolumn Start: `))]);
    expect(problems[0]).toMatch(reason);
  });

  it('refuses an end before the start, naming Slut', async () => {
    const wb = await written();
    const [r] = rows(wb, 'Avtal', keyIs(SPR));
    type(wb, 'Avtal', 'Slut', r, "'2024-01-01");
    const { problems } = await readAgreements(wb.excelContext);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^Avtal rad ${r}, kolumn Slut: slutdatumet 2024-01-01 ligger före startdatumet 2024-07-01`))]);
  });

  it('reads the agreement without Platser when it is not a number (it is optional)', async () => {
    const wb = await written();
    const [r] = rows(wb, 'Avtal', keyIs(HOPP));
    type(wb, 'Avtal', 'Platser', r, 'cirka 40');
    const { agreements, problems } = await readAgreements(wb.excelContext);
    expect(byId(agreements, HOPP)!.places).toBeNull();
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^Avtal rad ${r}, kolumn Platser: "cirka 40" är inget tal .*värdet lästes inte in\\.$`))]);
  });

  it('refuses half an extension year and reads "3" typed as text', async () => {
    const wb = await written();
    const [r] = rows(wb, 'Avtal', keyIs(HOPP));
    type(wb, 'Avtal', 'Förlängning gånger', r, "'3");
    expect(byId((await readAgreements(wb.excelContext)).agreements, HOPP)!.validity.extension).toEqual({ years: 2, times: 3 });
    type(wb, 'Avtal', 'Förlängning år', r, 1.5);
    const { agreements, problems } = await readAgreements(wb.excelContext);
    expect(byId(agreements, HOPP)).toBeUndefined();
    expect(problems[0]).toMatch(/kolumn Förlängning år: 1\.5 ska vara ett heltal/);
  });
});

describe('parties typed by hand in Parter', () => {
  it('reads an org number without hyphen in canonical form, and reads the party without an invalid one', async () => {
    const wb = await written();
    const [lk, mission] = rows(wb, 'Parter', keyIs(HOPP));
    type(wb, 'Parter', 'Org.nr', mission, "'8220010022");
    let read = await readAgreements(wb.excelContext);
    expect(read.problems).toEqual([]);
    expect(byId(read.agreements, HOPP)!.parties[1].orgNumber).toBe('822001-0022');
    // Excel turns 10 digits typed without apostrophe into a number.
    type(wb, 'Parter', 'Org.nr', mission, 8220010022);
    expect(byId((await readAgreements(wb.excelContext)).agreements, HOPP)!.parties[1].orgNumber).toBe('822001-0022');

    type(wb, 'Parter', 'Org.nr', lk, '212000-0448');
    read = await readAgreements(wb.excelContext);
    expect(byId(read.agreements, HOPP)!.parties[0]).toMatchObject({ name: 'Linköpings kommun', orgNumber: null });
    expect(read.problems).toEqual([expect.stringMatching(new RegExp(`^Parter rad ${lk}, kolumn Org\\.nr: .*kontrollsiffra.*värdet lästes inte in\\.$`))]);
  });

  it.each([
    ['offentlig', 'Idéburen', 'public', 'civil'],
    ['OFFENTLIG', 'ideell', 'public', 'civil'],
    [' Kommun ', 'idéburen organisation', 'public', 'civil'],
  ])('reads sectors %j and %j', async (lkSector, civilSector, a, b) => {
    const wb = await written();
    const [lk, mission] = rows(wb, 'Parter', keyIs(HOPP));
    type(wb, 'Parter', 'Sektor', lk, lkSector);
    type(wb, 'Parter', 'Sektor', mission, civilSector);
    const { agreements, problems } = await readAgreements(wb.excelContext);
    expect(problems).toEqual([]);
    expect(byId(agreements, HOPP)!.parties.map((p) => p.sector)).toEqual([a, b]);
    await fillOverview(wb.excelContext, { year: 2019, committee: settings.committee });
    expect(wb.cell('Parter', `${col(wb, 'Parter', 'Sektor')}${lk}`).value).toBe('Offentlig');
  });

  it('leaves the agreement out for an unknown or empty sector, or an empty party name', async () => {
    const wb = await written();
    const [lk, mission] = rows(wb, 'Parter', keyIs(HOPP));
    type(wb, 'Parter', 'Sektor', mission, 'privat');
    let read = await readAgreements(wb.excelContext);
    expect(byId(read.agreements, HOPP)).toBeUndefined();
    expect(read.problems).toEqual([expect.stringMatching(new RegExp(`^Parter rad ${mission}, kolumn Sektor: "privat" är ingen sektor`))]);
    type(wb, 'Parter', 'Sektor', mission, null);
    read = await readAgreements(wb.excelContext);
    expect(read.problems).toEqual([expect.stringMatching(new RegExp(`^Parter rad ${mission}, kolumn Sektor: saknas`))]);
    type(wb, 'Parter', 'Sektor', mission, 'Idéburen');
    type(wb, 'Parter', 'Part', lk, null);
    read = await readAgreements(wb.excelContext);
    expect(byId(read.agreements, HOPP)).toBeUndefined();
    expect(read.problems[0]).toMatch(new RegExp(`^Parter rad ${lk}, kolumn Part: saknas`));
  });

  it('names the Poster row whose party is not among the agreement’s parties', async () => {
    const wb = await written();
    const r = firstItemRow(wb, HOPP);
    type(wb, 'Poster', 'Part', r, 'Linköpings Kommun AB');
    const { agreements, problems } = await readAgreements(wb.excelContext);
    expect(byId(agreements, HOPP)).toBeUndefined();
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^Poster rad ${r}, kolumn Part: "Linköpings Kommun AB" finns inte bland avtalets parter på bladet Parter`))]);
  });

  it('matches a party spelled in another case as SUMIFS does', async () => {
    const wb = await written();
    type(wb, 'Poster', 'Part', firstItemRow(wb, HOPP), 'LINKÖPINGS KOMMUN');
    const { agreements, problems } = await readAgreements(wb.excelContext);
    expect(problems).toEqual([]);
    expect(byId(agreements, HOPP)!.costItems[0].party).toBe('Linköpings kommun');
  });

  it('a party row deleted from Parter leaves the agreement out; writing it again restores the row', async () => {
    const wb = await written();
    const [, mission] = rows(wb, 'Parter', keyIs(HOPP));
    wb.deleteRow('Parter', mission);
    const read = await readAgreements(wb.excelContext);
    expect(byId(read.agreements, HOPP)).toBeUndefined();
    expect(read.agreements).toHaveLength(2);
    expect(read.problems.length).toBeGreaterThan(0);
    expect(read.problems.every((p) => /^Poster rad \d+, kolumn Part: "Linköpings Stadsmission" finns inte bland avtalets parter/.test(p))).toBe(true);

    const report = await writeAgreements(wb.excelContext, [hoppfullFramtid], settings);
    expect(report).toMatchObject({ added: 0, updated: 1, problems: [] });
    const back = await readAgreements(wb.excelContext);
    expect(back.problems).toEqual([]);
    expect(back.agreements.map((a) => a.id)).toEqual([HOPP, INK, SPR]);
    expect(rows(wb, 'Parter', keyIs(HOPP))).toHaveLength(2);
  });

  it('a party listed twice is refused (its amounts would be counted twice)', async () => {
    const wb = await written();
    const [lk] = rows(wb, 'Parter', keyIs(HOPP));
    wb.insertRows('Parter', lk + 1);
    ['Avtals-id', 'Avtal', 'Part', 'Org.nr', 'Sektor'].forEach((h) => type(wb, 'Parter', h, lk + 1, wb.cell('Parter', `${col(wb, 'Parter', h)}${lk}`).value as string));
    const { agreements, problems } = await readAgreements(wb.excelContext);
    expect(byId(agreements, HOPP)).toBeUndefined();
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^Parter rad ${lk + 1}, kolumn Part: "Linköpings kommun" står två gånger`))]);
  });
});

describe('rows and columns changed by hand', () => {
  it('a required cell left empty: Namn, Avtals-id', async () => {
    const wb = await written();
    const [r] = rows(wb, 'Avtal', keyIs(INK));
    type(wb, 'Avtal', 'Namn', r, null);
    let read = await readAgreements(wb.excelContext);
    expect(read.agreements.map((a) => a.id)).toEqual([HOPP, SPR]);
    expect(read.problems).toEqual([`Avtal rad ${r}, kolumn Namn: saknas – avtalet "${INK}" lästes inte in.`]);
    type(wb, 'Avtal', 'Namn', r, 'Inkludering på lika villkor');
    type(wb, 'Avtal', 'Avtals-id', r, null);
    read = await readAgreements(wb.excelContext);
    expect(read.problems).toContain(`Avtal rad ${r}, kolumn Avtals-id: saknas – raden lästes inte in.`);
    expect(read.problems.some((p) => p.startsWith('Parter rad') && p.includes(`"${INK}" finns inte i tabellen IOP_Avtal`))).toBe(true);
  });

  it('duplicate Avtals-id rows: reported, left out, and kept by the next write (never merged away or multiplied)', async () => {
    const wb = await written();
    const t = wb.table('IOP_Avtal');
    const [r] = rows(wb, 'Avtal', keyIs(HOPP));
    const copy = t.row + t.rows + 1;
    wb.extendTable('IOP_Avtal', { rows: 1 });
    for (let c = 0; c < t.columns; c++) {
      const v = wb.cell('Avtal', `${columnLetter(c)}${r}`).value;
      wb.setCell('Avtal', `${columnLetter(c)}${copy}`, typeof v === 'string' ? `'${v}` : (v as number | null));
    }
    type(wb, 'Avtal', 'Platser', copy, 45);
    let read = await readAgreements(wb.excelContext);
    expect(read.agreements.map((a) => a.id)).toEqual([INK, SPR]);
    expect(read.problems).toEqual([expect.stringMatching(new RegExp(`^Avtal rad ${r} och ${copy}, kolumn Avtals-id: "${HOPP}" finns på flera rader`))]);

    await writeAgreements(wb.excelContext, [hoppfullFramtid], settings);
    expect(rows(wb, 'Avtal', keyIs(HOPP))).toEqual([r, copy]);
    expect(wb.cell('Avtal', `${col(wb, 'Avtal', 'Platser')}${copy}`).value).toBe(45);
    read = await readAgreements(wb.excelContext);
    expect(read.problems).toHaveLength(1);
    // Deleting the copy resolves it.
    wb.deleteRow('Avtal', copy);
    read = await readAgreements(wb.excelContext);
    expect(read.problems).toEqual([]);
    expect(read.agreements).toHaveLength(3);
  });

  it('reads columns the user reordered, and writes under the right headers again', async () => {
    const wb = await written();
    swapColumns(wb, 'Poster', col(wb, 'Poster', 'Benämning'), col(wb, 'Poster', 'Belopp/år'));
    swapColumns(wb, 'Avtal', col(wb, 'Avtal', 'Start'), col(wb, 'Avtal', 'Slut'));
    let read = await readAgreements(wb.excelContext);
    expect(read.problems).toEqual([]);
    expect(read.agreements.map(({ id: _id, ...a }) => a)).toEqual([hoppfullFramtid, inkludering, partial]);

    const changed = { ...inkludering, costItems: inkludering.costItems.map((c, i) => (i === 0 ? { ...c, annualAmount: 220000 } : c)) };
    await writeAgreements(wb.excelContext, [changed], settings);
    read = await readAgreements(wb.excelContext);
    expect(read.problems).toEqual([]);
    expect(byId(read.agreements, INK)!.costItems[0].annualAmount).toBe(220000);
    expect(byId(read.agreements, INK)!.validity).toEqual(inkludering.validity);
    // The report formulas follow the moved columns.
    const amountCol = col(wb, 'Poster', 'Belopp/år');
    expect(amountCol).toBe('F');
    // The formulas (a party's amount on Parter) address the column by its name, wherever it stands.
    expect(partyFormulas(wb)).toContain('SUMIFS(IOP_Poster[[Belopp/år]],');
  });

  it('a renamed required column: problem, no crash; fill and write put the column back and keep the renamed one', async () => {
    const wb = await written();
    const amount = col(wb, 'Poster', 'Belopp/år');
    wb.setCell('Poster', `${amount}1`, 'Belopp per år');
    const read = await readAgreements(wb.excelContext);
    expect(read.agreements).toEqual([]);
    expect(read.problems[0]).toBe('Poster: kolumnen "Belopp/år" saknas i tabellen IOP_Poster – avtal med rader där lästes inte in. Har den bytt namn? Ge den namnet "Belopp/år" igen.');
    expect(read.problems).toContain('Avtalet "Hoppfull framtid" lästes inte in: kolumnen "Belopp/år" saknas på bladet Poster.');

    const before = wb.syncCount;
    const filled = await fillOverview(wb.excelContext, { year: 2021, committee: settings.committee });
    expect(wb.syncCount - before).toBeLessThanOrEqual(4);
    expect(filled.agreements).toBe(0);
    expect(col(wb, 'Poster', 'Belopp/år')).toBe('L');

    await writeAgreements(wb.excelContext, [hoppfullFramtid, inkludering, partial], settings);
    const back = await readAgreements(wb.excelContext);
    expect(back.problems).toEqual([]);
    expect(back.agreements).toHaveLength(3);
    // The user's renamed column is theirs now: kept with its values.
    expect(wb.cell('Poster', `${amount}1`).value).toBe('Belopp per år');
    expect(wb.cell('Poster', `${amount}2`).value).toBe(550000);
    expect(wb.cell('Poster', 'L1').value).toBe('Belopp/år');
    expect(partyFormulas(wb)).toContain('SUMIFS(IOP_Poster[[Belopp/år]],');
  });

  it('reads headers typed in another case or with stray spaces', async () => {
    const wb = await written();
    wb.setCell('Poster', `${col(wb, 'Poster', 'Belopp/år')}1`, ' belopp/ÅR ');
    wb.setCell('Parter', `${col(wb, 'Parter', 'Org.nr')}1`, 'Org nr');
    const read = await readAgreements(wb.excelContext);
    expect(read.problems).toEqual([]);
    expect(read.agreements).toHaveLength(3);
    await writeAgreements(wb.excelContext, [inkludering], settings);
    expect(wb.table('IOP_Poster').columns).toBe(11);
    expect((await readAgreements(wb.excelContext)).agreements).toHaveLength(3);
  });

  it('a deleted optional column: read without it; the next write adds it back at the end', async () => {
    const wb = await written();
    wb.deleteColumn('Avtal', col(wb, 'Avtal', 'Syfte'));
    let read = await readAgreements(wb.excelContext);
    expect(read.agreements).toHaveLength(3);
    expect(read.agreements.every((a) => a.purpose === null)).toBe(true);
    expect(read.problems).toEqual(['Avtal: kolumnen "Syfte" saknas i tabellen IOP_Avtal – värdena lästes inte in. Har den bytt namn? Ge den namnet "Syfte" igen.']);
    await fillOverview(wb.excelContext, { year: 2021, committee: settings.committee });
    await writeAgreements(wb.excelContext, [hoppfullFramtid, inkludering, partial], settings);
    read = await readAgreements(wb.excelContext);
    expect(read.problems).toEqual([]);
    expect(read.agreements.map(({ id: _id, ...a }) => a)).toEqual([hoppfullFramtid, inkludering, partial]);
  });

  it('a deleted required column leaves every agreement out with one problem per agreement', async () => {
    const wb = await written();
    wb.deleteColumn('Avtal', col(wb, 'Avtal', 'Start'));
    const read = await readAgreements(wb.excelContext);
    expect(read.agreements).toEqual([]);
    expect(read.problems).toEqual([
      'Avtal: kolumnen "Start" saknas i tabellen IOP_Avtal – avtal med rader där lästes inte in. Har den bytt namn? Ge den namnet "Start" igen.',
      'Avtalet "Hoppfull framtid" lästes inte in: kolumnen "Start" saknas på bladet Avtal.',
      'Avtalet "Inkludering på lika villkor" lästes inte in: kolumnen "Start" saknas på bladet Avtal.',
      'Avtalet "Språkstöd för föräldralediga" lästes inte in: kolumnen "Start" saknas på bladet Avtal.',
    ]);
    await expect(fillOverview(wb.excelContext, { year: 2021, committee: settings.committee })).resolves.toMatchObject({ agreements: 0 });
  });

  it('a user column inserted in the middle with notes, and note rows in between, survive two re-imports', async () => {
    const wb = await written();
    wb.insertColumns('Poster', col(wb, 'Poster', 'Belopp/år'));
    const note = col(wb, 'Poster', 'Benämning').charCodeAt(0) + 1;
    const noteCol = String.fromCharCode(note);
    wb.setCell('Poster', `${noteCol}1`, 'Kommentar');
    const r = firstItemRow(wb, INK);
    wb.setCell('Poster', `${noteCol}${r}`, 'Avstämt med IKF');
    // A note row inside the table, the note in the user's column only.
    wb.insertRows('Poster', r);
    wb.setCell('Poster', `${noteCol}${r}`, 'Nedan: IKF:s poster');
    let read = await readAgreements(wb.excelContext);
    expect(read.problems).toEqual([]);
    expect(read.agreements.map(({ id: _id, ...a }) => a)).toEqual([hoppfullFramtid, inkludering, partial]);

    for (let i = 0; i < 2; i++) {
      const report = await writeAgreements(wb.excelContext, [inkludering, hoppfullFramtid], settings);
      expect(report).toMatchObject({ added: 0, updated: 2, problems: [] });
    }
    read = await readAgreements(wb.excelContext);
    expect(read.agreements).toHaveLength(3);
    expect(rows(wb, 'Avtal', keyIs(INK))).toHaveLength(1);
    expect(rows(wb, 'Poster', keyIs(INK))).toHaveLength(inkludering.costItems.length);
    const notes = wb.grid('Poster').map((row) => row[note - 65]?.value);
    expect(notes).toContain('Nedan: IKF:s poster');
    expect(notes).toContain('Avstämt med IKF');
    const noted = wb.grid('Poster').findIndex((row) => row[note - 65]?.value === 'Avstämt med IKF');
    expect(wb.cell('Poster', `${col(wb, 'Poster', 'Benämning')}${noted + 1}`).value).toBe(inkludering.costItems[0].label);
    expect(col(wb, 'Poster', 'Belopp/år')).toBe('H');
    expect(partyFormulas(wb)).toContain('SUMIFS(IOP_Poster[[Belopp/år]],');
  });

  it('a fully blank row inside a table and rows inserted above it: row numbers in problems are sheet rows', async () => {
    const wb = await written();
    const [ink] = rows(wb, 'Avtal', keyIs(INK));
    wb.insertRows('Avtal', ink); // blank row inside the table
    wb.insertRows('Avtal', 1, 2); // a title above the table
    wb.setCell('Avtal', 'A1', 'Avtal inom AN');
    const [now] = rows(wb, 'Avtal', keyIs(INK));
    expect(now).toBe(ink + 3);
    type(wb, 'Avtal', 'Start', now, 'snart');
    const read = await readAgreements(wb.excelContext);
    expect(read.problems).toEqual([expect.stringMatching(new RegExp(`^Avtal rad ${now}, kolumn Start:`))]);
    expect(read.agreements).toHaveLength(2);
    type(wb, 'Avtal', 'Start', now, 44197);
    const report = await writeAgreements(wb.excelContext, [partial], settings);
    expect(report.problems).toEqual([]);
    expect(wb.cell('Avtal', 'A1').value).toBe('Avtal inom AN');
    expect((await readAgreements(wb.excelContext)).agreements).toHaveLength(3);
  });

  it('a row added by hand to Poster is read, kept by re-imports and not duplicated', async () => {
    const wb = await written();
    const t = wb.table('IOP_Poster');
    const r = t.row + t.rows + 1;
    wb.extendTable('IOP_Poster', { rows: 1 });
    const cells: Record<string, string | number> = { 'Avtals-id': INK, Typ: 'kostnadspost', Part: 'Linköpings kommun', Benämning: 'Extra handledning', 'Belopp/år': '10 000 kr' };
    for (const [h, v] of Object.entries(cells)) type(wb, 'Poster', h, r, v);
    for (let i = 0; i < 2; i++) await writeAgreements(wb.excelContext, [inkludering], settings);
    const read = await readAgreements(wb.excelContext);
    expect(read.problems).toEqual([]);
    const labels = byId(read.agreements, INK)!.costItems.map((c) => c.label);
    expect(labels.filter((l) => l === 'Extra handledning')).toHaveLength(1);
    expect(labels).toHaveLength(inkludering.costItems.length + 1);
    // The write stored the typed amount as a number, so the formulas count it.
    const [hand] = rows(wb, 'Poster', (g) => g('Benämning') === 'Extra handledning');
    expect(wb.cell('Poster', `${col(wb, 'Poster', 'Belopp/år')}${hand}`).value).toBe(10000);
    expect(wb.cell('Poster', `${col(wb, 'Poster', 'Typ')}${hand}`).value).toBe('Kostnadspost');
  });

  it('refuses an item type it does not know (the formulas would count it as a cost)', async () => {
    const wb = await written();
    const r = firstItemRow(wb, HOPP);
    type(wb, 'Poster', 'Typ', r, 'Intäkt');
    const { problems } = await readAgreements(wb.excelContext);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^Poster rad ${r}, kolumn Typ: "Intäkt" är ingen typ`))]);
  });

  it('a Poster row without Avtals-id is reported, not silently dropped', async () => {
    const wb = await written();
    const r = firstItemRow(wb, HOPP);
    type(wb, 'Poster', 'Avtals-id', r, null);
    const { problems } = await readAgreements(wb.excelContext);
    expect(problems).toContain(`Poster rad ${r}, kolumn Avtals-id: saknas – raden hör inte till något avtal och lästes inte in.`);
  });
});

describe('formulas typed by a user in data cells', () => {
  it('reads the computed value, keeps the formula when another agreement is written', async () => {
    const wb = await written();
    const r = firstItemRow(wb, HOPP);
    const amount = `${col(wb, 'Poster', 'Belopp/år')}${r}`;
    wb.setCell('Poster', amount, '=500000+50000');
    let read = await readAgreements(wb.excelContext);
    expect(read.problems).toEqual([]);
    expect(byId(read.agreements, HOPP)!.costItems[0].annualAmount).toBe(550000);
    await writeAgreements(wb.excelContext, [inkludering], settings);
    await fillOverview(wb.excelContext, { year: 2019, committee: settings.committee });
    expect(wb.cell('Poster', amount).formula).toBe('=500000+50000');
    read = await readAgreements(wb.excelContext);
    expect(read.agreements).toHaveLength(3);
  });

  it('a formula without a value or with an error value is a problem naming the cell', async () => {
    const wb = await written();
    const r = firstItemRow(wb, HOPP);
    type(wb, 'Poster', 'Belopp/år', r, '=SUM(Blad2!A1:A3)');
    let read = await readAgreements(wb.excelContext);
    expect(read.problems).toEqual([`Poster rad ${r}, kolumn Belopp/år: formeln =SUM(Blad2!A1:A3) gav inget värde – avtalet "Hoppfull framtid" lästes inte in.`]);
    type(wb, 'Poster', 'Belopp/år', r, '=1/0');
    read = await readAgreements(wb.excelContext);
    expect(read.problems).toEqual([expect.stringMatching(new RegExp(`^Poster rad ${r}, kolumn Belopp/år: visar felet #DIV/0!`))]);
    // The formula is the user's: the overview does not overwrite it with a "fix".
    await fillOverview(wb.excelContext, { year: 2019, committee: settings.committee });
    expect(wb.cell('Poster', `${col(wb, 'Poster', 'Belopp/år')}${r}`).formula).toBe('=1/0');
  });
});

describe('text that looks like a formula', () => {
  it('stays text in rows the next write keeps (Syfte "=hälsa, …" of an agreement not re-imported)', async () => {
    const wb = await written();
    const [r] = rows(wb, 'Avtal', keyIs(INK));
    const purpose = `${col(wb, 'Avtal', 'Syfte')}${r}`;
    expect(wb.cell('Avtal', purpose)).toMatchObject({ value: '=hälsa, språk, samhällskunskap', formula: null });
    await writeAgreements(wb.excelContext, [hoppfullFramtid], settings);
    await writeAgreements(wb.excelContext, [partial], settings);
    expect(wb.cell('Avtal', purpose)).toMatchObject({ value: '=hälsa, språk, samhällskunskap', formula: null });
    const read = await readAgreements(wb.excelContext);
    expect(read.problems).toEqual([]);
    expect(byId(read.agreements, INK)!.purpose).toBe('=hälsa, språk, samhällskunskap');
  });
});

describe('everything at once', () => {
  it('a workbook edited in many ways is read without NaN or crash, and fillOverview stays within 4 syncs', async () => {
    const wb = await written();
    const items = rows(wb, 'Poster', () => true);
    const garbage: (string | number | null)[] = ['1.750', '', null, '-', 'NaN', 'Infinity', '1e400', -0, '=1/0', '#N/A', '   ', "'0", 'kr', '1 750 000 kr'];
    items.forEach((r, i) => type(wb, 'Poster', 'Belopp/år', r, garbage[i % garbage.length]));
    for (const r of rows(wb, 'Avtal', () => true)) {
      type(wb, 'Avtal', 'Indexsats', r, 'NaN');
      type(wb, 'Avtal', 'Basår', r, '2021,5');
    }
    const read = await readAgreements(wb.excelContext);
    expectFinite(read.agreements);
    expect(read.problems.every((p) => /^(Avtal|Parter|Poster)( rad \d+|:)/.test(p) || /^Avtalet "/.test(p))).toBe(true);
    // "NaN" only as the text the user typed, quoted.
    expect(read.problems.join('\n')).not.toMatch(/(?<!")NaN|undefined|\[object/);
    const before = wb.syncCount;
    await fillOverview(wb.excelContext, { year: 2021, committee: settings.committee });
    expect(wb.syncCount - before).toBeLessThanOrEqual(4);
    const report = await writeAgreements(wb.excelContext, [hoppfullFramtid, inkludering, partial], settings);
    expect(report.problems).toEqual([]);
  });
});

/** Swaps two columns' cells, as a user does by cutting and inserting a column. */
function swapColumns(wb: MemoryWorkbook, sheet: string, a: string, b: string): void {
  const s = wb.context.sheetByName(sheet)!;
  const ia = a.charCodeAt(0) - 65;
  const ib = b.charCodeAt(0) - 65;
  const moved = new Map<string, (typeof s.cells extends Map<string, infer C> ? C : never)>();
  for (const [k, cell] of s.cells) {
    const [r, c] = k.split(',').map(Number);
    moved.set(`${r},${c === ia ? ib : c === ib ? ia : c}`, cell);
  }
  s.cells.clear();
  for (const [k, v] of moved) s.cells.set(k, v);
}
