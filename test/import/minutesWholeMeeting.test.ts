import { importText, ImportError, toContractJson } from '../../src/import';

/**
 * Minutes of a whole meeting (text/minutesItems.ts): only the partnership's item is the document, for every field
 * (name, parties, period, extension, economy). The item is found by its heading (also a heading broken over two lines
 * or a bare "§ 12" over its title), else by its decision entering a partnership, else by a sentence naming it that does
 * not deny it. Documents written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const publicAmount = (a: ReturnType<typeof agreement>) => a.contributions.find((c) => a.parties.find((p) => p.name === c.party)?.sector === 'public')?.annualAmount;

/** Minutes as a PDF's text layer gives them: lines broken mid-sentence, the § number before a heading, no blank line after it. */
const MINUTES = (iopHeading: string) => `LJUSBY KOMMUN\tUTDRAG UR PROTOKOLL
Kultur- och fritidsnämnden\tSammanträdesdatum 2027-05-12
Org.nr 212000-0746

§ 31 Ekonomisk uppföljning april
Förvaltningschefen redovisar att nämnden väntas gå med ett överskott om 1,4 Mkr. Avtalet med
städfirman förlängs ett år i taget till och med 2030. Nämnden noterar informationen.

${iopHeading}
Dnr KFN 2027/88

Beslut

Kultur- och fritidsnämnden beslutar

att ingå idéburet offentligt partnerskap med Föreningen Sjöbodarna, org.nr 802501-2234, om
Sjöbodarnas öppna verkstad,

att nämndens bidrag är 240 000 kr per år.

Ärendet

Partnerskapet gäller från 1 juli 2027 till och med 30 juni 2029 och kan därefter förlängas med ett år i
taget, dock längst till utgången av 2031. Föreningen bidrar med ideellt arbete värderat till 90 000 kr per år.

§ 33 Bidrag till Ljusby Ryttarförening
Nämnden beviljar Ljusby Ryttarförening, org.nr 802455-1190, ett engångsbidrag om 35 000 kr för ny
ridbanebelysning. Bidraget gäller från 2027-06-01.

§ 34 Detaljplan för Kvarnen 3
Nämnden tillstyrker planförslaget.

Justerandes signatur\tUtdragsbestyrkande
`;

const HEADINGS = [
  '§ 32 Idéburet offentligt partnerskap – Sjöbodarnas öppna verkstad',
  // A heading a PDF breaks over two lines.
  '§ 32 Idéburet offentligt partnerskap –\nSjöbodarnas öppna verkstad',
  // The number on a line of its own, the title below it.
  '§ 32\nIdéburet offentligt partnerskap – Sjöbodarnas öppna verkstad',
  // The number after it; a Markdown heading: the same one reader of a § heading finds the item and its name.
  '32 § Idéburet offentligt partnerskap – Sjöbodarnas öppna verkstad',
  '## § 32 Idéburet offentligt partnerskap – Sjöbodarnas öppna verkstad',
];

