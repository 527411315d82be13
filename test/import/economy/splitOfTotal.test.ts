import { importText, toContractJson } from '../../../src/import';

/**
 * A total split by party after "varav", the verbs left out ("… 547 000 kronor, varav nämnden 395 000 kronor och
 * klubben 152 000 kronor"): when the parts add up to the total, each is the party's whole share, and the party's
 * other statements are its parts. The documents are written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const doc = (economy: string) => `Idéburet offentligt partnerskap Morgonljus

Parter
Tranås kommun genom socialnämnden, organisationsnummer 212000-0571 (nedan "nämnden").
Föreningen Ljusglimten, organisationsnummer 802455-1114 (nedan "föreningen").

Ekonomi
${economy}

Avtalstid
Överenskommelsen gäller 2026-01-01 – 2027-12-31.`;

describe('a total split by party without verbs', () => {
  test('the split alone gives each party its share', () => {
    const a = agreement(doc('Partnerskapets värde uppgår till 700 000 kronor per år, varav nämnden 480 000 kronor och föreningen 220 000 kronor.'));
    expect(amounts(a)).toEqual({ 'Tranås kommun': 480000, 'Föreningen Ljusglimten': 220000 });
    expect(a.annualTotal).toBe(700000);
  });

  test('the split outranks a party\'s parts stated before it', () => {
    const a = agreement(
      doc(
        'Nämnden lämnar ett verksamhetsbidrag om 400 000 kronor per år. Nämnden upplåter även en lokal, värderad till 60 000 kronor per år. ' +
          'Föreningen bidrar med ideellt arbete om 500 timmar per år à 200 kronor. ' +
          'Det sammanlagda värdet per år är 560 000 kronor, varav nämnden 460 000 kronor och föreningen 100 000 kronor.',
      ),
    );
    expect(amounts(a)).toEqual({ 'Tranås kommun': 460000, 'Föreningen Ljusglimten': 100000 });
  });

  test('parts that do not add up to the total are not taken for the whole shares', () => {
    const a = agreement(doc('Nämnden lämnar ett bidrag om 400 000 kronor per år. Partnerskapets värde är 700 000 kronor per år, varav nämnden 450 000 kronor och föreningen 200 000 kronor.'));
    expect(a.warnings.some((w) => w.code === 'AMBIGUOUS' && w.field === 'contributions')).toBe(true);
  });
});
