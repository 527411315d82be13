import { importText, toContractJson } from '../../src/import';

/**
 * Minutes that enter two partnerships in one clause: "dels med A om X, dels med B om Y", with the amounts and the
 * periods as "respektive" lists in the same order (src/import/severalPartnerships.ts `delsPartnerships`). The case
 * then describes each partnership in a paragraph of its own, one of them with more money from the kommun than the
 * grant the clause names (a boat lent, valued), which the decision does not change. Written for these tests.
 */
const MINUTES = `SJÖVIKS KOMMUN
Protokollsutdrag, kultur- och fritidsnämnden

§ 41 Partnerskap om fiskecamp och bygdebibliotek

Beslut

1. Kultur- och fritidsnämnden beslutar att Sjöviks kommun ska ingå idéburet offentligt partnerskap dels med Sjöviks fiskeklubb om Fiskecamp Sjövik, dels med Norrby byalag om Bygdebiblioteket Norrby, med ett bidrag om 140 000 kronor respektive 62 000 kronor per år och för perioderna 2030-01-01–2031-12-31 respektive 2030-03-01–2032-02-29.

2. Nämnden uppdrar åt förvaltningschefen att underteckna överenskommelserna.

Ärendet

Fiskecamp Sjövik drivs av Sjöviks fiskeklubb, org.nr 802400-1219, vid Sjövikens strand. Utöver bidraget om 140 000 kronor per år lånar kommunen ut en båt, värderad till 12 000 kronor per år, så att kommunens del blir 152 000 kronor. Klubbens del är 300 ideella timmar à 200 kronor, 60 000 kronor, och partnerskapets värde 212 000 kronor per år.

Bygdebiblioteket Norrby drivs av Norrby byalag, org.nr 802400-2027, i byns skola. Kommunens del är bidraget om 62 000 kronor per år. Byalagets del är lokalen, värderad till 18 000 kronor per år, och partnerskapets värde 80 000 kronor per år.

Båda överenskommelserna räknas upp med 2 procent per år.

Yrkanden

Per Ek (M) yrkar att bidraget till Norrby byalag ska vara 50 000 kronor per år. Ordföranden finner att nämnden bifaller förvaltningens förslag.
`;

type Agreement = ReturnType<typeof toContractJson>['agreements'][number];
const read = (text: string) => toContractJson(importText(text, 'protokoll.txt'));
const share = (a: Agreement, party: string) => a.contributions.find((c) => c.party === party)?.annualAmount;

describe('minutes entering two partnerships in one "dels … dels" clause', () => {
  const doc = read(MINUTES);
  const [camp, library] = doc.agreements;

  test('a decision with one agreement per "dels" part, named as the part names it', () => {
    expect(doc.documentKind).toBe('decision');
    expect(doc.agreements.map((a) => a.name)).toEqual(['Fiskecamp Sjövik', 'Bygdebiblioteket Norrby']);
  });

  test('each agreement has its own non-profit, its full name with its kind in lower case ("Norrby byalag")', () => {
    expect(camp.parties.map((p) => [p.name, p.orgNumber])).toContainEqual(['Sjöviks fiskeklubb', '802400-1219']);
    expect(library.parties.map((p) => [p.name, p.orgNumber])).toContainEqual(['Norrby byalag', '802400-2027']);
    expect(camp.parties.some((p) => p.name.includes('Norrby'))).toBe(false);
  });

  test('each takes its own item of every "respektive" list: the period', () => {
    expect([camp.validity.start, camp.validity.end]).toEqual(['2030-01-01', '2031-12-31']);
    expect([library.validity.start, library.validity.end]).toEqual(['2030-03-01', '2032-02-29']);
  });

  test("the grant the clause names is one of the kommun's items: the boat lent still counts, the motion does not", () => {
    expect(share(camp, 'Sjöviks kommun')).toBe(152_000);
    expect(camp.annualTotal).toBe(212_000);
    // "300 ideella timmar à 200 kronor, 60 000 kronor": the product after a bare comma is not a second item.
    expect(share(camp, 'Sjöviks fiskeklubb')).toBe(60_000);
    expect(share(library, 'Sjöviks kommun')).toBe(62_000);
    expect(share(library, 'Norrby byalag')).toBe(18_000);
    expect(library.annualTotal).toBe(80_000);
  });

  test('the shared sentence gives both the same indexation', () => {
    expect(camp.indexation?.rate).toBe(0.02);
    expect(library.indexation?.rate).toBe(0.02);
  });
});
