import { importText, toContractJson } from '../../../src/import';

/**
 * The partnership's name among the lines around it: a descriptive subtitle, a minutes' meta lines, a title in
 * capitals under the document type, an amendment's "avseende X", and a decision clause that names the partnership
 * before its counterpart. The documents are written for these tests.
 */
const result = (text: string, file = 'x.txt') => toContractJson(importText(text, file));
const named = (text: string, file?: string) => {
  const a = result(text, file).agreements[0];
  return { name: a.name, warned: a.warnings.filter((w) => w.field === 'name').map((w) => w.code) };
};

const PARTIES = `1. Parter
Kungsbacka kommun genom kultur- och fritidsnämnden, org.nr 212000-1397.
Föreningen Läslust i Kungsbacka, org.nr 802433-7779.`;
const REST = `

2. Ekonomi
Nämnden bidrar med 260 000 kronor per år och föreningen med 90 000 kronor per år.

3. Giltighet
Överenskommelsen gäller 2026-08-01 – 2028-07-31.
`;

describe('a descriptive subtitle under the title', () => {
  test.each([
    ['Överenskommelse om idéburet offentligt partnerskap för läsfrämjande verksamhet i Kungsbacka'],
    ['Avtal om IOP avseende läxhjälp och läsfrämjande för barn i Kungsbacka'],
    ['Idéburet offentligt partnerskap om läsfrämjande för barn och unga'],
  ])('%s: the title above it is the name', (subtitle) => {
    expect(named(`Läsveckor Kungsbacka\n\n${subtitle}\n\n${PARTIES}${REST}`)).toEqual({ name: 'Läsveckor Kungsbacka', warned: [] });
  });

  test('a subtitle that gives a capitalised name after the kind still names it', () => {
    expect(named(`Överenskommelse om idéburet offentligt partnerskap avseende Läsveckor Kungsbacka\n\n${PARTIES}${REST}`).name).toBe('Läsveckor Kungsbacka');
  });
});

describe('a title in capitals under the document type', () => {
  test.each([
    ['AVTAL OM IDÉBURET OFFENTLIGT PARTNERSKAP\nLÄSVECKOR I KUNGSBACKA', 'Läsveckor i Kungsbacka'],
    ['IDÉBURET OFFENTLIGT PARTNERSKAP\nLÄSLYFTET', 'Läslyftet'],
    ['ÖVERENSKOMMELSE OM IOP – LÄSVECKOR FÖR ALLA', 'Läsveckor för alla'],
  ])('%s', (front, name) => {
    expect(named(`KUNGSBACKA KOMMUN\n\n${front}\n\n${PARTIES}${REST}`)).toEqual({ name, warned: [] });
  });
});

describe("an amendment's subtitle", () => {
  test.each([
    ['TILLÄGGSAVTAL NR 1\n\ntill överenskommelse om idéburet offentligt partnerskap avseende Läsveckor Kungsbacka'],
    ['Tillägg nr 2 till avtal om IOP – Läsveckor Kungsbacka'],
    ['Ändringsavtal till överenskommelse om idéburet offentligt partnerskap för Läsveckor Kungsbacka'],
  ])('%s', (front) => {
    expect(named(`${front}\n\n${PARTIES}${REST}`).name).toBe('Läsveckor Kungsbacka');
  });
});

