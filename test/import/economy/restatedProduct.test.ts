import { importText, toContractJson } from '../../../src/import';

/**
 * Hours × rate in a sentence, then the product restated in another unit ("vilket motsvarar 0,63 miljoner kronor per
 * år", economy/prose.ts): one item, not two, so the party's stated share confirms it. Documents written for these tests.
 */
const DOC = `Överenskommelse om idéburet offentligt partnerskap

Stödsamtal Hedemo

1. Parter
Region Västerdal genom socialnämnden, org.nr 232100-0156, och Föreningen Samtalsbänken Hedemo, org.nr 802477-1787.

2. Ekonomi
Regionen bidrar med 0,9 miljoner kronor per år i verksamhetsbidrag.

Föreningen bidrar med ideellt arbete om 3 000 timmar per år, som värderas till 210 kronor per timme inklusive sociala avgifter, vilket motsvarar 0,63 miljoner kronor per år. Föreningen bidrar därutöver med egna medel om 0,05 miljoner kronor per år.

Partnerskapets samlade värde är 1,58 miljoner kronor per år, varav Regionens del 0,9 miljoner kronor och Föreningens del 0,68 miljoner kronor.

3. Avtalstid
Överenskommelsen gäller från och med den 1 januari 2027 till och med den 31 december 2028.
`;

describe('a product of hours and rate restated in another unit', () => {
  test('is one item; the non-profit\'s stated share agrees with its items', () => {
    const a = toContractJson(importText(DOC, 'x.md')).agreements[0];
    const civil = a.costItems.filter((c) => c.party === 'Föreningen Samtalsbänken Hedemo').map((c) => c.annualAmount);
    expect(civil).toEqual([630000, 50000]);
    expect(a.contributions.find((c) => c.party === 'Föreningen Samtalsbänken Hedemo')?.annualAmount).toBe(680000);
    expect(a.annualTotal).toBe(1580000);
  });
});
