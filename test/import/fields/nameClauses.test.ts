import { importText, toContractJson } from '../../../src/import';

/**
 * The partnership's name where a template, a long agreement, an e-mail or an amendment puts it: a label/value table
 * row, a clause that defines it (while a party's quoted alias is no name), the agreement pasted into an e-mail, and
 * "Tilläggsavtal … till överenskommelsen om X". The documents are written for these tests.
 */
const named = (text: string, file = 'x.txt') => {
  const a = toContractJson(importText(text, file)).agreements[0];
  return { name: a.name, warned: a.warnings.filter((w) => w.field === 'name').map((w) => w.code) };
};

const PARTIES = `Parter
Vännäs kommun genom socialnämnden, org.nr 212000-2437.
Föreningen Gemenskap i Vännäs, org.nr 802466-1188.`;
const MONEY = `

Ekonomi
Kommunen bidrar med 240 000 kronor per år och föreningen med ideellt arbete värderat till 80 000 kronor per år.

Giltighet
Överenskommelsen gäller 2026-01-01 – 2027-12-31.
`;

describe('a terse template: the name in a label/value table row', () => {
  const template = (row: string) => `VÄNNÄS KOMMUN\tSocialförvaltningen

ÖVERENSKOMMELSE – IDÉBURET OFFENTLIGT PARTNERSKAP (IOP)

Dnr\tSN 2025/112
${row}
Offentlig part\tVännäs kommun, socialnämnden, org.nr 212000-2437
Idéburen part\tFöreningen Gemenskap i Vännäs, org.nr 802466-1188
Syfte\tMinska ensamheten bland äldre i byarna. Öppen träffpunkt två dagar i veckan.
Avtalstid\t2026-01-01 – 2027-12-31
${MONEY}`;

  test.each([
    ['Benämning\tMötesplats Tväråbäck'],
    ['Partnerskapets namn:\tMötesplats Tväråbäck'],
    ['Namn på överenskommelsen\t”Mötesplats Tväråbäck”'],
    ['Projektnamn\tMötesplats Tväråbäck\t'],
  ])('%s', (row) => {
    expect(named(template(row))).toEqual({ name: 'Mötesplats Tväråbäck', warned: [] });
  });

  test('a Markdown table of labels and values', () => {
    const md = `# Överenskommelse om idéburet offentligt partnerskap\n\n| | |\n|---|---|\n| **Benämning** | Mötesplats Tväråbäck |\n| Offentlig part | Vännäs kommun, org.nr 212000-2437 |\n| Idéburen part | Föreningen Gemenskap i Vännäs, org.nr 802466-1188 |\n${MONEY}`;
    expect(named(md, 'x.md')).toEqual({ name: 'Mötesplats Tväråbäck', warned: [] });
  });

  test.each([['Verksamhet\tMötesplats Tväråbäck'], ['Partnerskap\tMötesplats Tväråbäck'], ['Avser\tMötesplats Tväråbäck']])(
    'a weaker label (%s) gives a short name, said as inferred',
    (row) => {
      expect(named(template(row))).toEqual({ name: 'Mötesplats Tväråbäck', warned: ['INFERRED'] });
    },
  );

  test.each([['Verksamhet\tÖppen träffpunkt med fika två dagar i veckan.'], ['Verksamhet\tÖppen träffpunkt två dagar i veckan.'], ['Avser\tStöd till anhöriga.']])(
    '"%s" describes, it names nothing: the civil party, inferred',
    (row) => {
      expect(named(template(row))).toEqual({ name: 'Föreningen Gemenskap i Vännäs', warned: ['INFERRED'] });
    },
  );

  test('"Benämning | a party" is no name read: the civil party, inferred', () => {
    expect(named(template('Benämning\tFöreningen Gemenskap i Vännäs'))).toEqual({ name: 'Föreningen Gemenskap i Vännäs', warned: ['INFERRED'] });
  });
});

describe('a long agreement: the name defined in a clause', () => {
  const legal = (clause: string) => `PARTNERSKAPSAVTAL
avseende idéburet offentligt partnerskap för stöd till anhöriga

§ 1 Parter

1.1 Vännäs kommun, genom socialnämnden, organisationsnummer 212000-2437, Box 1, 911 81 Vännäs, nedan kallad ”Kommunen”.

1.2 Föreningen Gemenskap i Vännäs, organisationsnummer 802466-1188, Storgatan 3, 911 31 Vännäs, nedan kallad ”Föreningen”.

1.3 Kommunen och Föreningen benämns nedan gemensamt ”Parterna” och var för sig ”Part”.

§ 2 Partnerskapets benämning

2.1 ${clause}
${MONEY}`;

  test.each([
    ['Partnerskapet benämns Anhörigstöd Vännäs, nedan ”Partnerskapet”.'],
    ['Överenskommelsen kallas Anhörigstöd Vännäs.'],
    ['Parterna ingår ett idéburet offentligt partnerskap om stöd till anhöriga, nedan kallat Anhörigstöd Vännäs.'],
    ['Verksamheten som partnerskapet avser går under benämningen Anhörigstöd Vännäs och drivs i föreningens lokaler.'],
    ['Partnerskapet benämns ”Anhörigstöd Vännäs”.'],
    ['Partnerskapets namn är Anhörigstöd Vännäs.'],
    ['Verksamheten ska bära namnet Anhörigstöd Vännäs (tidigare Anhöriggruppen).'],
    ['Samarbetet ska heta Anhörigstöd Vännäs; parterna använder namnet i all kommunikation.'],
  ])('%s', (clause) => {
    expect(named(legal(clause))).toEqual({ name: 'Anhörigstöd Vännäs', warned: [] });
  });

  test('without a defining clause, the quoted aliases are no name', () => {
    const a = named(legal('Syftet är att anhöriga ska få stöd.'));
    expect(a.name).not.toMatch(/^(?:Kommunen|Föreningen|Parterna|Part)$/);
    expect(a.warned).toEqual(['INFERRED']);
  });

  test('a defined name that runs into its sentence is cut before the verb', () => {
    expect(named(legal('Partnerskapet benämns Anhörigstöd Vännäs och syftar till att anhöriga ska få stöd.')).name).toBe('Anhörigstöd Vännäs');
  });

  test('a quotation after the partnership, in a sentence of org numbers, is the name ("ingår ett partnerskap kallat ”X”")', () => {
    const text = `Överenskommelse om idéburet offentligt partnerskap\n\nVännäs kommun, org.nr 212000-2437 (nedan ”kommunen”), och Föreningen Gemenskap i Vännäs, org.nr 802466-1188, ingår härmed ett idéburet offentligt partnerskap kallat ”Fika för alla”.${MONEY}`;
    expect(named(text)).toEqual({ name: 'Fika för alla', warned: [] });
  });
});

