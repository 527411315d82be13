import { importText, toContractJson } from '../../../src/import';
import { lineAmount } from '../../../src/import/economy/lineAmount';
import { buildSource } from '../../../src/import/text/source';

/**
 * Words hyphenated at a line's end in a justified PDF column or by a soft hyphen in a text file are one word again,
 * a justified party line with a stretched gap stays a party line, and an item whose note in parentheses goes on to
 * the next line keeps its own amount (text/source.ts, text/normalize.ts, economy/lineAmount.ts). Texts written for
 * these tests.
 */
describe('a word hyphenated at a line end', () => {
  test.each([
    ['org.nr 802588-7616, nedan kallad Förenin-\ngen.', 'kallad Föreningen.'],
    ['Bidraget betalas ut kvartals-\nvis mot faktura.', 'kvartalsvis'],
    ['Hon arbetar som fält\u00ad\nsekreterare i Lerbo.', 'fältsekreterare'],
  ])('%j is joined', (text, joined) => {
    const doc = buildSource(text);
    expect(doc.text).toContain(joined);
    // Every offset after the join stays where the text had it.
    expect(doc.text.length).toBe(text.replace(/\u00ad/g, '-').length);
  });

  test.each([
    ['Kultur-\noch fritidsnämnden'],
    ['ett IOP-\növerenskommelse'],
    ['Rad\t1 000 kr per-\nmånad\t2 000'],
  ])('%j keeps its hyphen', (text) => {
    expect(buildSource(text).text).toBe(text);
  });
});

test('a justified party line with a stretched gap, its number on the next line, is the party', () => {
  const text = `Partnerskapsavtal – Slöjdkvällar Lerbo

1. Parter
Lerbo kommun, org.nr 212000-9739,
genom kulturnämnden, nedan kallad Kommunen.
Föreningen Slöjdgillet\tLerbo,
org.nr 802588-7616, nedan kallad Förenin-
gen.

2. Ekonomi
Kommunen bidrar med 200 000 kronor per år. Föreningen bidrar med egna medel om 50 000 kronor per år.

3. Avtalstid
Avtalet gäller 2028-01-01 – 2029-12-31.
`;
  const a = toContractJson(importText(text, 'x.txt')).agreements[0];
  expect(a.parties.map((p) => [p.name, p.orgNumber])).toEqual([
    ['Lerbo kommun', '212000-9739'],
    ['Föreningen Slöjdgillet Lerbo', '802588-7616'],
  ]);
});

test('an item whose note in parentheses goes on to the next line keeps its own amount', () => {
  expect(lineAmount('• samordnare 0,2 tjänst, 90 000 kr (tjänsten kostar totalt', 0)?.value).toBe(90000);
  // A closed note with an amount of its own is no tail: which amount is the item's is not told.
  expect(lineAmount('• samordnare, 90 000 kr (av totalt 450 000 kr) per vecka', 0)).toBeNull();
});
