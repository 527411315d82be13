import { importText, toContractJson } from '../../../src/import';

/**
 * An overview row whose party cell names two partners ("X + Y", "X och Y", "X, Y"): the row's civil amount (its own
 * column, or the value minus the committee's cost) is the partners' joint amount. It is kept — booked on the first
 * partner named, with an INFERRED warning on that contribution naming both — never dropped (the civil side would read
 * as 0 kr) nor split by a guess. Documents written for these tests.
 */
const imported = (text: string, file = 'x.txt') => toContractJson(importText(text, file));
const byName = (r: ReturnType<typeof imported>) => Object.fromEntries(r.agreements.map((a) => [a.name, a]));
const civilSum = (a: ReturnType<typeof imported>['agreements'][number]) =>
  a.contributions.filter((c) => a.parties.find((p) => p.name === c.party)?.sector === 'civil').reduce((s, c) => s + c.annualAmount, 0);

const EXPORT = (partners: string) => `Rapport;IOP-förteckning, fritidsnämnden
Organisation;Tomelilla kommun (org.nr 212000-1132)
Enhet;Belopp i tkr per år
;
Partnerskap;Idéburen part;Org.nr;Start;Slut;Nämndens del (tkr);Partens insats (tkr);Totalt (tkr)
Naturskola;Föreningen Skogsmullen Tomelilla;802477-1787;2026-01-01;2027-12-31;210,0;90,0;300,0
Kör för alla;${partners};802490-3273 + 802506-6740;2025-07-01;2027-06-30;120,0;64,5;184,5
Summa;;;;;330,0;154,5;484,5
`;

describe('an overview row with two partners', () => {
  test.each([
    ['Tomelilla Kammarkör + Föreningen Sångglädje'],
    ['Tomelilla Kammarkör och Föreningen Sångglädje'],
    ['Tomelilla Kammarkör, Föreningen Sångglädje'],
    ['Tomelilla Kammarkör & Föreningen Sångglädje'],
  ])('the civil column is the partners\' joint amount, warned on that contribution (%s)', (partners) => {
    const a = byName(imported(EXPORT(partners)));
    const row = a['Kör för alla'];
    expect(row.parties.map((p) => p.name)).toEqual(['Tomelilla kommun', 'Tomelilla Kammarkör', 'Föreningen Sångglädje']);
    expect(civilSum(row)).toBe(64500);
    expect(row.annualTotal).toBe(184500);
    const at = row.contributions.findIndex((c) => c.party === 'Tomelilla Kammarkör');
    expect(row.warnings).toContainEqual(expect.objectContaining({ code: 'INFERRED', field: `contributions[${at}]` }));
    expect(row.warnings.find((w) => w.field === `contributions[${at}]`)?.message).toMatch(/Föreningen Sångglädje/);
    expect(row.obtained[`contributions[${at}]`]).toBe('inferred');
    // A row with one partner is untouched: its own column, confirmed by the Summa row.
    expect(a.Naturskola.warnings.filter((w) => w.field?.startsWith('contributions'))).toEqual([]);
    expect(civilSum(a.Naturskola)).toBe(90000);
  });

  test('without a civil column the value minus the cost is the joint amount, computed and warned', () => {
    const text = `Sjöbo kommun · Socialnämnden

Socialnämndens idéburna offentliga partnerskap 2026. Belopp i tusen kronor per år.

Partnerskap\tIdéburen part\tAvtalstid\tVärde per år\tvarav nämnden
Mötesplats Sjöbo\tFöreningen Grannhjälpen\t2026-01-01 – 2027-12-31\t500\t350
Läxhjälp\tSjöbo Schackklubb och Föreningen Läsglädje\t2025-08-01 – 2027-07-31\t260\t200
Summa\t\t\t760\t550
`;
    const row = byName(imported(text))['Läxhjälp'];
    expect(civilSum(row)).toBe(60000);
    const at = row.contributions.findIndex((c) => c.party === 'Sjöbo Schackklubb');
    expect(at).toBeGreaterThan(0);
    expect(row.warnings.filter((w) => w.field === `contributions[${at}]`).map((w) => w.code)).toContain('INFERRED');
  });
});
