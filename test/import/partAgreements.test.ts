import { importText } from '../../src/import';

/**
 * An agreement file that holds a main agreement and a separate delöverenskommelse with its own period and economy
 * (src/import/severalPartnerships.ts agreementParts): two agreements, in document order, nothing of the part read into
 * the main one. An agreement that refers to the memo behind its decision stays an agreement (src/import/kind.ts).
 * The texts are written for these tests.
 */
const TWO_PARTS = `LÖVBY KOMMUN

Överenskommelse om idéburet offentligt partnerskap
Läxhjälp Norrby
med delöverenskommelse 1: Lovläger Ekudden

Innehåll:
  1. Huvudöverenskommelse om Läxhjälp Norrby
  2. Delöverenskommelse 1 om Lovläger Ekudden

1. HUVUDÖVERENSKOMMELSE – LÄXHJÄLP NORRBY

Parter

Lövby kommun, org.nr 212000-1111, genom barn- och utbildningsnämnden, och
Föreningen Läxkompisarna, org.nr 802400-1234.

Partnerskapet heter Läxhjälp Norrby. Läxhjälpen har inget fast antal platser.

Ekonomi

Nämnden betalar 200 000 kr per år. Föreningen bidrar med ideell tid värd 80 000 kr per år.

Överenskommelsen gäller från och med 2028-01-01 till och med 2029-12-31.

2. DELÖVERENSKOMMELSE 1 – LOVLÄGER EKUDDEN

Samma parter som i huvudöverenskommelsen.

Lägret har 30 platser per vecka.

Ekonomi

Nämnden betalar 50 000 kr per sommar. Föreningen bidrar med ideell tid värd 20 000 kr per sommar.

Delöverenskommelsen gäller från och med 2028-06-01 till och med 2028-08-31.
`;

describe('a file with a main agreement and a delöverenskommelse', () => {
  test('reads two agreements, the part under its own name with its own places and period', () => {
    const result = importText(TWO_PARTS, 'x.txt');
    expect(result.documentKind).toBe('agreement');
    expect(result.agreements.map((a) => a.name)).toEqual(['Läxhjälp Norrby', 'Lovläger Ekudden']);
    const [main, part] = result.agreements;
    expect(main.places).toBeNull();
    expect(main.validity.end).toBe('2029-12-31');
    expect(part.places).toBe(30);
    expect(part.validity.start).toBe('2028-06-01');
  });

  test('a contents list naming a part, with no section of its own, splits nothing', () => {
    const one = TWO_PARTS.slice(0, TWO_PARTS.indexOf('2. DELÖVERENSKOMMELSE'));
    expect(importText(one, 'x.txt').agreements).toHaveLength(1);
  });
});

const AGREEMENT_NAMING_MEMO = `ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP – MÖTESPLATS TORGET

Parter: Lövby kommun, org.nr 212000-1111, genom socialnämnden, och Föreningen Torget, org.nr 802400-5678.

Prövningen mot statsstödsreglerna redovisas i tjänsteskrivelsen till nämndens beslut.

Nämnden betalar 300 000 kr per år. Överenskommelsen gäller från och med 2028-01-01 till och med 2029-12-31.
`;

describe('an agreement that refers to a memo', () => {
  test('"i tjänsteskrivelsen till nämndens beslut" does not make it a decision', () => {
    expect(importText(AGREEMENT_NAMING_MEMO, 'x.txt').documentKind).toBe('agreement');
  });

  test('a memo that calls itself one stays a decision', () => {
    const memo = `Tjänsteskrivelse\n\n${AGREEMENT_NAMING_MEMO.replace('ÖVERENSKOMMELSE OM', 'FÖRSLAG OM')}`;
    expect(importText(memo, 'x.txt').documentKind).toBe('decision');
  });
});
