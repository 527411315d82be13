import { importText, toContractJson } from '../../src/import';
import { extractPlaces } from '../../src/import/fields/places';
import { buildSource } from '../../src/import/text/source';

/**
 * Minutes with one § per partnership, each with its own att-clauses (period, grant, indexation, extension) and its own
 * case, and a further § on grants that enters no partnership (severalPartnerships.ts `minuteItems`): each partnership
 * is read from its whole §, and the other §'s amounts are no partnership's, even where they name one's association.
 * "N platser längs kusten" are locations, no places (fields/places.ts `LOCATIONS`). Written for these tests.
 */
const MINUTES = `REGION VÄSTERLAND\tPROTOKOLL
Kulturnämnden\tSammanträdesdatum 2030-12-10

§ 31 Idéburet offentligt partnerskap – Bygdefilm digitalt

Beslut

Kulturnämnden beslutar

att ingå idéburet offentligt partnerskap med Västerlands Filmförbund om Bygdefilm digitalt för perioden 2031-01-01 – 2032-12-31,

att nämndens bidrag ska vara 150 000 kronor per år och räknas upp med 2 procent per år,

att överenskommelsen ska kunna förlängas med ett år.

Ärendet

Västerlands Filmförbund, org.nr 802411-0010, digitaliserar gamla bygdefilmer. Förbundets insats är 500 ideella timmar à 200 kronor, 100 000 kronor. Partnerskapets värde blir 250 000 kronor per år.

§ 32 Idéburet offentligt partnerskap – Sjöfartsdagarna

Beslut

Kulturnämnden beslutar

att ingå idéburet offentligt partnerskap med Föreningen Sjöfartsminnen om Sjöfartsdagarna,

att överenskommelsen gäller från 2031-05-01 till och med 2033-04-30,

att nämndens bidrag ska vara 90 000 kronor per år; bidraget räknas inte upp.

Ärendet

Föreningen Sjöfartsminnen, org.nr 802422-0017, ordnar dagarna på 9 platser längs kusten. Föreningen bidrar med 300 ideella timmar à 200 kronor, 60 000 kronor. Partnerskapets värde blir 150 000 kronor per år.

§ 33 Verksamhetsbidrag 2031

Beslut

Kulturnämnden beslutar att fördela verksamhetsbidrag för 2031, sammanlagt 700 000 kronor, bland dem Västerlands Filmförbund (45 000 kronor).
`;

describe('minutes with a § per partnership and a § on grants', () => {
  const doc = toContractJson(importText(MINUTES, 'protokoll.txt'));
  const [film, sea] = doc.agreements;
  const region = (a: typeof film) => a.contributions.find((c) => c.party === 'Region Västerland')?.annualAmount;

  test('one agreement per §, the grants § none', () => {
    expect(doc.agreements.map((a) => a.name)).toEqual(['Bygdefilm digitalt', 'Sjöfartsdagarna']);
  });

  test("each reads its own §'s clauses: grant, period, extension, indexation", () => {
    expect([region(film), film.annualTotal]).toEqual([150_000, 250_000]);
    expect([film.validity.start, film.validity.end]).toEqual(['2031-01-01', '2032-12-31']);
    expect(film.validity.extension).toEqual({ years: 1, times: 1 });
    expect(film.indexation?.rate).toBe(0.02);
    expect([region(sea), sea.annualTotal]).toEqual([90_000, 150_000]);
    expect([sea.validity.start, sea.validity.end]).toEqual(['2031-05-01', '2033-04-30']);
    expect(sea.validity.extension).toBeNull();
  });

  test("the grants §'s amount for one partnership's association is not that partnership's", () => {
    expect(film.contributions.map((c) => c.annualAmount)).not.toContain(45_000);
    expect(sea.places).toBeNull();
  });
});

describe('places as locations', () => {
  test.each([
    ['Dagarna ordnas på 12 platser längs kusten.', null],
    ['Kursen hålls på tolv platser runt om i kommunen.', null],
    ['Boendet har 12 platser.', 12],
    ['Det finns 25 platser per träff.', 25],
  ])('%s', (text, places) => {
    expect(extractPlaces(buildSource(text)).value).toBe(places);
  });
});
