import { hoursAtRate, restatedFactors } from '../../../src/import/economy/salary';

/** The implied arithmetic's one home: hours at a rate, and the factors of a product that a text restates. */
describe('hoursAtRate', () => {
  it.each<[string, [number, number] | null]>([
    ['volontärer, sammanlagt 1 440 timmar/år à 180 kr', [1440, 180]],
    ['Ideella värdar, 1 800 timmar per år à 180 kr', [1800, 180]],
    ['Pedagoger, 820 h à 325 kr', [820, 325]],
    ['Pedagoger, 820 h per år', null],
  ])('%j', (text, expected) => {
    const at = hoursAtRate(text);
    expect(at ? [at.hours, at.rate] : null).toEqual(expected);
  });
});

describe('restatedFactors', () => {
  it('finds the factors a text restates, and only when it restates them', () => {
    expect(restatedFactors('ideellt arbete, 800 timmar à 150 kronor, motsvarande ')).toEqual({ product: 120000, note: '800 timmar à 150 kr' });
    expect(restatedFactors('volontärer, 900 timmar per år värderade till 150 kronor per timme, det vill säga ')?.product).toBe(135000);
    expect(restatedFactors('hyrbilar, 4 st à 25 000 kr, totalt ')?.product).toBe(100000);
    expect(restatedFactors('ideellt arbete, 800 timmar à 150 kronor och material ')).toBeNull();
    expect(restatedFactors('lokal, det vill säga ')).toBeNull();
  });
});
