import { importText, toContractJson } from '../../../src/import';

/**
 * Parties of minutes and decision memos that name the counterpart only in running text: in the decision's "att ingå
 * … partnerskap (IOP) med X …" clause, in a title "Idéburet offentligt partnerskap NAMN med X", or as "X (org.nr …)".
 * The documents are written for these tests.
 */
const imported = (text: string) => toContractJson(importText(text, 'x.txt'));
const codes = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);

/** A minutes extract: the § title names the partnership and the counterpart, the decision the amount. */
const MINUTES = `TIERPS KOMMUN

SAMMANTRÄDESPROTOKOLL

Kultur- och fritidsnämnden

Sammanträdesdatum 2026-03-12

§ 41 Dnr KFN 2026/0112

Idéburet offentligt partnerskap Lördagsljus med Föreningen Ungdomsgården i Tierp

Kultur- och fritidsnämndens beslut

Kultur- och fritidsnämnden beslutar

att ingå idéburet offentligt partnerskap (IOP) med Föreningen Ungdomsgården i Tierp om 450 tkr per år 2026–2028 i enlighet med bilaga 1,

att uppdra åt förvaltningschefen att underteckna överenskommelsen.

Sammanfattning av ärendet

Föreningen Ungdomsgården i Tierp (org.nr 802477-9137) håller öppet för unga på lördagskvällar. Överenskommelsen föreslås gälla från och med 2026-01-01 till och med 2028-12-31. Föreningens egen insats i form av ideellt arbete och lokal värderas till 150 tkr per år, vilket ger partnerskapet ett samlat värde om 600 tkr per år.

Beslutsunderlag

Tjänsteskrivelse, kultur- och fritidsförvaltningen, 2026-02-20

Justeras`;

describe('the counterpart of a decision named in running text', () => {
  test('minutes: the title "partnerskap NAMN med X" and the org number after the name in the summary', () => {
    const result = imported(MINUTES);
    expect(result.documentKind).toBe('decision');
    const [a] = result.agreements;
    expect(a.parties).toEqual([
      { name: 'Tierps kommun', orgNumber: null, sector: 'public', unit: 'Kultur- och fritidsnämnden' },
      { name: 'Föreningen Ungdomsgården i Tierp', orgNumber: '802477-9137', sector: 'civil', unit: null },
    ]);
    expect(codes(a)).not.toContain('MISSING_FIELD:parties');
  });

  test('a memo whose only mention is "Stiftelsen X (org.nr …)", after a word that is no part of the name', () => {
    const memo = `Tjänsteskrivelse\n\nFörslag till beslut\nSocialnämnden föreslås godkänna förslaget till överenskommelse om idéburet offentligt partnerskap, bilaga 1.\n\nÄrende\nEnligt Stiftelsen Fyrbåken (org.nr 802458-3067) behöver fler unga vuxna i Alvesta kommun stöd i vardagen. Socialnämnden bidrar med 300 000 kr per år.`;
    const [a] = imported(memo).agreements;
    expect(a.parties.find((p) => p.sector === 'civil')).toEqual({ name: 'Stiftelsen Fyrbåken', orgNumber: '802458-3067', sector: 'civil', unit: null });
  });

  test('an organisation after "med" that is public is no counterpart', () => {
    // Between public bodies only, with no word of an IOP: no IOP document at all.
    const between = `Tjänsteskrivelse\n\nFörslag till beslut\nSocialnämnden föreslås ingå en överenskommelse med Region Uppsala om samverkan.\n\nÄrende\nSocialnämnden bidrar med 300 000 kr per år till partnerskapet.`;
    expect(() => imported(between)).toThrow(/offentliga parter/);
    // Called an IOP: read, and the region is still no counterpart.
    const memo = between.replace('om samverkan.', 'om samverkan inom ett idéburet offentligt partnerskap.');
    const [a] = imported(memo).agreements;
    expect(a.parties.some((p) => p.sector === 'civil')).toBe(false);
    expect(codes(a)).toContain('MISSING_FIELD:parties');
  });
});

