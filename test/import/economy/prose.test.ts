import { importText, toContractJson } from '../../../src/import';

/**
 * The sentence rule on amendments and extension memos: which amount is the current one when a sentence states both
 * a change and the new amount. The documents are written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const codes = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);

const MEMO = (economy: string) => `Tjänsteskrivelse
SUNDSVALLS KOMMUN
Individ- och arbetsmarknadsförvaltningen

Förlängning av idéburet offentligt partnerskap Skrivarverkstan

Förslag till beslut
Individ- och arbetsmarknadsnämnden beslutar att förlänga överenskommelsen om idéburet offentligt partnerskap
med Föreningen Skrivarverkstan Sundsvall (org.nr 802499-7895) med ett år.

Ekonomiska konsekvenser
${economy}
`;

describe('a change of an amount beside the new amount', () => {
  test('"höjs med X kronor per år, till Y kronor per år": Y counts, X is not added', () => {
    const a = agreement(
      MEMO(
        'Kommunens bidrag höjs med 45 000 kronor per år, till 395 000 kronor per år. Föreningens egen insats värderas till 125 000 kronor per år. Partnerskapets totala värde blir därmed 520 000 kronor per år.',
      ),
    );
    expect(a.contributions).toEqual([
      { party: 'Sundsvalls kommun', annualAmount: 395000 },
      { party: 'Föreningen Skrivarverkstan Sundsvall', annualAmount: 125000 },
    ]);
    expect(a.annualTotal).toBe(520000);
    expect(a.obtained).toMatchObject({ 'contributions[0]': 'reconciled', annualTotal: 'reconciled' });
  });

  test('"ökar med X till Y" and a noun "Höjningen om X" in the next sentence', () => {
    const a = agreement(
      MEMO(
        'Nämndens bidrag ökar med 30 000 kronor till 230 000 kronor per år. Höjningen om 30 000 kronor finansieras inom nämndens ram. Föreningen bidrar med ideellt arbete värderat till 90 000 kronor per år.',
      ),
    );
    expect(a.contributions.map((c) => c.annualAmount)).toEqual([230000, 90000]);
  });

  test('"höjs från X till Y" with the increase also stated: Y, once', () => {
    const a = agreement(
      MEMO('Kommunens bidrag höjs från 350 000 kronor till 395 000 kronor per år, en höjning med 45 000 kronor. Föreningen bidrar med 125 000 kronor per år.'),
    );
    expect(a.contributions.map((c) => c.annualAmount)).toEqual([395000, 125000]);
  });

  test('only the increase stated: the party\'s amount is unknown, and the user is told, never the increase as the amount', () => {
    const a = agreement(MEMO('Kommunens bidrag höjs med 45 000 kronor per år. Föreningen bidrar med 125 000 kronor per år.'));
    expect(a.contributions.find((c) => c.party === 'Sundsvalls kommun')).toBeUndefined();
    expect(codes(a)).toContain('AMBIGUOUS:contributions');
    expect(a.warnings.find((w) => w.code === 'AMBIGUOUS' && w.field === 'contributions')?.message).toMatch(/ändring/);
  });

  test('a line of a list that states a change is no item', () => {
    const a = agreement(
      MEMO(`Kommunen bidrar med:
- verksamhetsbidrag 300 000 kr per år
- verksamhetsbidraget höjs med 25 000 kr per år
Föreningen bidrar med:
- ideellt arbete 80 000 kr per år`),
    );
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([300000, 80000]);
  });
});