describe('minutes of a whole meeting: only the partnership’s item', () => {
  test.each(HEADINGS)('%s', (heading) => {
    const a = agreement(MINUTES(heading));
    expect(a.name).toBe('Sjöbodarnas öppna verkstad');
    // Another item's club, with its own org number, is no party.
    expect(a.parties.map((p) => p.name)).not.toContain('Ljusby Ryttarförening');
    expect(a.parties.find((p) => p.sector === 'public')?.orgNumber).toBe('212000-0746');
    expect(a.validity.start).toBe('2027-07-01');
    expect(a.validity.end).toBe('2029-06-30');
    expect(publicAmount(a)).toBe(240000);
    expect(a.annualTotal).toBe(330000);
  });

  test('a heading that does not name the partnership: its decision does', () => {
    const a = agreement(MINUTES('§ 32 Sjöbodarnas öppna verkstad'));
    expect(a.name).not.toMatch(/uppföljning|Ryttarförening|Detaljplan/);
    expect(a.parties.map((p) => p.name)).not.toContain('Ljusby Ryttarförening');
    expect(publicAmount(a)).toBe(240000);
    expect(a.validity.end).toBe('2029-06-30');
  });

  test('"till utgången av 2031" caps yearly extensions after an end of June 2029: two', () => {
    expect(agreement(MINUTES(HEADINGS[0])).validity.extension).toEqual({ years: 1, times: 2 });
  });

  test('an item that mentions IOP only to deny it is not the partnership’s item', () => {
    const text = MINUTES(HEADINGS[0]).replace(
      'ridbanebelysning. Bidraget gäller från 2027-06-01.',
      'ridbanebelysning. Bidraget är inte ett IOP. Bidraget gäller från 2027-06-01.',
    );
    const a = agreement(text);
    expect(a.name).toBe('Sjöbodarnas öppna verkstad');
    expect(publicAmount(a)).toBe(240000);
    expect(a.parties.map((p) => p.name)).not.toContain('Ljusby Ryttarförening');
  });

  test('"47 §" headings and an "överenskommelse" heading', () => {
    const text = MINUTES('32 § Överenskommelse med Föreningen Sjöbodarna om Sjöbodarnas öppna verkstad')
      .replace('§ 31 ', '31 § ')
      .replace('§ 33 ', '33 § ')
      .replace('§ 34 ', '34 § ');
    const a = agreement(text);
    expect(a.parties.map((p) => p.name)).not.toContain('Ljusby Ryttarförening');
    expect(publicAmount(a)).toBe(240000);
    expect(a.validity.end).toBe('2029-06-30');
  });
});

const refusal = (text: string): string | null => {
  try {
    importText(text, 'x.txt');
    return null;
  } catch (e) {
    return e instanceof ImportError ? `${e.code}: ${e.message}` : 'other';
  }
};
const GRANT = /^NOT_IOP: Dokumentet är ett beslut om bidrag enligt bidragsregler/;

const grantDecision = (iopSentence: string, grant = 'Föreningen beviljas verksamhetsbidrag för 2028 enligt nämndens bidragsregler') => `HÖGBY KOMMUN
Fritidsnämnden

DELEGATIONSBESLUT
Dnr FN 2028/14

Sökande: Högby Skytteförening, org.nr 802466-3051

Beslut

${grant} med 42 000 kr. Bidraget avser kalenderåret 2028 och betalas ut i april.

Motivering

Föreningen uppfyller villkoren i bidragsreglerna. ${iopSentence}

Beslutet fattas med stöd av delegationsordningen punkt 3.1.
`;

describe('a grant under a committee’s rules that mentions IOP only as not decided is no IOP', () => {
  test.each([
    'Föreningen har även frågat om att ingå ett idéburet offentligt partnerskap om ungdomsverksamheten. Det prövas inte i detta beslut.',
    'Bidraget är inte ett IOP och ger ingen rätt till fortsatt stöd.',
    'Beslutet avser inte idéburet offentligt partnerskap (IOP); en sådan fråga hanteras i ett eget ärende.',
    'Föreningen ges bidraget i stället för ett IOP.',
  ])('%s', (sentence) => {
    expect(refusal(grantDecision(sentence))).toMatch(GRANT);
  });

  test('aktivitetsstöd granted by the nämnd', () => {
    const text = grantDecision('Frågan om IOP prövas inte här.', 'Nämnden beviljar föreningen aktivitetsstöd för våren 2028');
    expect(refusal(text)).toMatch(GRANT);
  });

  test('an IOP that mentions a separate föreningsbidrag stays an IOP', () => {
    const text = `ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP – Skyttehuset

Parter: Högby kommun, org.nr 212000-0746, genom fritidsnämnden, och Högby Skytteförening, org.nr 802466-3051.

Överenskommelsen gäller från 2028-01-01 till och med 2029-12-31.

Kommunen bidrar med 150 000 kr per år. Föreningen bidrar med ideellt arbete värderat till 60 000 kr per år.
Föreningen beviljas dessutom föreningsbidrag enligt nämndens bidragsregler med 20 000 kr; det bidraget är inte en del av partnerskapet.
`;
    expect(refusal(text)).toBeNull();
    expect(agreement(text).annualTotal).toBe(210000);
  });
});