describe('the amount a decision commits ("att ingå IOP med X om N kr per år")', () => {
  test('is the deciding side\'s share; with the non-profit\'s own part and the stated whole, every amount is reconciled', () => {
    const [a] = imported(MINUTES).agreements;
    expect(a.contributions).toEqual([
      { party: 'Tierps kommun', annualAmount: 450000 },
      { party: 'Föreningen Ungdomsgården i Tierp', annualAmount: 150000 },
    ]);
    // "vilket ger partnerskapet ett samlat värde om …" is the whole, not more of the non-profit's part.
    expect(a.annualTotal).toBe(600000);
    expect(a.obtained).toMatchObject({ 'contributions[0]': 'reconciled', 'contributions[1]': 'reconciled', annualTotal: 'reconciled' });
    expect(codes(a).filter((c) => /contributions|annualTotal/.test(c))).toEqual([]);
  });

  test('"om N kr per år, varav nämnden står för …": the named amount is the whole', () => {
    const text = MINUTES.replace('om 450 tkr per år 2026–2028 i enlighet med bilaga 1', 'om 600 tkr per år, varav nämnden står för 450 tkr och föreningen för 150 tkr,').replace(/ Föreningens egen insats[^\n]*/, '');
    const [a] = imported(text).agreements;
    expect(a.annualTotal).toBe(600000);
    expect(a.contributions).toEqual([
      { party: 'Tierps kommun', annualAmount: 450000 },
      { party: 'Föreningen Ungdomsgården i Tierp', annualAmount: 150000 },
    ]);
  });

  test('"att teckna IOP-avtal med X om ett bidrag på N kr per år" in a memo without a title naming X', () => {
    const memo = `Tjänsteskrivelse\n\nFörslag till beslut\nÄldrenämnden föreslås besluta att teckna IOP-avtal med Föreningen Kvarnstugan om ett bidrag på 240 000 kr per år.\n\nÄrende\nFöreningen Kvarnstugan bidrar med ideellt arbete värderat till 60 000 kr per år. Partnerskapets sammanlagda värde är 300 000 kr per år.`;
    const [a] = imported(memo).agreements;
    expect(a.parties.find((p) => p.sector === 'civil')?.name).toBe('Föreningen Kvarnstugan');
    expect(a.contributions.map((c) => c.annualAmount)).toEqual([240000, 60000]);
    expect(a.obtained).toMatchObject({ 'contributions[0]': 'reconciled', 'contributions[1]': 'reconciled', annualTotal: 'reconciled' });
  });

  test('with two public parties and neither named as the decider, no share is given to either, and the user is told', () => {
    const text = `Överenskommelse om idéburet offentligt partnerskap Kustnära\n\nParter\nSölvesborgs kommun, organisationsnummer 212000-0993.\nRegion Blekinge, organisationsnummer 232100-0990.\nFöreningen Kustlotsen, organisationsnummer 802449-1279.\n\nEkonomi\nParterna ingår detta partnerskap med Föreningen Kustlotsen om 800 000 kr per år.`;
    const [a] = imported(text).agreements;
    expect(a.contributions.filter((c) => c.party !== 'Föreningen Kustlotsen')).toEqual([]);
    expect(codes(a)).toContain('AMBIGUOUS:contributions');
  });
});

/** A party list under a section heading of its own, the numbers bare or in parentheses. */
describe('a party list under "Avtalsparter"', () => {
  const agreement = (heading: string, region: string) => `PARTNERSKAPSAVTAL (IOP)
Läxhjälp på Backen

${heading}
Tierps kommun genom barn- och ungdomsnämnden, 212000-2650, nedan kallad Kommunen.
${region}
Studieförbundet Framåt Tierp, 802469-1233, nedan kallat Studieförbundet.

§ 2 Avtalsperiod
Avtalet gäller 2026-08-01 -- 2028-07-31.

§ 3 Ekonomi
Kommunen betalar 190 000 kr per år. Regionen betalar 80 000 kr per år.`;
  const expected = [
    { name: 'Tierps kommun', orgNumber: '212000-2650', sector: 'public', unit: 'Barn- och ungdomsnämnden' },
    { name: 'Region Uppsala', orgNumber: '232100-0057', sector: 'public', unit: null },
    { name: 'Studieförbundet Framåt Tierp', orgNumber: '802469-1233', sector: 'civil', unit: null },
  ];

  test.each(['§ 1 Avtalsparter', 'Avtalsparter', '1. Avtalets parter'])('the heading "%s" is no part of the first party', (heading) => {
    const [a] = imported(agreement(heading, 'Region Uppsala, 232100-0057, nedan kallad Regionen.')).agreements;
    expect(a.parties).toEqual(expected);
  });

  test('a bare number in parentheses: "Region Uppsala (232100-0057), nedan kallad Regionen"', () => {
    const [a] = imported(agreement('§ 1 Avtalsparter', 'Region Uppsala (232100-0057), nedan kallad Regionen.')).agreements;
    expect(a.parties).toEqual(expected);
    expect(a.contributions.map((c) => [c.party, c.annualAmount])).toEqual([
      ['Tierps kommun', 190_000],
      ['Region Uppsala', 80_000],
    ]);
  });
});

