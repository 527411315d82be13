import { importText, toContractJson } from '../../src/import';

/**
 * A förvaltning's proposal and the committee's decision that changes it, in one document (a tjänsteskrivelse followed
 * by the protokollsutdrag): one partnership, the decided places, period, extension and amounts over the proposed ones.
 * The documents are written for these tests.
 */
const imported = (text: string) => toContractJson(importText(text, 'x.txt'));

const memo = (decision: string) => `VÄSTANÅ KOMMUN    TJÄNSTESKRIVELSE    Socialförvaltningen    Datum 2029-02-03

Idéburet offentligt partnerskap om Mötesplats Norrsken

Till: Socialnämnden

Förvaltningens förslag till beslut

Socialnämnden föreslås besluta

att ingå överenskommelse om idéburet offentligt partnerskap om Mötesplats Norrsken med Norrskens Vänner ideell förening (org.nr 802533-4411) enligt bilagt förslag,

att nämndens bidrag ska vara 200 000 kr per år, samt

att överenskommelsen ska gälla 2029-04-01–2030-03-31 med möjlighet till förlängning ett år i taget, högst två gånger.

Förslag till ekonomi

Förslaget omfattar 10 platser. Parternas insatser per år:

Insats	Part	Kr per år
Bidrag till personal	Socialnämnden	200 000
Lokal, värderad hyra	Socialnämnden	60 000
Ideellt arbete, 500 tim à 200 kr	Föreningen	100 000
Summa		360 000

Anna Holm
Förvaltningschef

UTDRAG UR PROTOKOLL – Socialnämnden, sammanträde 2029-03-02

§ 17 Idéburet offentligt partnerskap om Mötesplats Norrsken

Beslut

${decision}

Yrkanden

Per Ek (M) yrkar att bidraget höjs till 300 000 kr och att antalet platser blir 20. Nämnden avslår yrkandet.

Justerandes signatur: ______     Utdragsbestyrkande: ______`;

const changed = `Socialnämnden beslutar, med ändring av förvaltningens förslag,

att ingå överenskommelse om idéburet offentligt partnerskap om Mötesplats Norrsken mellan Västanå kommun (org.nr 212000-9911), genom socialnämnden, och Norrskens Vänner ideell förening (org.nr 802533-4411),

att nämndens bidrag till personal ska vara 240 000 kr per år, i stället för föreslagna 200 000 kr, och att platserna utökas till 12 platser i stället för 10,

att överenskommelsen ska gälla från och med 2029-04-01 till och med 2031-03-31 utan möjlighet till förlängning,

att i övrigt godkänna förslaget till överenskommelse.

Partnerskapets värde blir därmed 400 000 kr per år, varav nämndens insatser 300 000 kr och föreningens 100 000 kr.`;

describe('a proposal and the committee decision that changes it, in one document', () => {
  test('one agreement; the decided places, period, extension, item and total outrank the proposal', () => {
    const result = imported(memo(changed));
    expect(result.agreements).toHaveLength(1);
    const a = result.agreements[0];
    expect(a.places).toBe(12);
    expect([a.validity.start, a.validity.end]).toEqual(['2029-04-01', '2031-03-31']);
    expect(a.validity.extension).toBeNull();
    expect(a.costItems.map((it) => it.annualAmount)).toEqual([240000, 60000, 100000]);
    expect(a.annualTotal).toBe(400000);
    expect(a.contributions.map((c) => c.annualAmount)).toEqual([300000, 100000]);
    // What the decision replaced is said, and the motion's figures are no change.
    expect(a.warnings.some((w) => w.field === 'places' && w.code === 'INFERRED')).toBe(true);
    expect(a.warnings.some((w) => w.message.includes('300 000 kr i stället för'))).toBe(false);
  });

  test('the proposal names the non-profit without its legal form, the decision with it: one partnership', () => {
    const text = memo(changed).replace('med Norrskens Vänner ideell förening (org.nr 802533-4411) enligt', 'med Norrskens Vänner enligt');
    expect(imported(text).agreements).toHaveLength(1);
  });

  test('a decision that extends where the proposal did not: the decided extension holds', () => {
    const text = memo(changed)
      .replace('med möjlighet till förlängning ett år i taget, högst två gånger', 'utan möjlighet till förlängning')
      .replace('2031-03-31 utan möjlighet till förlängning', '2031-03-31 med möjlighet till förlängning två gånger om vardera ett år');
    expect(imported(text).agreements[0].validity.extension).toEqual({ years: 1, times: 2 });
  });

  test('a decision that adopts the proposal unchanged: the proposal\'s figures stand', () => {
    const a = imported(memo('Socialnämnden beslutar enligt förvaltningens förslag.')).agreements[0];
    expect(a.places).toBe(10);
    expect([a.validity.start, a.validity.end]).toEqual(['2029-04-01', '2030-03-31']);
    expect(a.validity.extension).toEqual({ years: 1, times: 2 });
    expect(a.annualTotal).toBe(360000);
  });
});
