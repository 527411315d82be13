import { importText, toContractJson } from '../../../src/import';

/**
 * A committee's overview whose value column is followed by the committee's part of it ("varav nämnden", "därav
 * kommunen") or the non-profit's ("varav föreningen"), with the unit only in the sentence above the table. The
 * documents are written for these tests.
 */
const imported = (text: string) => toContractJson(importText(text, 'x.txt'));
const byName = (r: ReturnType<typeof imported>) => Object.fromEntries(r.agreements.map((a) => [a.name, a]));
const amounts = (a: { contributions: { party: string; annualAmount: number }[] }) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const OVERVIEW = (header: string, sum = 'Summa\t\t\t3 530\t2 260\t') => `Kungälvs kommun · Kultur- och fritidsförvaltningen

Kultur- och fritidsnämndens idéburna offentliga partnerskap 2026

Tabellen visar pågående partnerskap. Alla belopp i tabellen anges i tusen kronor per år.

${header}
Sommarkväll i Ytterby\tFöreningen Ytterby Scen\t2025-06-01 – 2027-05-31\t980\t610\tFörlängning möjlig
Bygdegård för unga\tMarstrands Bygdegårdsförening\t2026-01-01 – 2028-12-31\t1 450\t950\t
Läsfrämjande i Kode\tKode Läsecirkel\t2024-09-01 – 2026-08-31\t1 100\t700\tUtvärderas hösten 2026
${sum}
`;

describe("an overview's committee column beside the value", () => {
  test('"varav nämnden" is the committee\'s cost: its part of each row, the civil part the rest; the Summa row confirms both', () => {
    const r = imported(OVERVIEW('Partnerskap\tIdéburen part\tAvtalstid\tVärde per år\tvarav nämnden\tNot'));
    expect(r.documentKind).toBe('overview');
    const a = byName(r);
    expect(amounts(a['Sommarkväll i Ytterby'])).toEqual({ 'Kungälvs kommun': 610000, 'Föreningen Ytterby Scen': 370000 });
    expect(amounts(a['Bygdegård för unga'])).toEqual({ 'Kungälvs kommun': 950000, 'Marstrands Bygdegårdsförening': 500000 });
    expect(amounts(a['Läsfrämjande i Kode'])).toEqual({ 'Kungälvs kommun': 700000, 'Kode Läsecirkel': 400000 });
    expect(a['Bygdegård för unga'].annualTotal).toBe(1450000);
    expect(a['Bygdegård för unga'].obtained).toMatchObject({ 'contributions[0]': 'reconciled', 'contributions[1]': 'computed', annualTotal: 'reconciled' });
  });

  test('"därav kultur- och fritidsnämnden" and "varav kommunen" name the same column', () => {
    for (const column of ['därav kultur- och fritidsnämnden', 'varav kommunen']) {
      const a = byName(imported(OVERVIEW(`Partnerskap\tIdéburen part\tAvtalstid\tVärde per år\t${column}\tNot`)));
      expect(amounts(a['Läsfrämjande i Kode'])['Kungälvs kommun']).toBe(700000);
    }
  });

  test('"varav föreningen" is the civil part, not the committee\'s: the committee\'s is then the rest, never read', () => {
    const a = byName(imported(OVERVIEW('Partnerskap\tIdéburen part\tAvtalstid\tVärde per år\tvarav föreningen\tNot')))['Sommarkväll i Ytterby'];
    expect(amounts(a)).toEqual({ 'Kungälvs kommun': 370000, 'Föreningen Ytterby Scen': 610000 });
    expect(a.obtained['contributions[0]']).not.toBe('read');
  });

  test('"varav" with neither the committee nor a non-profit ("varav bidrag från staten") is no committee column', () => {
    const r = imported(OVERVIEW('Partnerskap\tIdéburen part\tAvtalstid\tVärde per år\tvarav statsbidrag\tNot'));
    for (const a of r.agreements) expect(a.contributions.find((c) => c.party === 'Kungälvs kommun')).toBeUndefined();
  });
});

describe('an overview in thousands with decimals, and a comment column that states the indexation', () => {
  const TKR = (header: string, rows: string[]) => `Ale kommun · Socialnämnden

Socialnämndens idéburna offentliga partnerskap – översikt 2027

Belopp i tkr.

${header}
${rows.join('\n')}
`;
  test('"1 232,5" tkr is 1 232 500 kr and "186,25" tkr 186 250 kr: read whole, not rounded to thousands first', () => {
    const r = imported(
      TKR('Partnerskap\tIdéburen part\tAvtalsperiod\tVärde/år (tkr)\tVarav nämnden (tkr)\tKommentar', [
        'Skyddat boende\tKvinnojouren Ale\t2026-07-01 – 2028-06-30\t1 232,5\t980,4\t',
        'Läxhjälp\tFöreningen Läxan\t2026-08-15 – 2027-06-15\t186,25\t120,0\t',
        'Summa\t\t\t1 418,75\t1 100,4\t',
      ]),
    );
    const a = byName(r);
    expect(a['Skyddat boende'].annualTotal).toBe(1232500);
    expect(amounts(a['Skyddat boende'])['Ale kommun']).toBe(980400);
    expect(a['Läxhjälp'].annualTotal).toBe(186250);
  });

  test('"Uppräkning 2 % per år", "Räknas upp med 1,5 procent årligen", "Indexeras 3 %/år" in a comment give the rate; other comments none', () => {
    const r = imported(
      TKR('Partnerskap\tIdéburen part\tAvtalsperiod\tVärde/år (tkr)\tVarav nämnden (tkr)\tAnmärkning', [
        'Skyddat boende\tKvinnojouren Ale\t2026-07-01 – 2028-06-30\t1 200,0\t900,0\tSex lägenheter. Uppräkning 2 % per år.',
        'Läxhjälp\tFöreningen Läxan\t2026-08-15 – 2027-06-15\t186,0\t120,0\tRäknas upp med 1,5 procent årligen',
        'Mötesplats\tFöreningen Torget\t2026-01-01 – 2027-12-31\t400,0\t300,0\tIndexeras 3 %/år',
        'Nattvandring\tFöreningen Trygga Vuxna\t2026-01-01 – 2026-12-31\t90,0\t60,0\t50 % av tiden på helger',
      ]),
    );
    const a = byName(r);
    expect([a['Skyddat boende'], a['Läxhjälp'], a['Mötesplats'], a['Nattvandring']].map((x) => x.indexation?.rate ?? null)).toEqual([0.02, 0.015, 0.03, null]);
    expect(a['Skyddat boende'].warnings.map((w) => w.field)).toContain('indexation.stepMonth');
    expect(a['Nattvandring'].warnings.find((w) => w.field === 'indexation')?.code).toBe('MISSING_FIELD');
  });
});
