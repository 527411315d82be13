import { refusal as refusalOf } from './refusal';

/**
 * Rules, guidelines, a policy or a program that mention IOP in passing are not IOP documents
 * (src/import/kind.ts, rulesNotAgreement). Documents written for these tests.
 */
const refusal = (text: string, file = 'x.md'): string | null => refusalOf(text, file);
const RULES = /^NOT_IOP: Dokumentet är regler, riktlinjer/;

describe('a nämnd\'s rules, policy or program that mentions IOP is refused', () => {
  test('grant rules with a table of amounts, a § number, an org number and a section on IOP', () => {
    const text = `# Bidragsregler för kultur- och fritidsnämnden

Fastställda av nämnden 2026-02-12, § 14. Gäller från och med 2026-07-01.

## Bidragsformer

| Bidrag | Belopp |
|---|---|
| Grundbidrag | 2 000 kr per förening och år |
| Lokalbidrag | högst 80 000 kr per år |
| Startbidrag | 3 000 kr |

## Samverkan i andra former

Nämnden kan också ingå idéburet offentligt partnerskap (IOP) med en förening. Sådana överenskommelser
beslutas särskilt och omfattas inte av dessa bidragsregler.

Storstads kommun, org.nr 212000-0001
`;
    expect(refusal(text)).toMatch(RULES);
  });

  test('guidelines under a letterhead, mentioning that a förening with an IOP gets no other grant', () => {
    const text = `SOCIALNÄMNDEN
Riktlinjer för ekonomiskt stöd till ideella organisationer

1. Syfte
Stödet ska stärka ideella organisationer som arbetar med socialt förebyggande insatser.

2. Stödets storlek
Verksamhetsstöd lämnas med högst 150 000 kronor per organisation och år. Riktlinjerna gäller från 2027-01-01.

3. Förhållande till IOP
En organisation som har ett idéburet offentligt partnerskap med nämnden kan inte samtidigt få verksamhetsstöd
för samma verksamhet.
`;
    expect(refusal(text, 'x.txt')).toMatch(RULES);
  });

  test('a policy for the civil society and a program naming IOP as one of the forms', () => {
    const policy = `**Policy för samverkan med civilsamhället**

Antagen av kommunfullmäktige 2026-03-30, § 41.

Kommunen samverkar med civilsamhället genom dialog, föreningsbidrag, upphandling och idéburet offentligt
partnerskap (IOP). Varje nämnd ansvarar för sina överenskommelser. Kommunen avsätter 500 000 kronor per år för
utvecklingsinsatser. Policyn gäller till och med 2030-12-31.
`;
    const program = `Program för civilsamhällets roll 2027–2030

Kommunen vill utveckla formerna för samverkan. Idéburna offentliga partnerskap kan vara ett sätt när
verksamheten inte är konkurrensutsatt. Nämnderna avsätter tillsammans 2 miljoner kronor per år för utveckling.
`;
    expect(refusal(policy)).toMatch(RULES);
    expect(refusal(program, 'x.txt')).toMatch(RULES);
  });

  test("the kommun's guidelines for IOP itself, with the form's steps and a sum set aside, are no agreement either", () => {
    const text = `Riktlinjer för idéburet offentligt partnerskap
Antagna av kommunstyrelsen 2026-05-04, § 77.

En nämnd som vill ingå ett IOP ska först pröva om verksamheten kan upphandlas. Nämnderna kan tillsammans
avsätta högst 3 000 000 kronor per år för partnerskap. Riktlinjerna gäller från 2026-07-01.
`;
    expect(refusal(text, 'x.txt')).toMatch(RULES);
  });

  test('an agreement is not refused, even with a rules-like line near the top, when it has a counterpart', () => {
    const text = `Överenskommelse om idéburet offentligt partnerskap
Riktlinjer för partnerskapet Mötesplats Norr

Parter: Storstads kommun, socialnämnden, org.nr 212000-0001, och Föreningen Mötesplats Norr, org.nr 802400-0001.

Kommunen bidrar med 300 000 kronor per år och föreningen med ideellt arbete värt 100 000 kronor per år.
Överenskommelsen gäller 2027-01-01 – 2028-12-31.
`;
    expect(refusal(text, 'x.txt')).toBeNull();
  });

  test('a memo proposing an IOP is not refused, even though its civil party is only in prose', () => {
    const text = `Tjänsteskrivelse
Förslag till beslut
Socialnämnden föreslås besluta att ingå idéburet offentligt partnerskap med Föreningen Stödet om
samtalsstöd för unga, med 400 000 kronor per år 2027–2028.
`;
    expect(refusal(text, 'x.txt')).toBeNull();
  });
});
