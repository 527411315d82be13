import { importText, toContractJson } from '../../../src/import';

/**
 * Minutes of a whole meeting (text/minutesItems.ts): only the items about the partnership hold its economy;
 * the committee's budget, other associations' grants and delegation items around it are no amounts of it. A sentence
 * broken mid-way over two lines is read as a sentence, not as an item line. Documents written for these tests.
 */
const result = (text: string) => toContractJson(importText(text, 'x.txt'));
const agreement = (text: string) => result(text).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const MINUTES = `SALA KOMMUN                          SAMMANTRÄDESPROTOKOLL
Socialnämnden                        Sammanträdesdatum 2026-10-20

Protokoll
Paragrafer: § 101–104

§ 101 Budget 2027
Dnr SN 2026/50

Kommunfullmäktige har fastställt nämndens budgetram för 2027 till 640,2 mnkr.

Beslut

Socialnämnden fastställer internbudget för 2027.

§ 102 Föreningsbidrag 2027
Dnr SN 2026/61

Förening                              Org.nr         Beviljat (kr)
Sala Schackklubb                      802400-1293    15 000
Föreningen Sala Fritid                802400-1301    42 000

Beslut

Socialnämnden beviljar föreningsbidrag med sammanlagt 57 000 kronor.

§ 103 Idéburet offentligt partnerskap – Mötesplats Norr
Dnr SN 2026/77

Föreningen Norrgården i Sala (org.nr 802400-1319) driver sedan 2021 en mötesplats för äldre i
Norrgårdens samlingslokal, med föreningsbidrag från nämnden om 90 000 kronor per år.
Förvaltningen föreslår att verksamheten i stället utvecklas i ett idéburet offentligt partnerskap.

Nämndens bidrag föreslås bli 420 tkr per år. Nämnden upplåter dessutom samlingslokalen utan
kostnad för föreningen; lokalen värderas till 84 tkr per år. Föreningen bidrar med ideellt arbete värderat
till 250 tkr per år. Partnerskapets sammanlagda värde blir därmed 754 tkr per år.

Överenskommelsen föreslås gälla 2027-01-01 – 2028-12-31.

Beslut

Socialnämnden beslutar att ingå överenskommelse om idéburet offentligt partnerskap med Föreningen
Norrgården i Sala enligt förvaltningens förslag.

§ 104 Anmälan av delegationsbeslut
Dnr SN 2026/3

Beslut

Socialnämnden lägger anmälan till handlingarna.

Sala kommun · Socialförvaltningen · Organisationsnummer 212000-2064
`;

describe('minutes of a whole meeting', () => {
  test("only the partnership's item counts: no budget, no other association's grant, no old grant", () => {
    const a = agreement(MINUTES);
    const publicParty = a.parties.find((p) => p.sector === 'public')?.name as string;
    expect(amounts(a)[publicParty]).toBe(504000);
    expect(a.contributions.reduce((s, c) => s + c.annualAmount, 0)).toBe(754000);
    expect(a.annualTotal).toBe(754000);
    expect(a.costItems.some((c) => c.annualAmount === 90000 || c.annualAmount === 57000)).toBe(false);
  });

  test('"103 §" headings, and an item whose heading does not name the partnership but whose text does', () => {
    const text = MINUTES.replace(/§ (10\d) /g, '$1 § ').replace('103 § Idéburet offentligt partnerskap – Mötesplats Norr', '103 § Mötesplats Norr');
    const a = agreement(text);
    expect(a.annualTotal).toBe(754000);
    expect(a.costItems.some((c) => c.annualAmount === 57000 || c.annualAmount === 15000)).toBe(false);
  });

  test('an agreement with "§" sections is read whole', () => {
    const a = agreement(`ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP – Läxhjälp Norr

1 § PARTER
Sala kommun, org.nr 212000-2064, genom socialnämnden, och Föreningen Norrgården i Sala, org.nr 802400-1319.

2 § EKONOMI
Kommunen bidrar med 200 000 kronor per år. Föreningen bidrar med ideellt arbete värderat till 100 000 kronor per år.

3 § IDÉBURET OFFENTLIGT PARTNERSKAP
Parterna är överens om att samverka i form av ett idéburet offentligt partnerskap.
`);
    expect(a.contributions.reduce((s, c) => s + c.annualAmount, 0)).toBe(300000);
  });
});
