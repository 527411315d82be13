import { readFileSync } from 'fs';
import { join } from 'path';
import { importDocument, toContractJson } from '../../../src/import';

jest.mock('../../../src/import/readers/pdfjsLoader', () => ({ loadPdfjs: () => jest.requireActual<typeof import('../pdfjsBridge')>('../pdfjsBridge').loadPdfjsThroughNode() }));

/**
 * Economy tables as Word and LibreOffice lay them out, in documents written for these tests
 * (test/fixtures/tables/src, rebuilt by its build.sh: .html → .docx → .pdf with LibreOffice): a column per agreement
 * year under a two-line heading, and a table that a page break cuts, with and without its header repeated.
 */
const DIR = join(__dirname, '../../fixtures/tables');
const read = async (file: string) => toContractJson(await importDocument(file, new Uint8Array(readFileSync(join(DIR, file))))).agreements[0];
const economyCodes = (a: { warnings: { code: string; field?: string }[] }) =>
  a.warnings.filter((w) => /costItems|contributions|annualTotal/.test(w.field ?? '')).map((w) => `${w.code}:${w.field}`);

describe('a column per agreement year ("Avtalsår 1" over "2026-09-01 – 2027-08-31")', () => {
  test.each([['t1_avtalsar-ljusdal.docx'], ['t1_avtalsar-ljusdal.pdf']])('%s: the first agreement year is the yearly amount; the later years are the indexation\'s', async (file) => {
    const a = await read(file);
    expect(a.costItems.map((c) => [c.party, c.label, c.annualAmount])).toEqual([
      ['Ljusdals kommun', 'Samordnare', 640000],
      ['Ljusdals kommun', 'Lokal i Järvsö centrum', 180000],
      ['Ljusdals kommun', 'Material och måltider', 35000],
      ['Föreningen Hälsinge Gemenskap', 'Ideellt arbete, 1 200 timmar à 200 kr', 240000],
      ['Föreningen Hälsinge Gemenskap', 'Egen personal', 150000],
    ]);
    // Agreement years September–August are no calendar years: no yearAmounts, the plan steps by 2,5 % each September.
    expect(a.costItems.some((c) => c.yearAmounts)).toBe(false);
    expect(a.contributions).toEqual([
      { party: 'Ljusdals kommun', annualAmount: 855000 },
      { party: 'Föreningen Hälsinge Gemenskap', annualAmount: 390000 },
    ]);
    expect(a.annualTotal).toBe(1245000);
    expect(a.indexation).toEqual({ rate: 0.025, baseYear: 2026, stepMonth: 9 });
    expect(a.obtained).toMatchObject({ 'contributions[0]': 'reconciled', 'contributions[1]': 'reconciled', annualTotal: 'reconciled' });
    expect(economyCodes(a)).toEqual([]);
  });
});

describe('a table that a page break cuts', () => {
  test.each([
    ['t2_sidbrytning-kiruna.pdf', 'its header repeated on the next page'],
    ['t3_sidbrytning-utan-rubrik-kiruna.pdf', 'no header on the next page, the page footer between the parts'],
    ['t4_smala-kolumner-kiruna.pdf', 'narrow columns whose party and amount run together ("Bärs av tkr/år" over "Kommunen 610")'],
  ])('%s (%s): every row is an item of its party, the subtotals confirm them', async (file) => {
    const a = await read(file);
    expect(a.costItems.map((c) => [c.party, c.annualAmount])).toEqual([
      ['Kiruna kommun', 610000],
      ['Kiruna kommun', 96000],
      ['Kiruna kommun', 55000],
      ['Kiruna kommun', 30000],
      ['Region Norrbotten', 345000],
      ['Region Norrbotten', 64000],
      ['Region Norrbotten', 80000],
      ['Föreningen Malmfältens Unga Vuxna', 308000],
      ['Föreningen Malmfältens Unga Vuxna', 120000],
      ['Föreningen Malmfältens Unga Vuxna', 72000],
    ]);
    expect(a.contributions.map((c) => c.annualAmount)).toEqual([791000, 489000, 500000]);
    expect(a.annualTotal).toBe(1780000);
    expect(a.obtained.annualTotal).toBe('reconciled');
    expect(economyCodes(a)).toEqual([]);
  });
});
