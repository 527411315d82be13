import { lineAmount } from '../../../src/import/economy/lineAmount';

/** The item-line rule: what one line costs per year, and only when the line says per what. */
describe('lineAmount', () => {
  it.each<[string, number | null]>([
    ['Samordnare, 100 %: 552 000 kr', 552000],
    ['Samordnare, 100 %: 552 000 kr per år', 552000],
    ['Samordnare, 100 %, inklusive sociala avgifter: 46 000 kr per månad', 552000],
    ['Lokalhyra: 14 500 kr/mån', 174000],
    ['Hyra för lokalen, 35 000 kr per månad i fem månader: 175 000 kr', 175000],
    ['Hyra för lokalen: 35 000 kr per månad i fem månader', 175000],
    ['Lärarstöd, 40 %: 252 000 kr per läsår', 252000],
    ['Verksamhetsansvarig: 210 000 kr per säsong', 210000],
    ['Stödboende, 3 st à 250 000 kr', 750000],
    ['Ersättning för nattpersonal, 151 nätter à 10 000 kr: 1 510 000 kr', 1510000],
    ['Ideella värdar, beräknat 1 800 timmar per år à 180 kr', 324000],
    ['Volontärer, 1 500 timmar à 160 kr: 240 tkr', 240000],
    ['Sjuksköterska, 100 %: 640 tkr', 640000],
    ['Handledare: 1,2 mnkr', 1200000],
    ['Entréavgift 40 kr per besök', null],
    ['Samordnare 46 000 kr per kvartal', null],
    // A list item ends in a comma or semicolon before the next one.
    ['lokal i bygdegården, vars värde beräknas till 30 000 kronor per år,', 30000],
    ['material, 40 000 kronor per år;', 40000],
    // A product restated after its factors is the amount (not the factors' product added to it).
    ['ideellt arbete, 900 timmar per år värderade till 150 kronor per timme, det vill säga 135 000 kronor per år', 135000],
    ['Tre träffar i veckan', null],
  ])('%j → %p', (line, yearly) => {
    expect(lineAmount(line, 0)?.value ?? null).toBe(yearly);
  });

  it('says how a monthly amount was made yearly', () => {
    expect(lineAmount('Lokalhyra: 14 500 kr/mån', 0)?.note).toMatch(/× 12/);
    expect(lineAmount('Hyra: 35 000 kr per månad i fem månader', 0)?.note).toMatch(/× 5/);
  });

  it('keeps a restated product as stated and carries the factors\' product to check it against', () => {
    expect(lineAmount('ideellt arbete, 800 timmar à 150 kronor, motsvarande 125 000 kronor per år', 0)).toMatchObject({ value: 125000, factors: { product: 120000 } });
  });
});
