import { importText, toContractJson } from '../../../src/import';

/**
 * The period stated as a proposal inside a case description (minutes, decision memos): "Enligt förslaget ska
 * överenskommelsen gälla …", "föreslås löpa …", "Avtalstiden blir …". The documents are written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];

const MINUTES = (caseText: string) => `BORLÄNGE KOMMUN                             PROTOKOLLSUTDRAG
Kultur- och fritidsnämnden                  Sammanträdesdatum 2026-02-12

§ 14   Dnr KFN 2026/031

Idéburet offentligt partnerskap med Föreningen Läsfrämjarna i Borlänge – Sagostunder i Tjärna

Ärendet
Föreningen Läsfrämjarna i Borlänge (org.nr 802499-7895) har föreslagit ett partnerskap om sagostunder för
förskolebarn. ${caseText} Nämnden bidrar med 180 000 kronor per år och föreningens ideella insats värderas till
60 000 kronor per år.

Beslut
Kultur- och fritidsnämnden beslutar att ingå idéburet offentligt partnerskap med Föreningen Läsfrämjarna i Borlänge
enligt förvaltningens förslag.

Justerandes signatur ____________`;

describe('the period in a case description', () => {
  test.each([
    ['Enligt förslaget ska överenskommelsen gälla 2026-04-01 – 2028-03-31.', '2026-04-01', '2028-03-31'],
    ['Partnerskapet föreslås löpa från den 1 september 2026 till den 31 augusti 2028.', '2026-09-01', '2028-08-31'],
    ['Avtalstiden blir 2026-04-01–2028-03-31, med möjlighet till förlängning.', '2026-04-01', '2028-03-31'],
  ])('%s', (caseText, start, end) => {
    const a = agreement(MINUTES(caseText));
    expect(a.validity).toMatchObject({ start, end });
    expect(a.obtained).toMatchObject({ 'validity.start': 'read', 'validity.end': 'read' });
  });

  test('the meeting\'s own date and the memo\'s date are no period', () => {
    const a = agreement(MINUTES('Förvaltningen har berett ärendet.'));
    expect(a.validity).toMatchObject({ start: null, end: null });
  });
});
