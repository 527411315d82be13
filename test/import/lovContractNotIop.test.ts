import { importText, toContractJson } from '../../src/import';
import { refusal } from './refusal';
import { deniesItself } from '../../src/import/kind';

/**
 * A contract that says of itself that it is no partnership ("Kontraktet är inte ett partnerskap"), e.g. a LOV contract
 * paying a supplier per participant, is refused (kind.ts DENIES_SELF in deniesItself). "partnerskap" alone counts only
 * with the document as the subject, and never where a sentence names IOP positively. Documents written for these tests.
 */
const SELF_DENIAL = /^NOT_IOP: Dokumentet säger själv/;
const s = (...texts: string[]): { text: string }[] => texts.map((text) => ({ text }));

const LOV = (denial: string) => `ÅBY KOMMUN
Socialnämnden

KONTRAKT ENLIGT LAGEN OM VALFRIHETSSYSTEM
Boendestöd

Uppdragsgivare: Åby kommun, socialnämnden, organisationsnummer 212000-0001.
Utförare: Stödet i Åby ekonomisk förening, organisationsnummer 769600-0001.

Utföraren har godkänts i kommunens valfrihetssystem. ${denial} Utföraren ersätts per timme enligt fastställd ersättning.

Ersättningen är 480 kr per timme. Kontraktet gäller från 2030-01-01 och tills vidare.
`;

describe('a contract that denies being a partnership', () => {
  test.each([
    ['Kontraktet är inte ett partnerskap.'],
    ['Detta avtal utgör inget partnerskap.'],
    ['Avtalet reglerar ersättningen och är inte ett partnerskap mellan parterna.'],
  ])('%s is refused', (denial) => {
    expect(refusal(LOV(denial))).toMatch(SELF_DENIAL);
  });

  test('"partnerskap" alone with another subject is no self-denial', () => {
    expect(deniesItself(s('Föreningsbidraget är inte ett partnerskap.'))).toBe(false);
    expect(deniesItself(s('Kontraktet är inte ett partnerskap.'))).toBe(true);
  });

  test('an IOP that names itself positively still imports', () => {
    const text = `Överenskommelse om idéburet offentligt partnerskap – Boendestöd Åby

Åby kommun, socialnämnden, org.nr 212000-0001, och Föreningen Stödet i Åby, org.nr 802400-0001, ingår detta idéburna offentliga partnerskap.
Det tidigare kontraktet var inte ett partnerskap.

Nämnden bidrar med 300 000 kronor per år och föreningen med 100 000 kronor per år.
Överenskommelsen gäller 2030-01-01 – 2031-12-31.
`;
    expect(toContractJson(importText(text, 'x.txt')).agreements.length).toBe(1);
  });
});
