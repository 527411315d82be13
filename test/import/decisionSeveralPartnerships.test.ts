import { importText, toContractJson } from '../../src/import';

/**
 * A decision that enters two partnerships at once, each in its own att-clause, with each partnership described under
 * its own name (src/import/severalPartnerships.ts): two agreements, each read from its own clause and description,
 * with what the decision says for both; the committee's frame, the grants together and a motion that lost are no
 * partnership's amounts. The extracts are written for these tests.
 */
const DECISION = `LERBO KOMMUN

PROTOKOLLSUTDRAG

Fritidsnämnden 2028-02-15

§ 14 Idéburna offentliga partnerskap – Kvällsverkstaden och Sjöbodarna

Beslut

Fritidsnämnden beslutar

att ingå överenskommelse om idéburet offentligt partnerskap, Kvällsverkstaden, mellan Lerbo kommun (212000-9739) genom fritidsnämnden och Lerbo Hantverksgille (802471-3367), enligt bilaga 1,

att ingå överenskommelse om idéburet offentligt partnerskap, Sjöbodarna, mellan Lerbo kommun genom fritidsnämnden och Föreningen Sjöbodarnas Vänner (802519-8279), enligt bilaga 2,

att uppdra åt förvaltningen att teckna överenskommelserna.

Ärendet

Nämndens ram för partnerskap är 900 000 kronor för 2028; de två överenskommelserna tar tillsammans 330 000 kronor i anspråk.

Kvällsverkstaden

Gillet håller verkstaden öppen två kvällar i veckan. Nämnden lämnar ett bidrag om 150 000 kronor per år. Gillet bidrar med 600 timmar ideellt arbete per år à 180 kronor. Det samlade värdet är 258 000 kronor per år.

Överenskommelsen gäller 2028-03-01 till och med 2030-02-28.

Sjöbodarna

Föreningen rustar båtar och lånar ut dem till unga. Nämnden lämnar ett bidrag om 180 000 kronor per år. Föreningen bidrar med egna medel om 40 000 kronor per år. Det samlade värdet är 220 000 kronor per år.

Överenskommelsen gäller 2028-05-01 till och med 2029-12-31 och kan förlängas med ett år i taget.

Yrkanden

Ledamoten Per Ek (S) yrkar att bidraget till Sjöbodarna ska vara 210 000 kronor. Ordföranden finner att nämnden bifaller förvaltningens förslag.

Beslutet skickas till

Lerbo Hantverksgille, Föreningen Sjöbodarnas Vänner
`;

type Agreement = ReturnType<typeof toContractJson>['agreements'][number];
const read = (text: string) => toContractJson(importText(text, 'protokoll.txt'));
const shares = (a: Agreement) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

describe('a decision entering two partnerships in two att-clauses', () => {
  const doc = read(DECISION);
  const [first, second] = doc.agreements;

  test('gives one agreement per partnership, each with its own name and non-profit', () => {
    expect(doc.documentKind).toBe('decision');
    expect(doc.agreements.map((a) => a.name)).toEqual(['Kvällsverkstaden', 'Sjöbodarna']);
    expect(first.parties.map((p) => [p.name, p.orgNumber, p.sector])).toEqual([
      ['Lerbo kommun', '212000-9739', 'public'],
      ['Lerbo Hantverksgille', '802471-3367', 'civil'],
    ]);
    // The municipality's number is printed once, in the first clause: the same party has it in both.
    expect(second.parties.map((p) => [p.name, p.orgNumber, p.sector])).toEqual([
      ['Lerbo kommun', '212000-9739', 'public'],
      ['Föreningen Sjöbodarnas Vänner', '802519-8279', 'civil'],
    ]);
    expect(second.warnings.filter((w) => w.field === 'parties[0].orgNumber')).toEqual([]);
    expect(second.obtained['parties[0].orgNumber']).toBe('read');
  });

  test('each reads its own amounts and terms; the frame, the sum of both and the lost motion are none of them', () => {
    expect(shares(first)).toEqual({ 'Lerbo kommun': 150000, 'Lerbo Hantverksgille': 108000 });
    expect(first.annualTotal).toBe(258000);
    expect(first.validity).toEqual({ start: '2028-03-01', end: '2030-02-28', extension: null });
    expect(shares(second)).toEqual({ 'Lerbo kommun': 180000, 'Föreningen Sjöbodarnas Vänner': 40000 });
    expect(second.annualTotal).toBe(220000);
    expect(second.validity).toEqual({ start: '2028-05-01', end: '2029-12-31', extension: { years: 1, times: null } });
    const all = JSON.stringify(doc.agreements.map((a) => [a.costItems, a.contributions, a.annualTotal]));
    for (const distractor of [900000, 330000, 210000]) expect(all).not.toContain(String(distractor));
  });

  test('the amounts are confirmed within each partnership, with no warning left on them', () => {
    for (const a of doc.agreements) {
      expect(a.obtained.annualTotal).toBe('reconciled');
      expect(a.warnings.filter((w) => /contributions|annualTotal/.test(w.field ?? ''))).toEqual([]);
    }
  });
});

test('partnerships described in a paragraph each, without headings, are told apart by their names', () => {
  const text = DECISION.replace('\nKvällsverkstaden\n\nGillet håller', '\nKvällsverkstaden: Gillet håller')
    .replace('\nSjöbodarna\n\nFöreningen rustar', '\nSjöbodarna: Föreningen rustar')
    .replace('Överenskommelsen gäller 2028-03-01', 'Kvällsverkstaden gäller 2028-03-01')
    .replace('Överenskommelsen gäller 2028-05-01', 'Sjöbodarna gäller 2028-05-01');
  const doc = read(text);
  expect(doc.agreements.map((a) => [a.name, a.annualTotal, a.validity.start])).toEqual([
    ['Kvällsverkstaden', 258000, '2028-03-01'],
    ['Sjöbodarna', 220000, '2028-05-01'],
  ]);
});

test('a decision whose clauses all concern one non-profit is one agreement', () => {
  const text = `LERBO KOMMUN

PROTOKOLLSUTDRAG

Fritidsnämnden 2028-02-15

§ 15 Idéburet offentligt partnerskap – Sjöbodarna

Fritidsnämnden beslutar

att ingå överenskommelse om idéburet offentligt partnerskap, Sjöbodarna, mellan Lerbo kommun (212000-9739) genom fritidsnämnden och Föreningen Sjöbodarnas Vänner (802519-8279),

att teckna en tilläggsöverenskommelse med Föreningen Sjöbodarnas Vänner om lån av kommunens båthus.

Nämnden lämnar ett bidrag om 180 000 kronor per år. Föreningen bidrar med egna medel om 40 000 kronor per år.

Överenskommelsen gäller 2028-05-01 till och med 2029-12-31.
`;
  const doc = read(text);
  expect(doc.agreements.map((a) => [a.name, a.annualTotal])).toEqual([['Sjöbodarna', 220000]]);
});