describe("minutes: the meta lines are never the name; the decision clause names it", () => {
  const MINUTES = (clause: string) => `KUNGSBACKA KOMMUN
Kultur- och fritidsnämnden

PROTOKOLLSUTDRAG

Sammanträdesdatum: 2026-05-12
Plats: Stadshuset, rum Tjolöholm, kl. 17.30–19.00
Justerare: Eva Holm
Närvarande: se bilaga

§ 31 Idéburet offentligt partnerskap om läsfrämjande

Beslut
Kultur- och fritidsnämnden beslutar
1. ${clause}
2. att nämndens bidrag ska vara 260 000 kronor per år.

Ärendet
Föreningen Läslust i Kungsbacka (org.nr 802433-7779) har ordnat läsveckor sedan 2021.
`;

  test.each([
    ['att ingå idéburet offentligt partnerskap *Läsveckor Kungsbacka* med Föreningen Läslust i Kungsbacka för perioden 2026-08-01–2028-07-31,'],
    ['att ingå idéburet offentligt partnerskap _Läsveckor Kungsbacka_ med Föreningen Läslust i Kungsbacka,'],
    ['att godkänna överenskommelsen ”Läsveckor Kungsbacka” med Föreningen Läslust i Kungsbacka,'],
    ['att godkänna överenskommelse om idéburet offentligt partnerskap Läsveckor Kungsbacka med Föreningen Läslust i Kungsbacka,'],
  ])('%s', (clause) => {
    expect(named(MINUTES(clause), 'x.md')).toEqual({ name: 'Läsveckor Kungsbacka', warned: [] });
  });

  test('a clause that sets the name off with commas before "mellan" names it', () => {
    const clause = 'att ingå överenskommelse om idéburet offentligt partnerskap, Läsveckor Kungsbacka, mellan Kungsbacka kommun och Föreningen Läslust i Kungsbacka,';
    expect(named(MINUTES(clause), 'x.md')).toEqual({ name: 'Läsveckor Kungsbacka', warned: [] });
  });

  test('the committee with the meeting\'s date above the paragraph is never the name', () => {
    const text = MINUTES('att ingå idéburet offentligt partnerskap med Föreningen Läslust i Kungsbacka,')
      .replace('Kultur- och fritidsnämnden\n', '')
      .replace('Sammanträdesdatum: 2026-05-12\n', 'Kultur- och fritidsnämnden 2026-05-12\n')
      .replace('§ 31 Idéburet offentligt partnerskap om läsfrämjande', '§ 31 Idéburet offentligt partnerskap – Läsveckor Kungsbacka');
    expect(named(text, 'x.md')).toEqual({ name: 'Läsveckor Kungsbacka', warned: [] });
  });

  test('no name anywhere: the counterpart with a warning, never "Plats: …"', () => {
    const a = named(MINUTES('att ingå idéburet offentligt partnerskap med Föreningen Läslust i Kungsbacka,'), 'x.md');
    expect(a.name).not.toMatch(/Plats|Stadshuset|Justerare|Närvarande|Beslut/);
    expect(a.warned).toEqual(['INFERRED']);
  });

  test('an emphasised alias ("nedan kallad *Föreningen*") is no name', () => {
    const text = `# Överenskommelse om idéburet offentligt partnerskap\n\n## Läsveckor Kungsbacka\n\n### Parter\n1. Kungsbacka kommun, org.nr 212000-1397, nedan kallad *Kommunen*.\n2. Föreningen Läslust i Kungsbacka, org.nr 802433-7779, nedan kallad *Föreningen*.${REST}`;
    expect(named(text, 'x.md').name).toBe('Läsveckor Kungsbacka');
  });

  test('a real title that starts with a meta word but has no colon stays the name', () => {
    expect(named(`Tid för läsning\n\n${PARTIES}${REST}`).name).toBe('Tid för läsning');
  });
});

describe('a label above its value (a text box, a form field, a cover sheet)', () => {
  const TITLE = 'Överenskommelse om idéburet offentligt partnerskap\n\nmellan Kungsbacka kommun och Föreningen Läslust i Kungsbacka\n\n';

  test.each([
    ['Partnerskapets namn\n\nLäsveckor Kungsbacka\n\nInriktning: läsfrämjande för barn\n\n'],
    ['Namn på partnerskapet:\nLäsveckor Kungsbacka\n\n'],
  ])('%j before the generic title gives the name', (box) => {
    expect(named(`${box}${TITLE}${PARTIES}${REST}`)).toEqual({ name: 'Läsveckor Kungsbacka', warned: [] });
  });

  test('a weak label alone on its line is a heading, not a name', () => {
    const a = named(`${TITLE}Verksamhet\n\nFöreningen ordnar läsveckor för barn i tre bibliotek.\n\n${PARTIES}${REST}`);
    expect(a.name).not.toMatch(/Föreningen ordnar/);
  });
});

describe('a key–value table at the top names the partnership before a heading below it', () => {
  const doc = `STORBY KOMMUN · Miljöförvaltningen\tDnr MN 2029/0041

IOP – överenskommelse

Partnerskap\tÄngarna vid Storsjön
Offentlig part\tStorby kommun, org.nr 212000-6149, genom miljönämnden
Idéburen part\tStorsjöns Hembygdsförening, org.nr 802481-4579
Period\t2029-05-01 – 2031-04-30

Insatser per år

Part\tInsats\tKronor
Kommunen\tBidrag\t118 000
Föreningen\tSlåtter, 300 timmar à 180 kr\t54 000
Summa\t\t172 000
`;

  it('reads the "Partnerskap" row, said as inferred, not the economy heading', () => {
    expect(named(doc)).toEqual({ name: 'Ängarna vid Storsjön', warned: ['INFERRED'] });
  });
});