describe('an e-mail carrying the agreement', () => {
  const HEADERS = `Från: Eva Lind <eva.lind@vannas.se>
Skickat: den 9 juni 2026 14:12
Till: Kalle Berg <ordforande@gemenskap.se>
Kopia: registrator <socialnamnden@vannas.se>
Ämne: SV: IOP träffpunkten - slutlig version för underskrift

Hej Kalle!

Här kommer texten som den ser ut efter att juristen har tittat på den. Säg till om något ska ändras, annars skriver jag ut två exemplar.

/Eva
`;
  const AGREEMENT = `ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP
Träffpunkt Tväråbäck

${PARTIES}
${MONEY}`;

  test.each([
    ['-----------------------------------------'],
    ['_________________________________________'],
    ['=========================================='],
  ])('the title pasted after a rule line %s', (rule) => {
    expect(named(`${HEADERS}\n${rule}\n\n${AGREEMENT}\n${rule}\n\nEva Lind\nUtvecklingsledare\nVännäs kommun\n`)).toEqual({ name: 'Träffpunkt Tväråbäck', warned: [] });
  });

  test('English headers and a quoted earlier message', () => {
    const english = HEADERS.replace('Från:', 'From:').replace('Skickat:', 'Sent:').replace('Till:', 'To:').replace('Ämne:', 'Subject:');
    const history = `\n-----Ursprungligt meddelande-----\nFrån: Kalle Berg <ordforande@gemenskap.se>\nÄmne: IOP\n\nHej Eva, vi hade tänkt oss 300 000 kr per år.\n`;
    expect(named(`${english}\n--------------------\n\n${AGREEMENT}\n--------------------\n${history}`)).toEqual({ name: 'Träffpunkt Tväråbäck', warned: [] });
  });

  test('never a header line or the greeting, also without a pasted title', () => {
    const a = named(`${HEADERS}\n${PARTIES}\n${MONEY}`);
    expect(a.name).not.toMatch(/Från|Skickat|Till|Ämne|Hej|Eva/);
    expect(a.warned).toEqual(['INFERRED']);
  });

  test('the subject gives the name when the pasted text names none, said as inferred', () => {
    const subject = HEADERS.replace('Ämne: SV: IOP träffpunkten - slutlig version för underskrift', 'Ämne: SV: Överenskommelse om IOP – Träffpunkt Tväråbäck');
    expect(named(`${subject}\n-----\n\nÖverenskommelse om idéburet offentligt partnerskap\n\n${PARTIES}\n${MONEY}`)).toEqual({ name: 'Träffpunkt Tväråbäck', warned: ['INFERRED'] });
  });
});

test('a memo with a header block (Från/Till/Datum/Ämne) and no greeting: its own title, after the headers', () => {
  const memo = `Från: Socialförvaltningen
Till: Socialnämnden
Datum: 2026-03-02
Ämne: Idéburet offentligt partnerskap med Föreningen Gemenskap i Vännäs

Idéburet offentligt partnerskap – Träffpunkt Tväråbäck

Förslag till beslut
Socialnämnden beslutar att ingå en överenskommelse om idéburet offentligt partnerskap med Föreningen Gemenskap i Vännäs (org.nr 802466-1188) för perioden 2026-04-01 – 2028-03-31, och att nämndens bidrag ska vara 240 000 kronor per år.

------------------------------

Ärendet
Föreningen har drivit träffpunkten sedan 2022.
`;
  expect(named(memo)).toEqual({ name: 'Träffpunkt Tväråbäck', warned: [] });
});

describe("an amendment names the agreement it amends", () => {
  test.each([
    ['Tilläggsavtal nr 1\ntill överenskommelse om idéburet offentligt partnerskap Träffpunkt Tväråbäck'],
    ['Tilläggsavtal nr 1 till överenskommelsen om Träffpunkt Tväråbäck'],
    ['TILLÄGG 2\n\nTillägg till avtalet ”Träffpunkt Tväråbäck”'],
    ['Ändringsavtal till IOP-avtalet Träffpunkt Tväråbäck'],
  ])('%s', (front) => {
    expect(named(`VÄNNÄS KOMMUN · Socialförvaltningen · Dnr SN 2025/0847\n\n${front}\n\n${PARTIES}${MONEY}`)).toEqual({ name: 'Träffpunkt Tväråbäck', warned: [] });
  });

  test('"… partnerskap Föreningen X" names a party, not the partnership', () => {
    expect(named(`Tilläggsavtal nr 1\ntill överenskommelse om idéburet offentligt partnerskap Föreningen Gemenskap i Vännäs\n\n${PARTIES}${MONEY}`).warned).toEqual(['INFERRED']);
  });
});
