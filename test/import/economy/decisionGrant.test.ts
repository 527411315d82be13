import { importText, toContractJson } from '../../../src/import';
import { decisionItem } from '../../../src/import/text/decisionItem';

/**
 * A grant a decision or an agreement names without its payer ("… samt att bidraget för 2027 uppgår till 310 000
 * kronor") is the public side's (economy/prose.ts), and each "att"-clause of a decision keeps its own period
 * (text/decisionItem.ts). Documents written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const MEMO = (decision: string) => `Tidaholms kommun
Kultur- och fritidsförvaltningen

TJÄNSTESKRIVELSE
Datum: 2027-01-19
Dnr: KFN 2027/0008

Idéburet offentligt partnerskap med Föreningen Fritidsgården Hellidsborg

Förslag till beslut
Kultur- och fritidsnämnden beslutar
att ingå idéburet offentligt partnerskap med Föreningen Fritidsgården Hellidsborg (org.nr 802481-7440) om
öppen fritidsverksamhet för unga under perioden 1 mars 2027 – 28 februari 2029, samt
${decision}

Ärendet
Föreningen har drivit fritidsgården sedan 2018. Föreningen bidrar med ideellt arbete om 1 200 timmar per år,
värderat till 200 kronor per timme.
`;

describe('a grant named without its payer in a decision clause', () => {
  test('"att bidraget för 2027 uppgår till …": the committee\'s share, said as read for one year; the period of the clause before stays', () => {
    const a = agreement(MEMO('att bidraget för 2027 uppgår till 290 000 kronor.'));
    expect(amounts(a)).toEqual({ 'Tidaholms kommun': 290000, 'Föreningen Fritidsgården Hellidsborg': 240000 });
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: 'INFERRED', field: 'contributions', message: expect.stringMatching(/^Bidraget anges för 2027/) }));
    expect(a.validity).toMatchObject({ start: '2027-03-01', end: '2029-02-28' });
  });

  test('"att ersättningen till föreningen är … per år" and "att det årliga bidraget fastställs till …"', () => {
    expect(amounts(agreement(MEMO('att ersättningen till föreningen är 300 000 kronor per år.')))).toMatchObject({ 'Tidaholms kommun': 300000 });
    const yearly = agreement(MEMO('att det årliga bidraget fastställs till 275 000 kronor.'));
    expect(amounts(yearly)).toMatchObject({ 'Tidaholms kommun': 275000 });
    expect(yearly.warnings.some((w) => /^Bidraget anges för/.test(w.message))).toBe(false);
  });

  test('how a grant is paid is not its size', () => {
    const a = agreement(MEMO('att bidraget om 300 000 kronor per år fastställs.').replace('Ärendet\n', 'Ärendet\nBidraget betalas ut kvartalsvis med 75 000 kronor.\n'));
    expect(amounts(a)).not.toMatchObject({ 'Tidaholms kommun': 75000 });
  });

  test('a grant from someone who is not a party, or paid to the public side, is not the public share', () => {
    expect(amounts(agreement(MEMO('att notera att bidraget från Allmänna arvsfonden uppgår till 400 000 kronor.')))).not.toHaveProperty('Tidaholms kommun');
    expect(amounts(agreement(MEMO('att ersättningen till kommunen för lokalen uppgår till 60 000 kronor per år.')))).not.toHaveProperty('Tidaholms kommun');
  });
});

describe('the "att"-clauses of a decision', () => {
  test('each clause is its own: a period or a change named in one is not another\'s', () => {
    const text = 'att ingå partnerskap under perioden 2027–2028, samt att bidraget uppgår till 310 000 kronor.';
    expect(decisionItem(text, text.indexOf('310'))).toBe('att bidraget uppgår till 310 000 kronor.');
    expect(decisionItem(text, 5)).toBe('att ingå partnerskap under perioden 2027–2028');
    expect(decisionItem('Kommunen bidrar med 310 000 kronor under perioden.', 20)).toBe('Kommunen bidrar med 310 000 kronor under perioden.');
  });
});
