import { importText, toContractJson } from '../../../src/import';
import { semicolonTables } from '../../../src/import/text/delimited';

/**
 * A committee's register exported as semicolon-separated text, with the period in a start and an end column and two
 * partners joined by "+". Documents written for these tests.
 */
const EXPORT = `Rapport;Register över IOP, socialnämnden
Organisation;Hörby kommun (org.nr 212000-1124)
;
Namn;Idéburen part;Org.nr;Startdatum;Slutdatum;Varav nämnden (tkr);Totalt värde (tkr);Uppräkning
Läxhjälp Hörby;Föreningen Läxhjälpen Hörby;802477-1787;2026-01-01;2027-12-31;210,0;300,0;2 %
Mötesplats "Torget; centrum";Stiftelsen Torget Hörby;802483-1102;2025-07-01;Tills vidare;95,5;140,0;–
Seniorsim;Hörby Simsällskap + Föreningen Aktiva Seniorer;802490-3273 + 802506-6740;2026-03-01;2028-02-29;120,0;180,0;KPI
Summa;;;;;425,5;620,0;
`;

describe('a table saved as semicolon-separated text', () => {
  test('an overview export: rows, tkr, start and end columns, two partners with their numbers in order', () => {
    const result = toContractJson(importText(EXPORT, 'register.txt'));
    expect(result.documentKind).toBe('overview');
    const byName = Object.fromEntries(result.agreements.map((a) => [a.name, a]));
    expect(Object.keys(byName)).toEqual(['Läxhjälp Hörby', 'Mötesplats "Torget; centrum"', 'Seniorsim']);
    expect(byName['Läxhjälp Hörby']).toMatchObject({ annualTotal: 300000, validity: { start: '2026-01-01', end: '2027-12-31' } });
    expect(byName['Mötesplats "Torget; centrum"']).toMatchObject({ annualTotal: 140000, validity: { start: '2025-07-01', end: null } });
    expect(byName.Seniorsim.parties.slice(1).map((p) => [p.name, p.orgNumber])).toEqual([
      ['Hörby Simsällskap', '802490-3273'],
      ['Föreningen Aktiva Seniorer', '802506-6740'],
    ]);
  });

  test('keeps the text length, and leaves prose and short runs alone', () => {
    expect(semicolonTables(EXPORT)).toHaveLength(EXPORT.length);
    const prose = 'Parterna är X; Y; Z och W.\nKommunen bidrar; föreningen bidrar; båda följer upp.\nSlut.';
    expect(semicolonTables(prose)).toBe(prose);
    expect(semicolonTables('a;b;c;d\ne;f;g;h\n')).toBe('a;b;c;d\ne;f;g;h\n');
  });
});
