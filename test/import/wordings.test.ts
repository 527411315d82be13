import { readFileSync } from 'fs';
import { join } from 'path';
import { importDocument, importText, toContractJson } from '../../src/import';
import { toDocx, toPdf } from '../fixtures/build';

jest.mock('../../src/import/readers/pdfjsLoader', () => ({ loadPdfjs: () => jest.requireActual<typeof import('./pdfjsBridge')>('./pdfjsBridge').loadPdfjsThroughNode() }));

const doc = (name: string) => readFileSync(join(__dirname, '../fixtures/docs', name), 'utf8');
const codes = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`).sort();

describe('other wordings: several non-profits, two committees, tkr/mnkr, "den 1 januari 2022", "ett år i taget", 1,5 procent', () => {
  const expectMotesplats = (a: ReturnType<typeof toContractJson>['agreements'][number]) => {
    expect(a.name).toBe('Mötesplats Norr');
    expect(a.parties).toEqual([
      { name: 'Norrköpings kommun', orgNumber: '212000-0852', sector: 'public', unit: 'Socialnämnden' },
      { name: 'Norrköpings kommun, Äldrenämnden', orgNumber: '212000-0852', sector: 'public', unit: 'Äldrenämnden' },
      { name: 'Föreningen Gemenskap', orgNumber: '802400-2183', sector: 'civil', unit: null },
      { name: 'Röda Korsets Norrköpingskrets', orgNumber: '802002-8711', sector: 'civil', unit: null },
    ]);
    expect(a.places).toBe(25);
    expect(a.validity).toEqual({ start: '2022-01-01', end: '2023-12-31', extension: { years: 1, times: null } });
    expect(a.indexation).toEqual({ rate: 0.015, baseYear: 2022, stepMonth: 1 });
    expect(a.costItems).toEqual([
      { party: 'Norrköpings kommun', label: 'Samordnare', annualAmount: 300000, quantity: 1, fte: 0.5 },
      { party: 'Norrköpings kommun', label: 'Lokalhyra', annualAmount: 1200000 },
      { party: 'Föreningen Gemenskap', label: 'Volontärer', annualAmount: 400000, hours: 2000 },
      { party: 'Röda Korsets Norrköpingskrets', label: 'Aktivitetsledare', annualAmount: 681600 },
    ]);
    expect(a.annualTotal).toBe(2581600);
    expect(codes(a)).toEqual(['INFERRED:indexation.baseYear', 'INFERRED:indexation.stepMonth']);
  };

  test('as text', () => expectMotesplats(toContractJson(importText(doc('motesplats.txt'), 'm.txt')).agreements[0]));
  test('as Word with a real table', async () => {
    expectMotesplats(toContractJson(await importDocument('m.docx', await toDocx(doc('motesplats.txt')))).agreements[0]);
  });
  test('as PDF', async () => {
    expectMotesplats(toContractJson(await importDocument('m.pdf', await toPdf(doc('motesplats.txt')))).agreements[0]);
  });
});

test('region and foundation, shares in prose, 1.750.000 kr with non-breaking and thin spaces, partial first year', () => {
  const a = toContractJson(importText(doc('laxhjalp.txt'), 'l.txt')).agreements[0];
  expect(a.name).toBe('Läxhjälp Söder');
  expect(a.parties.map((p) => [p.name, p.orgNumber, p.sector])).toEqual([
    ['Region Östergötland', '232100-0040', 'public'],
    ['Stiftelsen Läxhjälpen', '802480-1238', 'civil'],
  ]);
  expect(a.validity).toEqual({ start: '2024-07-01', end: '2025-06-30', extension: { years: 1, times: 2 } });
  expect(a.indexation).toBeNull();
  expect(a.contributions).toEqual([
    { party: 'Region Östergötland', annualAmount: 1750000 },
    { party: 'Stiftelsen Läxhjälpen', annualAmount: 681600 },
  ]);
  expect(a.annualTotal).toBe(2431600);
  // Two shares and no stated total: nothing in the document confirms either amount or their sum.
  expect(codes(a)).toEqual([
    'MISSING_FIELD:costItems',
    'MISSING_FIELD:indexation',
    'MISSING_FIELD:places',
    'UNCONFIRMED:annualTotal',
    'UNCONFIRMED:contributions[0]',
    'UNCONFIRMED:contributions[1]',
  ]);
});

test('a bad org number and items that do not add up are never silent', () => {
  const a = toContractJson(importText(doc('trappan.txt'), 't.txt')).agreements[0];
  expect(a.parties[1]).toEqual({ name: 'Föreningen Trappan', orgNumber: null, sector: 'civil', unit: null });
  expect(a.costItems.map((c) => [c.party, c.annualAmount])).toEqual([
    ['Umeå kommun', 500000],
    ['Föreningen Trappan', 100000],
  ]);
  expect(a.annualTotal).toBe(650000);
  expect(codes(a)).toContain('INVALID_ORG_NUMBER:parties[1].orgNumber');
  expect(codes(a)).toContain('TOTAL_MISMATCH:annualTotal');
});

test.each([
  ['1 750 000 kr', 1750000],
  ['1.750.000 kr', 1750000],
  ['1 750 000:-', 1750000],
  ['681 600 SEK', 681600],
  ['600 tkr', 600000],
  ['1,2 mnkr', 1200000],
  ['1\u00a0750\u00a0000 kr', 1750000],
  ['1\u2009750\u2009000 kr', 1750000],
])('amount %s in an item line', (written, value) => {
  const text = `Överenskommelse om IOP mellan Ale kommun och Föreningen Bro\n\nEkonomi\n\nKommunens insats:\nPersonal\t${written}\n`;
  const a = importText(text, 'x.txt').agreements[0];
  expect(a.costItems).toEqual([{ party: 'Ale kommun', label: 'Personal', annualAmount: value }]);
});
