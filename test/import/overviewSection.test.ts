import { importText, toContractJson } from '../../src/import';
import { withoutSection } from '../../src/import/fields/overview';

/**
 * An overview row whose partner acts through a section of its association ("Ekby IF, simsektionen (802…)"): the
 * section is no organisation of its own and no second partner; the number beside it is the association's
 * (fields/overview.ts, withoutSection). Written for this test.
 */
const overview = (partner: string) => `Ekby kommun, org.nr 212000-1116
Kultur- och fritidsnämnden

# Översikt över idéburna offentliga partnerskap 2030

| Partnerskap | Idéburen part (org.nr) | Period | Kommunens insats, kr/år | Värde totalt, kr/år |
|---|---|---|---|---|
| Simskola Ekby | ${partner} | 2030-01-01 – 2031-12-31 | 120 000 | 180 000 |
| Kvällsfika Ekby | Föreningen Läsglädje i Ekby (802400-1235) | 2030-01-01 – 2030-12-31 | 80 000 | 110 000 |
| Summa | | | 200 000 | 290 000 |
`;

const partners = (text: string) =>
  toContractJson(importText(text, 'oversikt.md')).agreements.map((a) => a.parties.filter((p) => p.sector === 'civil').map((p) => [p.name, p.orgNumber ?? null]));

describe('an overview partner acting through its section', () => {
  it('reads the association with its number, not the section as a second partner', () => {
    expect(partners(overview('Ekby Idrottsförening, simsektionen (802400-1243)'))).toEqual([
      [['Ekby Idrottsförening', '802400-1243']],
      [['Föreningen Läsglädje i Ekby', '802400-1235']],
    ]);
  });

  it('keeps two partners named side by side', () => {
    expect(withoutSection('Ekby IF (802400-1243); Ekby Simsällskap (802400-1250)')).toBe('Ekby IF (802400-1243); Ekby Simsällskap (802400-1250)');
    expect(withoutSection('Ekby IF, ungdomsavdelningen och Föreningen Läsglädje')).toBe('Ekby IF och Föreningen Läsglädje');
  });
});
