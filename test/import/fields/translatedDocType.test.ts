import { importText, toContractJson } from '../../../src/import';

/**
 * A decision from a municipality in a Finnish or Sami administrative area whose document type carries its translation
 * after a slash ("Protokollsutdrag / Pöytäkirjanote"): the line is the document's type, not the partnership's name,
 * which the clause gives (src/import/text/outline.ts, the bilingual type line). Written for this test.
 */
const MINUTES = (typeLine: string) => `Gällivare kommun · Kultur- och fritidsnämnden

${typeLine}

§ 14 Idéburet offentligt partnerskap om samisk slöjdverkstad

Beslut

Kultur- och fritidsnämnden beslutar

1. att ingå överenskommelse om idéburet offentligt partnerskap, Duodjestugan Vájgu, med Föreningen Sameslöjd i Gällivare, org.nr 802471-5503, för perioden 2030-01-01 – 2031-12-31,

2. att nämndens bidrag ska vara 180 000 kronor per år.

Ärendet

Föreningens insats är ideellt arbete om 400 timmar per år à 200 kronor, det vill säga 80 000 kronor per år.
`;

const nameOf = (typeLine: string) => toContractJson(importText(MINUTES(typeLine), 'protokoll.txt')).agreements[0].name;

describe('a document type followed by its translation', () => {
  test.each(['Protokollsutdrag / Pöytäkirjanote', 'Protokollsutdrag / Beavdegirjeoassi', 'Protokollsutdrag'])('"%s" is no name: the clause names the partnership', (typeLine) => {
    expect(nameOf(typeLine)).toBe('Duodjestugan Vájgu');
  });
});