/** A public party's line that ends with its committee after the number, the non-profit on the next line. */
describe('"X kommun, 212000-…, socialnämnden" above the non-profit', () => {
  const AGREEMENT = `Idéburet offentligt partnerskap

Träffpunkt Smedjan

Vetlanda kommun, 212000-0712, socialnämnden
Föreningen Smedjans Vänner, 802507-3316

Avtalets löptid
Avtalet börjar gälla 2026-09-01 och löper till 2027-08-31.

Ersättning
Socialnämnden ersätter föreningen med 38 000 kronor per månad.`;

  test('the committee is the municipality’s unit and the next line is a party of its own', () => {
    const [a] = imported(AGREEMENT).agreements;
    expect(a.parties).toEqual([
      { name: 'Vetlanda kommun', orgNumber: '212000-0712', sector: 'public', unit: 'Socialnämnden' },
      { name: 'Föreningen Smedjans Vänner', orgNumber: '802507-3316', sector: 'civil', unit: null },
    ]);
    expect(a.contributions.map((c) => [c.party, c.annualAmount])).toEqual([['Vetlanda kommun', 456_000]]);
  });

  test('"Avtalets löptid" is a heading, never the partnership’s name', () => {
    const [a] = imported(AGREEMENT).agreements;
    expect(a.name).not.toMatch(/löptid/i);
  });

  test('an agreement whose amounts could not be attributed is still an agreement, with its warnings', () => {
    const unread = AGREEMENT.replace(/Vetlanda kommun, 212000-0712, socialnämnden\nFöreningen Smedjans Vänner, 802507-3316\n/, '');
    const result = imported(unread);
    expect(result.agreements).toHaveLength(1);
    expect(codes(result.agreements[0])).toContain('MISSING_FIELD:parties');
  });
});

test('"mellan X kommun, org.nr …, genom socialnämnden och Y, org.nr …": the committee is X\'s unit, Y a party', () => {
  const text = `ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP
"Nya steg" – stöd till unga vuxna

Denna överenskommelse har träffats mellan Ödeshögs kommun, org.nr 212000-0688, genom socialnämnden och Vätterbygdens Stadsmission ideell förening, org.nr 802466-1509.

Överenskommelsen gäller perioden 1 juli 2026 – 30 juni 2029. Kommunen bidrar med 640 000 kronor per år.`;
  const [a] = imported(text).agreements;
  expect(a.parties).toEqual([
    { name: 'Ödeshögs kommun', orgNumber: '212000-0688', sector: 'public', unit: 'Socialnämnden' },
    { name: 'Vätterbygdens Stadsmission ideell förening', orgNumber: '802466-1509', sector: 'civil', unit: null },
  ]);
});

test('"X kommun, org.nr …, genom kulturnämnden ("Kommunen")" above the non-profit: the alias ends the public party', () => {
  const text = `ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP
"Berättarkväll Åkerby"

Parter
Åkerby kommun, org.nr 212000-0761, genom kulturnämnden ("Kommunen")
Berättarföreningen Lyktan, org.nr 802499-0049 ("Föreningen")

Överenskommelsen gäller 2027-01-01 till och med 2028-12-31. Kommunen bidrar med 90 000 kronor per år.`;
  const [a] = imported(text).agreements;
  expect(a.parties).toEqual([
    { name: 'Åkerby kommun', orgNumber: '212000-0761', sector: 'public', unit: 'Kulturnämnden' },
    { name: 'Berättarföreningen Lyktan', orgNumber: '802499-0049', sector: 'civil', unit: null },
  ]);
});

/**
 * An agreement that names its parties only in the opening "Mellan A och B" sentence, with the public body's org
 * number elsewhere (a footer line "Org.nr …"). Written for these tests.
 */
