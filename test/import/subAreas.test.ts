import { importText } from '../../src/import';

/**
 * An agreement divided into delområden, each its own partnership with one counterpart (severalPartnerships.ts
 * subAreaParts): each delområde is read from its own view, the shared terms (period, extension, indexation) from the
 * parts outside them; a party row or a sentence that names only another delområde, and a paragraph with the
 * delområden's amounts together, belong to no one partnership. Documents written for these tests.
 */
const TWO_AREAS = `NORRVIKA KOMMUN
Fritidsnämnden

Överenskommelse om idéburet offentligt partnerskap – Läxhjälp i två stadsdelar

Överenskommelsen omfattar två delområden. Varje delområde är ett eget partnerskap och följs upp för sig.

1. Parter

Part\tOrg.nr\tRoll
Norrvika kommun, fritidsnämnden\t212000-0019\tPart i delområde A och B
Föreningen Läxvänner Öster\t802411-0010\tPart i delområde A
Västra Studiecirkeln\t802422-0017\tPart i delområde B

2. Delområde A – Läxhjälp Öster

Föreningen Läxvänner Öster håller läxhjälp på fritidsgården. Det finns 30 platser per kväll.

Insats\tPart\tKr per år
Bidrag till samordning\tNämnden\t80 000
Ideellt arbete, 400 timmar à 200 kr\tFöreningen\t80 000
Summa delområde A\t\t160 000

3. Delområde B – Läxhjälp Väster

Västra Studiecirkeln håller läxhjälp i biblioteket två eftermiddagar i veckan.

Insats\tPart\tKr per år
Bidrag till samordning\tNämnden\t50 000
Ideellt arbete, 300 timmar à 200 kr\tFöreningen\t60 000
Summa delområde B\t\t110 000

Det samlade värdet för båda delområdena är 270 000 kronor per år, varav nämnden står för 130 000 kronor.

4. Gemensamma villkor

Båda delområdena gäller från 2031-01-01 till och med 2032-12-31. De kan förlängas ett år i taget, högst två gånger.
Ett delområde kan sägas upp utan att det andra påverkas. Nämndens bidrag räknas upp med 2 procent per år.
`;

describe('an agreement with two delområden gives two agreements', () => {
  const result = importText(TWO_AREAS, 'x.txt');

  test('one agreement per delområde, named by its heading', () => {
    expect(result.agreements.map((a) => a.name)).toEqual(['Läxhjälp Öster', 'Läxhjälp Väster']);
  });

  test("each has the kommun and its own counterpart, not the other delområde's", () => {
    expect(result.agreements.map((a) => a.parties.map((p) => p.orgNumber))).toEqual([
      ['212000-0019', '802411-0010'],
      ['212000-0019', '802422-0017'],
    ]);
  });

  test("each has its own economy and places; the delområden's joint value is no one's total", () => {
    expect(result.agreements.map((a) => a.annualTotal)).toEqual([160000, 110000]);
    expect(result.agreements.map((a) => a.contributions.map((c) => c.annualAmount))).toEqual([
      [80000, 80000],
      [50000, 60000],
    ]);
    expect(result.agreements.map((a) => a.places)).toEqual([30, null]);
  });

  test('the shared terms hold for each', () => {
    for (const a of result.agreements) {
      expect(a.validity.start).toBe('2031-01-01');
      expect(a.validity.end).toBe('2032-12-31');
      expect(a.validity.extension).toEqual({ years: 1, times: 2 });
      expect(a.indexation?.rate).toBe(0.02);
    }
  });

  test('an agreement that names one delområde heading only is read whole', () => {
    const one = TWO_AREAS.replace('3. Delområde B – Läxhjälp Väster', '3. Verksamheten i väster');
    expect(importText(one, 'x.txt').agreements).toHaveLength(1);
  });
});
