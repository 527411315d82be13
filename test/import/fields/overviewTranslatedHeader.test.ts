import { importText, toContractJson } from '../../../src/import';

/**
 * A bilingual register (a municipality in a Finnish or Sami administrative area) whose header cells carry their
 * translation after the Swedish ("Partnerskap Kumppanuus", "Period Kausi"): each column is the one its leading words
 * name (src/import/fields/overview.ts: `translatedHeader`). Written for this test.
 */
const imported = (text: string) => toContractJson(importText(text, 'forteckning.txt'));

const REGISTER = (nameHeader: string) => `Förteckning över kommunens idéburna offentliga partnerskap 2030
Luettelo kunnan kumppanuuksista 2030

Pajala kommun, kommunstyrelsen, org.nr 212000-2627. Beloppen är kronor per år.

${nameHeader}\tIdéburen part (org.nr) Järjestö (y-tunnus)\tPeriod Kausi\tNämndens bidrag, kr/år Lautakunnan osuus\tTotalt värde, kr/år Kokonaisarvo
Bastuklubben Kengis\tFöreningen Kengis Bastu (802471-5503)\t2030-01-01 – 2031-12-31\t72 000\t118 000
Språkcafé Pajala\tTornedalens Språkvänner (802533-0807)\t2029-09-01 – 2031-08-31\t140 000\t205 000
Summa / Yhteensä\t\t\t212 000\t323 000
`;

describe('a register whose header cells are followed by their translation', () => {
  test('the rows are read as an overview with each column where its Swedish words say', () => {
    const r = imported(REGISTER('Partnerskap Kumppanuus'));
    expect(r.documentKind).toBe('overview');
    expect(r.agreements.map((a) => [a.name, a.validity.start, a.annualTotal])).toEqual([
      ['Bastuklubben Kengis', '2030-01-01', 118_000],
      ['Språkcafé Pajala', '2029-09-01', 205_000],
    ]);
    const civil = r.agreements[0].parties.find((p) => p.sector === 'civil');
    expect([civil?.name, civil?.orgNumber]).toEqual(['Föreningen Kengis Bastu', '802471-5503']);
  });

  test('a cell whose leading words name no column still names none: the table is no register', () => {
    let kind: string | null;
    try {
      kind = imported(REGISTER('Kumppanuus Partnerskapen')).documentKind;
    } catch {
      kind = null;
    }
    expect(kind).not.toBe('overview');
  });
});
