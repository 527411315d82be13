import { importText, toContractJson } from '../../../src/import';

/**
 * A list of delegated decisions ("Anmälan av delegationsbeslut") in which one row is an IOP: the span in which the
 * decisions were taken is no partnership's period (`DECISIONS_TAKEN_IN`), the row's "Period X – Y" is (CUE), and its
 * end, written with the start, outweighs another row's lone "t.o.m." (`withStartsRange`), with a warning that names the
 * other (src/import/fields/validity.ts). Written for this test.
 */
const LIST = `VIKSTA KOMMUN · Socialförvaltningen · Org.nr 212000-2627

Anmälan av delegationsbeslut

Socialnämnden, sammanträde 2029-04-16. Beslut fattade med stöd av nämndens delegationsordning under perioden 2029-01-01 – 2029-03-31.

Förslag till beslut: Nämnden lägger anmälan av delegationsbesluten till handlingarna.

Nr	Datum	Ärende	Beslut	Delegat
1	2029-01-15	Serveringstillstånd, Viksta Golfklubb org.nr 802533-0807	Tillstånd t.o.m. 2031-12-31	Handläggare
2	2029-02-03	Idéburet offentligt partnerskap med Föreningen Stödgruppen i Viksta, org.nr 802471-5503, om Anhörigträffen Viksta	Överenskommelse tecknad. Period 2029-03-01 – 2030-02-28. Nämndens bidrag 50 000 kr per år.	Förvaltningschef
3	2029-03-10	Yttrande till länsstyrelsen	Yttrande avgivet	Socialchef
`;

describe('a list of delegated decisions with one IOP row', () => {
  const [a] = toContractJson(importText(LIST, 'delegationsbeslut.txt')).agreements;

  test("the row's own period, not the span the decisions were taken in", () => {
    expect([a.validity.start, a.validity.end]).toEqual(['2029-03-01', '2030-02-28']);
  });

  test("another row's lone end is named in a warning on the end", () => {
    const end = a.warnings.find((w) => w.field === 'validity.end');
    expect(end?.code).toBe('AMBIGUOUS');
    expect(end?.message).toContain('2031-12-31');
  });

  test('the row gives the partnership, its non-profit and the grant', () => {
    expect(a.name).toBe('Anhörigträffen Viksta');
    expect(a.parties.map((p) => p.orgNumber)).toEqual(['212000-2627', '802471-5503']);
    expect(a.contributions).toEqual([{ party: 'Viksta kommun', annualAmount: 50_000 }]);
  });
});
