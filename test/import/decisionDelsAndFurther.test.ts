import { importText, toContractJson } from '../../src/import';

/**
 * Minutes whose first att-clause enters two partnerships "dels med A om X, dels med B om Y" with "respektive" lists,
 * and whose next att-clause enters a third "därutöver" with its own amount and period (severalPartnerships.ts
 * `partnershipsOf` after `delsPartnerships`): three agreements, the third read without the dels clause's periods and
 * amounts. The third's counterpart wraps after its genitive ("med Västerby" / "Idrottsförening"): one name
 * (fields/parties.ts `GENITIVE_GOES_ON`), and the grant after it is the kommun's (economy/prose.ts `enteringParty`
 * reads the clause with its runs of space as one, economy/vocabulary.ts `ENTER_PARTNERSHIP` takes "ett bidrag från
 * nämnden om"). Written for these tests.
 */
const MINUTES = `NORRVIKA KOMMUN                         SAMMANTRÄDESPROTOKOLL
Fritidsnämnden

§ 12  Partnerskap om motion för äldre

Beslut

Fritidsnämnden beslutar

att  ingå idéburet offentligt partnerskap dels med Norrvika Skidklubb om
     Stavgång Norrvika, dels med Östra Bouleklubben om Boule Öster, med ett
     bidrag från nämnden om 50 000 kronor respektive 30 000 kronor per år och
     för perioderna 2031-01-01 – 2032-12-31 respektive 2031-01-01 – 2033-12-31,

att  därutöver ingå idéburet offentligt partnerskap med Västerby
     Idrottsförening om Gympa Västerby med ett bidrag om 40 000 kronor
     per år för perioden 2031-04-01 – 2032-12-31,

att  samtliga tre överenskommelser ska kunna förlängas ett år i sänder.

Ärendet

Stavgång Norrvika. Norrvika Skidklubb, org.nr 802411-0010, leder stavgång två
gånger i veckan. Klubben bidrar med 200 ideella timmar à 150 kronor, 30 000 kronor.

Boule Öster. Östra Bouleklubben, org.nr 802422-0017, håller boule på
torget. Klubben bidrar med banor värderade till 10 000 kronor per år.

Gympa Västerby. Västerby Idrottsförening, org.nr 802433-0006, håller gympa i
skolans sal. Föreningen bidrar med 100 ideella timmar à 150 kronor, 15 000 kronor.
`;

describe('a dels clause for two partnerships and a clause of its own for a third', () => {
  const doc = toContractJson(importText(MINUTES, 'protokoll.txt'));
  const [walk, boule, gym] = doc.agreements;

  test('three agreements, the third from its own clause', () => {
    expect(doc.agreements.map((a) => a.name)).toEqual(['Stavgång Norrvika', 'Boule Öster', 'Gympa Västerby']);
  });

  test("the third's counterpart is one name across the line break, with its org number", () => {
    expect(gym.parties.map((p) => [p.name, p.orgNumber])).toContainEqual(['Västerby Idrottsförening', '802433-0006']);
  });

  test("the third takes its own period, not the dels clause's", () => {
    expect([gym.validity.start, gym.validity.end]).toEqual(['2031-04-01', '2032-12-31']);
    expect([boule.validity.start, boule.validity.end]).toEqual(['2031-01-01', '2033-12-31']);
    expect([walk.validity.start, walk.validity.end]).toEqual(['2031-01-01', '2032-12-31']);
  });

  test("each takes the kommun's grant from its clause: \"bidrag från nämnden om\", a name wrapped in its clause", () => {
    const kommun = (a: (typeof doc.agreements)[number]) => a.contributions.find((c) => c.party === 'Norrvika kommun')?.annualAmount;
    expect([kommun(walk), kommun(boule), kommun(gym)]).toEqual([50_000, 30_000, 40_000]);
  });

  test('the shared extension holds for all three', () => {
    for (const a of doc.agreements) expect(a.validity.extension).toEqual({ years: 1, times: null });
  });
});
