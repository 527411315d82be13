import { importText } from '../../src/import';
import { deniesItself } from '../../src/import/kind';
import { refusal } from './refusal';

/**
 * Two more ways a document says it is no IOP (kind.ts NONE_ENTERED with BY_THIS, NO_CIVIL_COUNTERPART in deniesItself):
 * a grant decision that lists several grants, names the partnerships some of its associations have besides and says
 * "Genom detta beslut ingås ingen överenskommelse och inget idéburet offentligt partnerskap" (the verb before the
 * negation); and a cooperation agreement between two public bodies that calls itself "inget avtal med en idéburen
 * organisation". An extension decision that enters "inget nytt partnerskap" and a real IOP still import. Documents
 * written for these tests.
 */
const s = (...texts: string[]): { text: string }[] => texts.map((text) => ({ text }));

const GRANTS = `# Delegationsbeslut – aktivitetsbidrag 2031

**Norrvika kommun, fritidsnämnden**
Datum: 2031-01-20

## Beslut

Fritidsnämnden beviljar följande föreningar aktivitetsbidrag för 2031 enligt nämndens regler för föreningsbidrag.

| Förening | Org.nr | Beviljat bidrag, kr |
|---|---|---:|
| Norrvika Schackklubb | 802411-0010 | 12 400 |
| Föreningen Kajakvännerna | 802422-0017 | 18 900 |
| **Summa** | | **31 300** |

## Partnerskap

Föreningen Kajakvännerna har även ett idéburet offentligt partnerskap med kommunen (Paddla tillsammans). Bidraget gäller
föreningens ungdomsverksamhet. Genom detta beslut tecknas inget avtal och inget idéburet offentligt partnerskap.
`;

const PUBLIC_PAIR = `Samverkansöverenskommelse om gemensam kurator

Överenskommelsen reglerar hur kommunen och regionen delar kostnaden för en kurator. Den är en överenskommelse mellan
två offentliga huvudmän och inget avtal med en idéburen organisation.

Part: Norrvika kommun, socialnämnden
Org.nr: 212000-0019
Part: Region Västerland, hälso- och sjukvårdsnämnden
Org.nr: 232100-0018

Kostnad: 640 000 kronor per år, hälften var. Kuratorn stödjer bland annat de föreningar som kommunen har idéburna
offentliga partnerskap med.
Period: 2031-01-01 – 2032-12-31
`;

const EXTENSION = `Tjänsteskrivelse – förlängning av partnerskapet Paddla tillsammans

Förslag till beslut
Fritidsnämnden beslutar att förlänga det idéburna offentliga partnerskapet Paddla tillsammans med Föreningen
Kajakvännerna, org.nr 802422-0017, till och med 2033-12-31. Genom detta beslut ingås inget nytt partnerskap; det
befintliga förlängs på samma villkor, med ett bidrag om 150 000 kronor per år.
`;

describe('a grant decision that enters no partnership in its own words is refused', () => {
  test('"Genom detta beslut tecknas inget avtal och inget idéburet offentligt partnerskap" beside a named partnership', () => {
    expect(refusal(GRANTS, 'x.md')).toMatch(/^NOT_IOP: /);
  });

  test('without the sentence the same list of grants, with its partnership named, is read (the rule needs it)', () => {
    const text = GRANTS.replace('Genom detta beslut tecknas inget avtal och inget idéburet offentligt partnerskap.', '');
    expect(refusal(text, 'x.md')).toBeNull();
  });

  test('an extension that enters "inget nytt partnerskap" is no denial', () => {
    expect(refusal(EXTENSION)).toBeNull();
    expect(deniesItself(s('Genom detta beslut ingås inget nytt partnerskap; det befintliga förlängs.'))).toBe(false);
  });
});

describe('an agreement that says it is "inget avtal med en idéburen organisation" is refused', () => {
  test('two public bodies in label/value lines, IOPs named only as the context', () => {
    expect(refusal(PUBLIC_PAIR)).toMatch(/^NOT_IOP: Dokumentet säger själv/);
  });

  test.each([
    [['Överenskommelsen reglerar kostnaden.', 'Den är en överenskommelse mellan myndigheter och inget avtal med en idéburen organisation.']],
    [['Avtalet är ingen överenskommelse med någon idéburen aktör.']],
  ])('this document: %j', (texts) => {
    expect(deniesItself(s(...texts))).toBe(true);
  });

  test('another subject is no denial of this document', () => {
    expect(deniesItself(s('Kommunen har i dag inget avtal med en idéburen organisation om läxhjälp.'))).toBe(false);
  });

  test('a real IOP that says the earlier situation had no such agreement still imports', () => {
    const text = `Överenskommelse om idéburet offentligt partnerskap – Läxhjälp Norrvika

Parter
Norrvika kommun, barn- och utbildningsnämnden, org.nr 212000-0019
Föreningen Läxvänner, org.nr 802433-0012

Bakgrund
Kommunen har hittills inget avtal med en idéburen organisation om läxhjälp.

Ekonomi
Nämnden bidrar med 200 000 kronor per år. Överenskommelsen gäller 2031-01-01 – 2032-12-31.
`;
    const result = importText(text, 'x.txt');
    expect(result.agreements[0].parties.some((p) => p.sector === 'civil')).toBe(true);
  });
});
