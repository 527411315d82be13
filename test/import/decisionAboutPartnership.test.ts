import { importText, toContractJson } from '../../src/import';

/**
 * A committee's decision about one existing partnership (not to extend it, to extend it, to keep its grant): the
 * partnership's name stands in the title after its kind, perhaps in the definite form ("Överenskommelsen om idéburet
 * offentligt partnerskap X") and wrapped before the matter after a dash ("… – beslut om att inte förlänga",
 * src/import/text/outline.ts: KIND_NAME_END, MATTER_AFTER, NAME_REST_THEN_MATTER); the civil party is the one the case
 * names with its own org number after a comma (fields/parties.ts: NAME_WITH_ORG_NUMBER); and an amount the decision
 * turns down ("att avslå föreningens ansökan om … 520 000 kr") is no decided amount, nor is the same amount where the
 * case restates the application (economy/minutes.ts: REJECTS). Documents written for these tests.
 */
const imported = (text: string) => toContractJson(importText(text, 'x.txt'));
const amounts = (a: ReturnType<typeof imported>['agreements'][number]) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const NOT_EXTENDED = `NORRBY KOMMUN                                  PROTOKOLLSUTDRAG
Kultur- och fritidsnämnden                     Sammanträdesdatum 2029-10-02

§ 61   Dnr KFN 2029/88

Överenskommelsen om idéburet offentligt partnerskap Läxhjälp
Norrby – beslut om att inte förlänga


Beslut

Kultur- och fritidsnämnden beslutar

att inte förlänga överenskommelsen om idéburet offentligt partnerskap Läxhjälp
Norrby, som därmed upphör den 2029-12-31,

att avslå föreningens ansökan om ett årligt bidrag om 300 000 kr från 2030.


Ärendet

Kultur- och fritidsnämnden och Föreningen Studiekamraterna i Norrby, org.nr
802433-1202, ingick 2027 en överenskommelse om idéburet offentligt partnerskap om
Läxhjälp Norrby. Kommunens part är Norrby kommun, org.nr 212000-2205.

Överenskommelsen gäller från och med 2028-01-01 till och med 2029-12-31. Enligt
överenskommelsen bidrar kommunen med 250 000 kr per år och föreningen med ideellt
arbete värderat till 90 000 kr per år.

Föreningen har ansökt om fortsatt partnerskap med ett årligt bidrag om 300 000 kr.


Justerandes sign.          Utdragsbestyrkande
`;

describe('a protokollsutdrag deciding not to extend a partnership', () => {
  test('the name from a wrapped definite title, the civil party from the case, the rejected application left out', () => {
    const r = imported(NOT_EXTENDED);
    expect(r.documentKind).toBe('decision');
    const [a] = r.agreements;
    expect(a.name).toBe('Läxhjälp Norrby');
    expect(a.parties.map((p) => [p.name, p.orgNumber, p.sector])).toEqual([
      ['Norrby kommun', '212000-2205', 'public'],
      ['Föreningen Studiekamraterna i Norrby', '802433-1202', 'civil'],
    ]);
    expect(amounts(a)).toEqual({ 'Norrby kommun': 250000, 'Föreningen Studiekamraterna i Norrby': 90000 });
    expect(a.warnings.some((w) => w.field === 'contributions' && /avslår/.test(w.message))).toBe(true);
  });

  test('the title on one line, "Avtalet om IOP X – förlängning", and the party\'s number wrapped after its label', () => {
    const text = NOT_EXTENDED.replace('Överenskommelsen om idéburet offentligt partnerskap Läxhjälp\nNorrby – beslut om att inte förlänga', 'Avtalet om IOP Läxhjälp Norrby – förlängning')
      .replace('Föreningen Studiekamraterna i Norrby, org.nr\n802433-1202', 'Föreningen Studiekamraterna i Norrby, organisationsnummer\n802433-1202');
    const [a] = imported(text).agreements;
    expect(a.name).toBe('Läxhjälp Norrby');
    expect(a.parties.find((p) => p.sector === 'civil')).toMatchObject({ name: 'Föreningen Studiekamraterna i Norrby', orgNumber: '802433-1202' });
  });

  test('a decision that turns down a motion to raise the grant keeps the agreement\'s amount', () => {
    const text = NOT_EXTENDED.replace('att avslå föreningens ansökan om ett årligt bidrag om 300 000 kr från 2030.', 'att inte bifalla föreningens begäran om att höja bidraget till 300 000 kr.')
      .replace('Föreningen har ansökt om fortsatt partnerskap med ett årligt bidrag om 300 000 kr.', '');
    const [a] = imported(text).agreements;
    expect(amounts(a)['Norrby kommun']).toBe(250000);
  });

  test('a decision clause wrapped over a short line ("Läxhjälp Norrby med följande ändring:") is still the decision', () => {
    const text = `FÖRENINGEN STUDIEKAMRATERNA I NORRBY

FÖRSLAG TILL ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP
Läxhjälp Norrby

1. Parter
Norrby kommun, genom kultur- och fritidsnämnden
Föreningen Studiekamraterna i Norrby, org.nr 802433-1202

2. Ekonomi
  - Kommunens bidrag: 280 000 kr
  - Föreningens ideella arbete: 90 000 kr

--------------------------------------------------------------------

NORRBY KOMMUN
PROTOKOLLSUTDRAG
Sammanträdesdatum: 2028-04-24

Beslut

Kultur- och fritidsnämnden beslutar

att godkänna föreningens förslag till överenskommelse om idéburet offentligt partnerskap
Läxhjälp Norrby med följande ändring:
  1. Kommunens bidrag fastställs till 250 000 kr per år.

Utdragsbestyrkande
`;
    const [a] = imported(text).agreements;
    expect(amounts(a)['Norrby kommun']).toBe(250000);
  });
});
