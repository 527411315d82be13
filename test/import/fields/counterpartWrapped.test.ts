import { importText, toContractJson } from '../../../src/import';

/**
 * A memo whose decision clause wraps the partnership's name onto the next line ("… idéburet offentligt partnerskap" /
 * "Kvällsljuset med Föreningen X" / "(802455-1114) …"), with the org number alone in parentheses after the name:
 * the non-profit is still the civil party, with that number (src/import/fields/parties.ts, PARTNERSHIP_WITH and
 * numbersInParenthesesAfterNames). A memo written for this test.
 */
const MEMO = `Hallsbergs kommun                                      TJÄNSTESKRIVELSE
Kultur- och fritidsförvaltningen                       2027-02-03
Org.nr 212000-1892

Kultur- och fritidsnämnden

Förlängning av partnerskap – Kvällsljuset

Förslag till beslut

Kultur- och fritidsnämnden beslutar

1. att förlänga överenskommelsen om idéburet offentligt partnerskap
   Kvällsljuset med Föreningen Ljusglimten i Hallsberg
   (802455-1114) med ett år, samt

2. att nämndens bidrag under förlängningen ska vara 250 000 kronor per år.

Ekonomi

Föreningen bidrar med ideellt arbete värderat till 90 000 kronor per år. Partnerskapets totala värde
blir därmed 340 000 kronor per år.
`;

test('the wrapped clause names the non-profit, and the bare parenthesised number is its org number', () => {
  const a = toContractJson(importText(MEMO, 'x.txt')).agreements[0];
  expect(a.parties.filter((p: { sector: string }) => p.sector === 'civil').map((p: { name: string; orgNumber: string | null }) => [p.name, p.orgNumber])).toEqual([
    ['Föreningen Ljusglimten i Hallsberg', '802455-1114'],
  ]);
});

test('a bare number after a name of the other sector is not given to the party', () => {
  const text = MEMO.replace('(802455-1114)', '(212000-1892)').replace('Org.nr 212000-1892', '');
  const a = toContractJson(importText(text, 'x.txt')).agreements[0];
  const civil = a.parties.find((p: { sector: string }) => p.sector === 'civil');
  expect(civil?.orgNumber).toBeNull();
});
