import { importText } from '../../../src/import';
import { normalizeText } from '../../../src/import/text/normalize';
import { findAmounts } from '../../../src/import/fields/amounts';
import { refusal } from '../refusal';

/**
 * Documents as they arrive in an inbox (src/import/text/normalize.ts MD_ESCAPE, kind.ts notAnIop and
 * AGREES_OR_DECIDES): a Markdown export's backslash escapes, a forwarded lease that denies being an IOP under a note
 * asking whether it belongs to the IOP case, and an e-service's receipt for an application to enter a partnership.
 * Documents written for these tests.
 */

describe('normalizeText: a Markdown export\'s backslash escapes', () => {
  test.each([
    ['\\#\\# 3\\. Parter', '## 3. Parter'],
    ['Giltig 2031\\-02\\-01 \\– 2033\\-01\\-31', 'Giltig 2031-02-01 \\– 2033-01-31'],
    ['\\*\\*Summa\\*\\* 90 000 kr', 'Summa 90 000 kr'],
    ['800 h \\* 210 kr \\(värderat\\)', '800 h * 210 kr (värderat)'],
    ['Byggsatser \\& verktyg\\', 'Byggsatser & verktyg'],
    ['cell \\| inte kant', 'cell \\| inte kant'],
  ])('%j → %j', (raw, normalized) => {
    expect(normalizeText(raw)).toBe(normalized);
  });
});

const ESCAPED = `\\# Överenskommelse om idéburet offentligt partnerskap

\\*\\*Läsfrämjandet Norrvik\\*\\*

\\#\\# 1\\. Parter

\\- Norrviks kommun, kultur\\- och fritidsnämnden, org.nr 212000\\-0001 \\(nedan "nämnden"\\)
\\- Föreningen Bokslingan, org.nr 802400\\-0005 \\(nedan "föreningen"\\)

Partnerskapet kallas \\*Läsfrämjandet Norrvik\\*.

\\#\\# 2\\. Ekonomi

| Post | Part | Belopp per år |
|---|---|---:|
| Lokal | Kultur\\- och fritidsnämnden | 120\u202f000 kr |
| Samordnare | Kultur\\- och fritidsnämnden | 200\u202f000 kr |
| Ideellt arbete, 500 h \\* 200 kr | Föreningen Bokslingan | 100\u202f000 kr |
| \\*\\*Summa\\*\\* | | \\*\\*420\u202f000 kr\\*\\* |

\\#\\# 3\\. Giltighet

Överenskommelsen gäller från 2031\\-01\\-01 till och med 2032\\-12\\-31.
`;

describe('a Markdown export with escapes reads as the rendered page', () => {
  test('name, parties, validity and economy', () => {
    const [a] = importText(ESCAPED, 'x.md').agreements;
    expect(a.name).toBe('Läsfrämjandet Norrvik');
    expect(a.parties.map((p) => [p.name, p.orgNumber])).toEqual([
      ['Norrviks kommun', '212000-0001'],
      ['Föreningen Bokslingan', '802400-0005'],
    ]);
    expect([a.validity.start, a.validity.end]).toEqual(['2031-01-01', '2032-12-31']);
    expect(a.annualTotal).toBe(420000);
    expect(a.costItems).toHaveLength(3);
  });
});

const SELF_DENIAL = /^NOT_IOP: Dokumentet säger själv/;

describe('a forwarded document that denies being an IOP is refused, whatever the note above it asks', () => {
  test('a lease under a note asking whether it belongs to the IOP case', () => {
    const text = `Från: Anna Berg <anna.berg@norrvik.se>
Skickat: den 3 mars 2031 09:12
Ämne: VB: Hyresavtal Båthuset (hör det till IOP-ärendet?)

Hej! Ska detta läggas på IOP-ärendet? Jag tror inte det.

---------- Vidarebefordrat meddelande ----------

HYRESAVTAL

Hyresvärd: Norrviks kommun, org.nr 212000-0001
Hyresgäst: Norrviks Kanotklubb, org.nr 802400-0005

Hyrestid: 2031-04-01 till 2034-03-31. Hyran är 60 000 kr per år.

Detta hyresavtal följer 12 kap. jordabalken. Det är inte en överenskommelse om idéburet offentligt partnerskap.
`;
    expect(refusal(text)).toMatch(SELF_DENIAL);
  });

  test('a grant decision forwarded "angående IOP" that says of itself it is no IOP', () => {
    const text = `Ämne: Fwd: beslut angående IOP för Fritidsgården

Beslut om verksamhetsbidrag
Kultur- och fritidsnämnden beslutar att bevilja Föreningen Gården, org.nr 802400-0005, verksamhetsbidrag om 80 000 kr för 2031.
Beslutet är inte ett idéburet offentligt partnerskap.
`;
    expect(refusal(text)).toMatch(/^NOT_IOP/);
  });

  test('an agreement that calls itself an IOP is not refused by a denial about something else', () => {
    const text = `Överenskommelse om idéburet offentligt partnerskap – Kanotskolan Norrvik
Parter: Norrviks kommun, org.nr 212000-0001, och Norrviks Kanotklubb, org.nr 802400-0005.
Denna överenskommelse är ett idéburet offentligt partnerskap. Det tidigare hyresavtalet är inte ett IOP.
Kommunen bidrar med 300 000 kr per år. Överenskommelsen gäller 2031-01-01 – 2032-12-31.
`;
    expect(refusal(text)).toBeNull();
  });
});

