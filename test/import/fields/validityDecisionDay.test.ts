import { importText, toContractJson } from '../../../src/import';

/**
 * A period that runs "från och med beslutsdagen" starts on the date the document labels the decision's
 * (fields/validity.ts startFromDecisionDay): minutes' "Sammanträdesdatum" beside or below its label, "Beslutsdatum:".
 * Without one such date the start is unknown, with a warning. Documents written for these tests.
 */
const minutes = (header: string, clause: string) => `EKBY KOMMUN                                        PROTOKOLL
Fritidsnämnden                                     ${header}

§ 41   Dnr FN 2028/77

Idéburet offentligt partnerskap – Kvällsöppet Ekby

Beslut

Fritidsnämnden beslutar

att  ingå överenskommelse om idéburet offentligt partnerskap med Föreningen
     Ekbyungdom, org.nr 802477-1787, om Kvällsöppet Ekby,

att  ${clause}

att  bevilja föreningen ett bidrag om 300 000 kronor per år.

Ärendet

Ekby kommun, org.nr 212000-0142, och föreningen har samarbetat sedan 2025.
Föreningen bidrar med ideellt arbete värderat till 90 000 kronor per år.

Justeringen har tillkännagivits genom anslag 2028-05-20.
`;

const validity = (text: string) => {
  const a = toContractJson(importText(text, 'x.txt')).agreements[0];
  return { ...a.validity, warnings: a.warnings.filter((w) => w.field === 'validity.start') };
};

describe('a period from the decision day', () => {
  test('the meeting date under its label in a two-column header', () => {
    const header = 'Sammanträdesdatum\n                                                   2028-05-14';
    const v = validity(minutes(header, 'överenskommelsen gäller från och med beslutsdagen till och med den 31 december 2029,'));
    expect(v.start).toBe('2028-05-14');
    expect(v.end).toBe('2029-12-31');
    expect(v.warnings.map((w) => w.code)).toEqual(['INFERRED']);
  });

  test('"Beslutsdatum: 14 maj 2028" and "fr.o.m. dagen för nämndens beslut"', () => {
    const v = validity(minutes('Beslutsdatum: 14 maj 2028', 'överenskommelsen gäller fr.o.m. dagen för nämndens beslut t.o.m. 2029-12-31,'));
    expect(v.start).toBe('2028-05-14');
  });

  test('no labelled decision date: the start is unknown, with a warning', () => {
    const v = validity(minutes('Sida 1 av 2', 'överenskommelsen gäller från och med beslutsdagen till och med den 31 december 2029,'));
    expect(v.start).toBeNull();
    expect(v.warnings.some((w) => /beslutsdagen/u.test(w.message))).toBe(true);
  });
});
