import { importText, toContractJson } from '../../../src/import';

/**
 * Budgets that hold more than the parties' money (src/import/economy/table.ts, read.ts, fields/parties.ts): rows under
 * a heading of others' money, a funder named with a kind word that is also the only non-profit's alias, a gross sum
 * over income from non-parties, and a party's cash grant named in a sentence beside its rows in a table. The
 * documents are written here.
 */
const imported = (text: string) => toContractJson(importText(text, 'x.md')).agreements[0];
const amounts = (a: ReturnType<typeof imported>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const HEAD = (economy: string, civil = 'Föreningen Ljusglimten i Tidaholm') => `# Överenskommelse om idéburet offentligt partnerskap – Kvällsöppet Tidaholm

## 1. Parter

Tidaholms kommun, socialnämnden, org.nr 212000-1710, och ${civil}, org.nr 802486-9931.

## 2. Giltighet

Överenskommelsen gäller från och med 2028-01-01 till och med 2029-12-31.

## 3. Ekonomi

${economy}
`;

describe('a budget with money from others besides the parties', () => {
  test('rows under "Övriga intäkter (inte insatser från parterna)" and the gross sum after them are no party\'s', () => {
    const a = imported(
      HEAD(`Finansiering per år:

| Part / finansiär | Insats | Belopp |
|---|---|---:|
| Parternas insatser | | |
| Tidaholms kommun | Verksamhetsbidrag | 300 000 |
| Föreningen Ljusglimten i Tidaholm | Ideellt arbete, 500 tim à 200 kr | 100 000 |
| Summa parternas insatser | | 400 000 |
| Övriga intäkter (inte insatser från parterna) | | |
| Tidaholms Ljus och Glimt AB | Sponsring | 20 000 |
| Deltagare | Avgifter | 12 000 |
| Summa intäkter | | 432 000 |
`),
    );
    expect(amounts(a)).toEqual({ 'Tidaholms kommun': 300000, 'Föreningen Ljusglimten i Tidaholm': 100000 });
    expect(a.annualTotal).toBe(400000);
  });

  test('"Anslag från Stiftelsen X" is another funder, not the only non-profit that the text also calls "stiftelsen"', () => {
    const a = imported(
      HEAD(`| Intäkter | Kr per år | Kostnader | Kr per år |
|---|---:|---|---:|
| Bidrag från Tidaholms kommun | 300 000 | Lön | 390 000 |
| Anslag från Stiftelsen Hökensås Fond | 50 000 | Hyra | 60 000 |
| Föreningens egna medel | 100 000 | | |
| Summa | 450 000 | Summa | 450 000 |

Stiftelsen Hökensås Fond är inte part i överenskommelsen.
`),
    );
    expect(amounts(a)['Föreningen Ljusglimten i Tidaholm']).toBe(100000);
    expect(a.annualTotal).not.toBe(450000);
  });

  test('a gross income sum over participants\' fees, and the cost side\'s sum of the same amount, are not the total', () => {
    const a = imported(
      HEAD(`Parternas insatser är 400 000 kronor per år: kommunen 300 000 kronor och föreningen 100 000 kronor.

Intäkter per år

| Intäkt | Kronor |
|---|---:|
| Bidrag från Tidaholms kommun | 300 000 |
| Föreningens egna medel | 100 000 |
| Kursavgifter, 60 deltagare à 250 kr | 15 000 |
| Summa intäkter (brutto) | 415 000 |

Kostnader per år

| Kostnad | Kronor |
|---|---:|
| Lön | 350 000 |
| Lokal | 65 000 |
| Summa kostnader | 415 000 |
`),
    );
    expect(amounts(a)).toEqual({ 'Tidaholms kommun': 300000, 'Föreningen Ljusglimten i Tidaholm': 100000 });
    expect(a.annualTotal).toBe(400000);
  });

  test('a cash grant named in a sentence is one of the party\'s rows; the rows\' stated sum is its share', () => {
    const a = imported(
      HEAD(`Kommunens kontanta bidrag är 250 000 kronor per år. Parternas insatser redovisas i tabellen.

| Part | Insats | Kr per år |
|---|---|---:|
| Tidaholms kommun | Verksamhetsbidrag | 250 000 |
| Tidaholms kommun | Lokal, värderad | 60 000 |
| Summa Tidaholms kommun | | 310 000 |
| Föreningen Ljusglimten i Tidaholm | Ideellt arbete | 120 000 |
| Föreningen Ljusglimten i Tidaholm | Egna medel | 20 000 |
| Summa föreningen | | 140 000 |
| Totalt | | 450 000 |
`),
    );
    expect(amounts(a)).toEqual({ 'Tidaholms kommun': 310000, 'Föreningen Ljusglimten i Tidaholm': 140000 });
    expect(a.annualTotal).toBe(450000);
    expect(a.warnings.some((w) => w.code === 'INFERRED' && w.field === 'contributions')).toBe(true);
  });
});