const APPLICATION = /^NOT_IOP: Dokumentet är en ansökan/;

describe('an e-service\'s receipt for an application to enter a partnership is refused', () => {
  test('"Om nämnden beslutar att gå vidare" foresees a decision and decides nothing', () => {
    const text = `Ämne: Bekräftelse: Ansökan om idéburet offentligt partnerskap har tagits emot

Norrviks kommun har tagit emot er ansökan om att ingå ett idéburet offentligt partnerskap.
Sökande organisation\tFöreningen Bokslingan
Organisationsnummer\t802400-0005
Sökt belopp per år\t450 000 kr
Önskad period\t2032-01-01 – 2033-12-31

Om nämnden beslutar att gå vidare tas en överenskommelse fram tillsammans med er.
`;
    expect(refusal(text)).toMatch(APPLICATION);
  });

  test('a memo deciding on such an application is not refused', () => {
    const text = `Tjänsteskrivelse
Förslag till beslut
Kultur- och fritidsnämnden beslutar att ingå ett idéburet offentligt partnerskap med Föreningen Bokslingan, org.nr 802400-0005.
Föreningen har ansökt om 450 000 kr per år (sökt belopp). Sökande: Föreningen Bokslingan.
Partnerskapet gäller 2032-01-01 – 2033-12-31.
`;
    expect(refusal(text)).toBeNull();
  });
});

describe('a protokollsutdrag pasted into a reply: amounts and period in its att-clauses', () => {
  test.each([
    ['SEK 1,66 miljoner per år', 1660000],
    ['SEK 0,85 miljoner', 850000],
    ['SEK 420.000', 420000],
    ['kr 2028', null],
  ])('%j → %j', (text, value) => {
    expect(findAmounts(text)[0]?.value ?? null).toBe(value);
  });

  const minutes = (clause: string) => `PROTOKOLLSUTDRAG
Omsorgsnämnden
§ 12   Dnr ON 2030/2031

Idéburet offentligt partnerskap - Grannkraft Norrvik

Beslut
Omsorgsnämnden beslutar
1. att ingå en överenskommelse om idéburet offentligt partnerskap med Föreningen Bokslingan (org.nr 802400-0005) om verksamheten Grannkraft Norrvik,
2. ${clause},
3. att uppdra åt förvaltningschefen att underteckna överenskommelsen.

Ekonomi
Partnerskapets värde beräknas till SEK 1,2 miljoner per år. Föreningens insats är 400 tkr.
`;

  test('"bidraget ska uppgå till … under perioden 1 febr. 2031 - 31 jan. 2033" states the period', () => {
    const [a] = importText(minutes('att nämndens bidrag ska uppgå till 800 tkr per år under perioden 1 febr. 2031 - 31 jan. 2033'), 'x.txt').agreements;
    expect([a.validity.start, a.validity.end]).toEqual(['2031-02-01', '2033-01-31']);
    expect(a.annualTotal).toBe(1200000);
  });

  test('a clause that raises the grant for a period does not state the partnership\'s period', () => {
    const [a] = importText(minutes('att höja bidraget till 800 tkr per år under perioden 2032-01-01 - 2032-12-31'), 'x.txt').agreements;
    expect(a.validity.start).toBeNull();
  });
});

describe('text copied out of a PDF: a party cell wrapped at a hyphen in a space-aligned table', () => {
  const doc = (pageBreak: string) => `Överenskommelse om idéburet offentligt partnerskap

Parter: Norrviks kommun, kultur- och fritidsnämnden, org.nr 212000-0001, och Föreningen Bokslingan, org.nr 802400-0005.
Partnerskapet benämns Läsglädje Norrvik.

Ekonomi (kronor per år)

Kostnadspost                             Part                     Kr per år
Bokcirklar, 40 % av heltid               Kultur- och fritids-     150 000:-
                                         nämnden
Lokalhyra, 4 tim/vecka                   Kultur- och fritids-      60 000:-
                                         nämnden
${pageBreak}Kostnadspost                             Part                     Kr per år
Ideellt arbete, 500 tim à 200:-          Föreningen Bokslingan    100 000:-
Summa                                                             310 000:-

Överenskommelsen gäller 2031-01-01 – 2032-12-31.
`;

  test.each([
    ['after a page break with a running header', '\nNorrviks kommun                                   Sida 2 av 3\n'],
    ['at a blank line', '\n'],
  ])('%s: each row keeps its party', (_name, pageBreak) => {
    const [a] = importText(doc(pageBreak), 'x.txt').agreements;
    expect(a.costItems.map((c) => [c.party, c.annualAmount])).toEqual([
      ['Norrviks kommun', 150000],
      ['Norrviks kommun', 60000],
      ['Föreningen Bokslingan', 100000],
    ]);
  });
});
