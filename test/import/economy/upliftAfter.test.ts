import { importText, toContractJson } from '../../../src/import';
import { withUplift } from '../../../src/import/economy/salary';

/** An uplift written right after a party's amount ("jämte ett påslag om 10 procent på det beloppet") is that party's too. */
describe('withUplift', () => {
  it.each<[number, string, number | null]>([
    [290000, ' kronor per år, jämte ett administrativt påslag om 10 procent på det beloppet.', 319000],
    [200000, ' kr per år plus ett OH-påslag på 8 %.', 216000],
    [150000, ' kronor, samt ett tillägg om 2,5 procent.', 153750],
    [150000, ' kronor, jämte ett påslag om 10 procent av lokalkostnaden.', null],
    [150000, ' kronor per år. Bidraget räknas upp med 2 procent.', null],
  ])('%d%s', (amount, after, expected) => {
    expect(withUplift(amount, after)?.value ?? null).toBe(expected);
  });
});

const doc = (financing: string) =>
  [
    'Överenskommelse om idéburet offentligt partnerskap – Vänstugan',
    '',
    'Parter',
    'Umeå kommun genom socialnämnden, org.nr 212000-2411 (Kommunen)',
    'Föreningen Vänstugan i Umeå, org.nr 802409-8769 (Föreningen)',
    '',
    'Överenskommelsen gäller från 2028-01-01 till och med 2029-12-31.',
    '',
    'Kostnader per år',
    '| Kostnad | Kronor |',
    '|---|---:|',
    '| Verksamhetsledare, lön | 400 000 |',
    '| Administration, 5 % av lönen | 20 000 |',
    '| Ideellt arbete, 500 timmar à 200 kr | 100 000 |',
    '| Summa kostnader | 520 000 |',
    '',
    'Finansiering',
    '',
    financing,
    '',
    'Föreningen står för det ideella arbetet.',
  ].join('\n');

const shares = (text: string) => toContractJson(importText(text, 'x.md')).agreements[0].contributions.map((c) => [c.party, c.annualAmount]);

describe('a party amount with an uplift on it, items without a party', () => {
  it('gives the uplift line to the party that pays it', () => {
    expect(shares(doc('Kommunen betalar verksamhetsledarens lön, 400 000 kronor per år, jämte ett påslag om 5 procent på det beloppet.'))).toEqual([
      ['Umeå kommun', 420000],
      ['Föreningen Vänstugan i Umeå', 100000],
    ]);
  });
  it('reads the amount alone when no uplift is written', () => {
    expect(shares(doc('Kommunen betalar verksamhetsledarens lön och administrationen, 420 000 kronor per år.'))).toEqual([
      ['Umeå kommun', 420000],
      ['Föreningen Vänstugan i Umeå', 100000],
    ]);
  });
});
