import { importText } from '../../src/import';
import { refusal } from './refusal';
import { ownPaperworkNotAgreement } from '../../src/import/kind';
import { buildSource } from '../../src/import/text/source';

/**
 * A non-profit's own paperwork — an application for a grant, its own plan, budget or report — is no IOP document,
 * even when it wishes for an IOP (src/import/kind.ts, ownPaperworkNotAgreement; refused in refusals.ts). Documents
 * written for these tests.
 */
const APPLICATION = /^NOT_IOP: Dokumentet är en ansökan/;
const PLAN = /^NOT_IOP: Dokumentet är en förenings egen verksamhetsplan/;

describe('a förening\'s application is refused', () => {
  test('an application for föreningsstöd under a Markdown title, with a budget and a wish for an IOP later', () => {
    const text = `# Ansökan om föreningsstöd 2030

Till Storby kommun, fritidsnämnden

**Sökande förening:** Storby Scoutkår
**Org.nr:** 802400-1234
**Kontaktperson:** Eva Lind, ordförande

## Vad vi söker

Grundstöd 12 000 kr och aktivitetsstöd 40 000 kr, sammanlagt 52 000 kr för 2030.

## Budget 2030

| Post | Kronor |
|---|---|
| Medlemsavgifter | 30 000 |
| Sökt stöd från kommunen | 52 000 |
| Läger och utrustning | 82 000 |

Kommunen ingår idéburna offentliga partnerskap med flera föreningar, och vi vill gärna på sikt föra ett sådant
samtal om vår verksamhet i skolorna.

Storby 2029-10-02
Eva Lind
`;
    expect(refusal(text, 'x.md')).toMatch(APPLICATION);
  });

  test('a kommun\'s form without an application title, filled in by the applicant (labels and voice)', () => {
    const text = `NORRÅS KOMMUN
Kultur- och fritidsförvaltningen · Blankett 7

Sökande:            Norrås Konstförening
Organisationsnummer: 802411-0987
Projektets namn:    Konst i byarna
Sökt belopp:        65 000 kr
Projektperiod:      2029-03-01 – 2029-11-30

Vi ansöker om projektmedel för utställningar i fem bygdegårdar. Föreningen står själv för 20 000 kr och
ideellt arbete. Ett idéburet offentligt partnerskap kan bli aktuellt senare.

Underskrift: Per Holm, kassör, 2029-01-15
`;
    expect(refusal(text)).toMatch(APPLICATION);
  });

  test('a project application under the förening\'s letterhead', () => {
    const text = `Föreningen Gårdsgruppen Västby
Org.nr 802433-5566

Projektansökan – Sommargård 2029

Ansökan avser projektmedel för en sommargård för barn 8–12 år under sex veckor.
Sökt bidrag: 120 000 kronor. Egen insats: 900 ideella timmar.
Går sommaren väl vill vi pröva ett idéburet offentligt partnerskap (IOP) med kommunen från 2030.
`;
    expect(refusal(text)).toMatch(APPLICATION);
  });
});

describe('a förening\'s own plan, budget or report is refused', () => {
  test('a verksamhetsplan och budget under a letterhead that names the partnership it hopes for', () => {
    const text = `Föreningen Bygdeteatern Ås
Org.nr 802455-7788

Verksamhetsplan och budget 2030
Antagen av årsmötet 2029-11-20.

Mål
Vi ska ge tolv föreställningar och starta en barngrupp. Styrelsen vill inleda samtal med Ås kommun om ett
idéburet offentligt partnerskap för barngruppen.

Budget 2030
Intäkter: medlemsavgifter 18 000 kr, biljetter 96 000 kr, verksamhetsbidrag från kommunen (sökt) 40 000 kr.
Kostnader: lokal 60 000 kr, teknik 54 000 kr, arvoden 40 000 kr.
`;
    expect(refusal(text)).toMatch(PLAN);
  });

  test('a verksamhetsberättelse that tells of an existing IOP and its money', () => {
    const text = `## Styrelsens verksamhetsberättelse 2028

Föreningen Läsvänner Söderby, org.nr 802466-1122

Under året har föreningen haft ett idéburet offentligt partnerskap med Söderby kommun om läsläxhjälp. Kommunen
bidrog med 180 000 kr och föreningen med 1 100 ideella timmar. Partnerskapet gäller till och med 2029-12-31.

Ekonomi: intäkterna blev 236 000 kr och kostnaderna 229 500 kr.
`;
    expect(refusal(text, 'x.md')).toMatch(PLAN);
  });
});

describe('IOP documents that speak of an application or a förening\'s plan are kept', () => {
  test('a memo telling of the förening\'s application for an IOP, with the application attached', () => {
    const text = `Tjänsteskrivelse
Socialförvaltningen, Ängby kommun

Förslag till beslut
Socialnämnden föreslås besluta att ingå en överenskommelse om idéburet offentligt partnerskap med Föreningen
Nattljus Ängby, org.nr 802477-3344, för perioden 2029-01-01 – 2030-12-31.

Ärendet
Föreningen har ansökt om ett partnerskap för nattvandring. Efter ansökan från föreningen har förvaltningen
och föreningen tagit fram ett förslag. Nämndens bidrag är 250 000 kronor per år och föreningens insats
1 000 ideella timmar à 200 kronor, 200 000 kronor.

Bilagor
1. Föreningens ansökan, inkommen 2028-09-01
2. Föreningens verksamhetsplan och budget 2029
`;
    const r = importText(text, 'x.txt');
    expect(r.documentKind).toBe('decision');
  });

  test('a förening\'s proposal approved by the committee, and a delegation decision with an applicant\'s labels', () => {
    const proposal = `Förslag till överenskommelse om idéburet offentligt partnerskap
Föreningen Fjällgården Norrö, org.nr 802488-2211

Vi ansöker om att få driva Fjällgården i partnerskap med Norrö kommun 2029-01-01 – 2030-12-31. Kommunen bidrar
med 150 000 kr per år och föreningen med ideellt arbete värt 90 000 kr per år.

PROTOKOLLSUTDRAG
Kultur- och fritidsnämnden, § 12
Nämnden beslutar att godkänna förslaget till överenskommelse.
`;
    expect(refusal(proposal)).toBeNull();
    const delegation = `Delegationsbeslut
Sökande: Föreningen Hemgården Väst, org.nr 802499-0013
Sökt belopp: 300 000 kr per år

Socialnämnden beslutar att ingå en överenskommelse om idéburet offentligt partnerskap med sökande för
2029-01-01 – 2031-12-31 med 280 000 kr per år.
`;
    expect(refusal(delegation)).toBeNull();
  });

  test('an agreement whose appendix is the förening\'s plan and budget is no own paperwork', () => {
    const text = `Överenskommelse om idéburet offentligt partnerskap – Mötesplats Väst

Parterna: Västby kommun, socialnämnden, org.nr 212000-0001, och Föreningen Mötesplats Väst, org.nr 802411-2223.
Överenskommelsen gäller 2029-01-01 – 2030-12-31. Kommunen bidrar med 200 000 kr per år.

Bilaga 1. Föreningens verksamhetsplan och budget 2029
Sökt belopp enligt föreningens budget: 200 000 kr.
`;
    expect(ownPaperworkNotAgreement(buildSource(text))).toBeNull();
    expect(refusal(text)).toBeNull();
  });
});
