import { importText, toContractJson } from '../../../src/import';
import { lineAmount } from '../../../src/import/economy/lineAmount';

/**
 * Amounts per termin or halvår (economy/table.ts, lineAmount.ts): two make a year, and a yearly figure the document
 * states per läsår is the total, never the sum per term. Documents written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const HEAD = `Överenskommelse om idéburet offentligt partnerskap – Läsfrämjande på Norrliden

Parter
Kalix kommun, organisationsnummer 212000-2817, genom barn- och utbildningsnämnden.
Föreningen Läslyftet Norrbotten, organisationsnummer 802498-3317.

Giltighet
Överenskommelsen gäller från och med den 1 augusti 2027 till och med den 30 juni 2029.
`;

describe('a table of amounts per termin', () => {
  const TABLE = `${HEAD}
Ekonomi
Verksamheten räknas i terminer; ett läsår har en hösttermin och en vårtermin.

Post\tPart\tBelopp per termin (kr)
Bibliotekarie 20 %\tKalix kommun\t58 000
Lokal i skolbiblioteket\tKalix kommun\t15 000
Ideella läsombud, 400 timmar à 150 kr\tFöreningen Läslyftet Norrbotten\t60 000
Böcker och material\tFöreningen Läslyftet Norrbotten\t12 000
Summa per termin\t\t145 000

Partnerskapets värde per läsår är därmed 290 000 kronor.
`;

  test('each item is twice its term amount; the term sum is no yearly total, the läsår figure is', () => {
    const a = agreement(TABLE);
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([116000, 30000, 120000, 24000]);
    expect(amounts(a)).toEqual({ 'Kalix kommun': 146000, 'Föreningen Läslyftet Norrbotten': 144000 });
    expect(a.annualTotal).toBe(290000);
    expect(a.obtained.annualTotal).toBe('reconciled');
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: 'INFERRED', field: 'costItems' }));
  });

  test('without a läsår figure the doubled term sum is the total, said as inferred', () => {
    const a = agreement(TABLE.replace(/\nPartnerskapets värde per läsår[^\n]*\n/, '\n').replace('Belopp per termin (kr)', 'Kr/halvår'));
    expect(a.annualTotal).toBe(290000);
    expect(a.warnings.some((w) => w.code === 'INFERRED' && w.field === 'costItems')).toBe(true);
  });

  test('a plain "Kronor" column under a sentence that puts the amounts per term', () => {
    const a = agreement(
      TABLE.replace('Verksamheten räknas i terminer; ett läsår har en hösttermin och en vårtermin.', 'Beloppen i tabellen gäller för en termin.').replace(
        'Belopp per termin (kr)',
        'Kronor',
      ),
    );
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([116000, 30000, 120000, 24000]);
    expect(a.annualTotal).toBe(290000);
  });

  test('a column per läsår beside the term column wins', () => {
    const a = agreement(
      TABLE.replace('Belopp per termin (kr)', 'Kr per termin\tKr per läsår')
        .replace('\t58 000', '\t58 000\t116 000')
        .replace('\t15 000', '\t15 000\t30 000')
        .replace('\t60 000', '\t60 000\t120 000')
        .replace('\t12 000', '\t12 000\t24 000')
        .replace('\t145 000', '\t145 000\t290 000'),
    );
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([116000, 30000, 120000, 24000]);
    expect(a.annualTotal).toBe(290000);
    expect(a.warnings.some((w) => w.code === 'INFERRED' && w.field === 'costItems')).toBe(false);
  });
});

describe('a column per term', () => {
  test('"Ht 2027 | Vt 2028": one autumn and one spring term together are the year; a later term column is not added', () => {
    const a = agreement(`${HEAD}
Ekonomi
Post\tPart\tHt 2027\tVt 2028\tHt 2028
Bibliotekarie 20 %\tKalix kommun\t58 000\t58 000\t59 000
Lokal i skolbiblioteket\tKalix kommun\t15 000\t15 000\t15 000
Ideella läsombud\tFöreningen Läslyftet Norrbotten\t60 000\t60 000\t60 000
Summa\t\t133 000\t133 000\t134 000
`);
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([116000, 30000, 120000]);
    expect(a.annualTotal).toBe(266000);
    expect(a.obtained.annualTotal).toBe('reconciled');
  });
});

describe('an item line per termin', () => {
  test('"… 45 000 kr per termin" is 90 000 a year; "per termin" followed by more words is not read as a term amount', () => {
    expect(lineAmount('Samordnare 25 %: 45 000 kr per termin', 0)).toMatchObject({ value: 90000 });
    expect(lineAmount('Lokalhyra: 12 500 kr/halvår', 0)).toMatchObject({ value: 25000 });
    expect(lineAmount('Lokalhyra: 12 500 kr per termin under höstterminen', 0)).toBeNull();
  });
});