const BETWEEN = `LJUSDALS KOMMUN                         Socialförvaltningen
                                        2026-05-04

ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP – "Kvällsfika i Järvsö"

Mellan Ljusdals kommun, socialnämnden, och Föreningen Fikarummet
Järvsö (org.nr 802466-1236) har denna överenskommelse om idéburet
offentligt partnerskap träffats.

SYFTE
Partnerskapet ska minska ensamheten bland äldre i Järvsö.

EKONOMI
Kommunen bidrar med 126 000 kr per år och föreningen med 175 000 kr per år.

GILTIGHET
Överenskommelsen gäller fr.o.m. 2026-06-01 t.o.m. 2027-05-31.

------------------------------------------------------------
Ljusdals kommun | Socialnämnden | 827 80 Ljusdal
Org.nr 212000-2387 | Växel 0651-180 00
`;

describe('parties named only in the "Mellan A och B" sentence', () => {
  test('the public body without a number there is a party, its unit from ", socialnämnden", its number from the footer', () => {
    const [a] = imported(BETWEEN).agreements;
    expect(a.parties).toEqual([
      { name: 'Ljusdals kommun', orgNumber: '212000-2387', sector: 'public', unit: 'Socialnämnden' },
      { name: 'Föreningen Fikarummet Järvsö', orgNumber: '802466-1236', sector: 'civil', unit: null },
    ]);
    expect(codes(a).filter((c) => c.startsWith('MISSING_FIELD:parties'))).toEqual([]);
    expect(a.contributions).toEqual([
      { party: 'Ljusdals kommun', annualAmount: 126000 },
      { party: 'Föreningen Fikarummet Järvsö', annualAmount: 175000 },
    ]);
  });

  test('the public party named second, with "genom", and a footer number that names no organisation', () => {
    const text = `Överenskommelse om idéburet offentligt partnerskap Hamnljuset

Överenskommelsen ingås mellan Stiftelsen Hamnljuset, org.nr 802477-3452, och Region Gävleborg genom regionala utvecklingsnämnden.

Ekonomi
Regionen bidrar med 400 000 kr per år.

Box 1234 · 801 80 Gävle · Org.nr 232100-0172`;
    const [a] = imported(text).agreements;
    expect(a.parties).toEqual([
      { name: 'Stiftelsen Hamnljuset', orgNumber: '802477-3452', sector: 'civil', unit: null },
      { name: 'Region Gävleborg', orgNumber: '232100-0172', sector: 'public', unit: 'Regionala utvecklingsnämnden' },
    ]);
  });

  test('a labelled number right after another organisation is that organisation\'s, never the party\'s', () => {
    const text = BETWEEN.replace('SYFTE\n', 'SYFTE\nVerksamheten får också stöd från Region Jämtland Härjedalen (org.nr 232100-0172).\n').replace(/\n-{20,}[^]*$/, '\n');
    const [a] = imported(text).agreements;
    expect(a.parties[0]).toEqual({ name: 'Ljusdals kommun', orgNumber: null, sector: 'public', unit: 'Socialnämnden' });
    expect(codes(a)).toContain('MISSING_FIELD:parties[0].orgNumber');
  });

  test('two different public numbers that name no organisation: neither is guessed to be the party\'s', () => {
    const text = BETWEEN.replace('Ljusdals kommun | Socialnämnden | 827 80 Ljusdal\n', 'Org.nr 212000-1991\n');
    const [a] = imported(text).agreements;
    expect(a.parties[0].orgNumber).toBeNull();
    expect(codes(a)).toContain('MISSING_FIELD:parties[0].orgNumber');
  });

  test('a party list with both sides adds nothing from a "mellan" sentence (a committee is no second party)', () => {
    const text = `Överenskommelse om idéburet offentligt partnerskap Kvällsfika

Parter
Ljusdals kommun genom socialnämnden, organisationsnummer 212000-2387.
Föreningen Fikarummet Järvsö, organisationsnummer 802466-1236.

Samverkan sker mellan Socialnämnden och Föreningen Fikarummet Järvsö i ett gemensamt råd.`;
    const [a] = imported(text).agreements;
    expect(a.parties.map((p) => p.name)).toEqual(['Ljusdals kommun', 'Föreningen Fikarummet Järvsö']);
  });
});
