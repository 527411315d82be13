import { importText, toContractJson } from '../../../src/import';

/**
 * Names given outside the title: in a definitions list or table, in Markdown front matter, in italics inside a
 * decision clause, in a protocol's § heading; a title that is only a document-kind label ("Partnerskapsöverenskommelse
 * (IOP)", "Ordförandebeslut: Idéburet offentligt partnerskap om …") and a department line are never names. The
 * documents are written for these tests.
 */
const named = (text: string, file = 'x.txt') => {
  const a = toContractJson(importText(text, file)).agreements[0];
  return { name: a.name, warned: a.warnings.filter((w) => w.field === 'name').map((w) => w.code) };
};

const PARTIES = `Mellan Kungsbacka kommun genom kultur- och fritidsnämnden (org.nr 212000-1397) och Föreningen Läslust i Kungsbacka (org.nr 802433-7779) har följande överenskommelse träffats.`;
const REST = `

2. Ekonomi
Nämnden bidrar med 260 000 kronor per år och föreningen med 90 000 kronor per år.

3. Giltighet
Överenskommelsen gäller 2026-08-01 – 2028-07-31.
`;

describe('a name defined in a definitions list or table', () => {
  test.each([
    ['Partnerskapet\tden gemensamma verksamheten Läsveckor Kungsbacka, som drivs i stadsbiblioteket.'],
    ['*Partnerskapet*: den gemensamma verksamheten Läsveckor Kungsbacka.'],
    ['- Verksamheten: Läsveckor Kungsbacka'],
    ['Med Partnerskapet avses i detta avtal projektet Läsveckor Kungsbacka, som riktar sig till barn.'],
    ['Partnerskapet\tdet idéburna offentliga partnerskapet som kallas Läsveckor Kungsbacka.'],
  ])('%s', (definition) => {
    const text = `BODA KOMMUN    Kulturförvaltningen, enheten för bibliotek    Dnr KFN 2026/1

Avtal om idéburet offentligt partnerskap för läsfrämjande

${PARTIES}

1. Definitioner
I detta avtal avses med
Kommunen\tden kommun som undertecknar avtalet.
${definition}
${REST}`;
    expect(named(text)).toEqual({ name: 'Läsveckor Kungsbacka', warned: [] });
  });

  test('a definition of a party ("Föreningen: den ideella förening som …") is no name', () => {
    const text = `Avtal om idéburet offentligt partnerskap för läsfrämjande\n\n${PARTIES}\n\n1. Definitioner\nFöreningen\tden ideella förening som undertecknar avtalet.\nPartnerskapet\tden samverkan som detta avtal reglerar.\n${REST}`;
    expect(named(text).name).not.toMatch(/förening som|samverkan som/);
  });

  test('warns when the title gives another name than the definition', () => {
    const text = `Överenskommelse om IOP – Läsfesten\n\n${PARTIES}\n\n1. Definitioner\nPartnerskapet\tverksamheten Läsveckor Kungsbacka.\n${REST}`;
    expect(named(text)).toEqual({ name: 'Läsveckor Kungsbacka', warned: ['AMBIGUOUS'] });
  });
});

describe('Markdown front matter', () => {
  test.each([
    ['partnerskap: Läsveckor Kungsbacka'],
    ['namn: "Läsveckor Kungsbacka"'],
    ['benämning: Läsveckor Kungsbacka'],
  ])('%s names the partnership; a "titel" that is a document type does not', (key) => {
    const text = `---\ntitel: Överenskommelse om idéburet offentligt partnerskap\n${key}\ndiarienummer: KFN 2026/0418\n---\n\n# Överenskommelse om idéburet offentligt partnerskap\n\n${PARTIES}\n${REST}`;
    expect(named(text, 'x.md')).toEqual({ name: 'Läsveckor Kungsbacka', warned: [] });
  });
});

describe('a title that is a document-kind label is no name', () => {
  test.each([
    ['Partnerskapsöverenskommelse (IOP)\nLäsveckor Kungsbacka'],
    ['Samverkansöverenskommelse\nLäsveckor Kungsbacka'],
    ['IOP-avtal\nLäsveckor Kungsbacka'],
  ])('%s', (front) => {
    expect(named(`KUNGSBACKA KOMMUN\n\n${front}\n\n${PARTIES}${REST}`).name).toBe('Läsveckor Kungsbacka');
  });

  test('a chair\'s decision titled by its kind names the partnership in italics in its clause', () => {
    const text = `**Region Halland**
Hälso- och sjukvårdsnämnden

# Ordförandebeslut: Idéburet offentligt partnerskap om läsfrämjande för nyanlända

## Beslut

Hälso- och sjukvårdsnämndens ordförande beslutar

1. att Region Halland ingår en överenskommelse om idéburet offentligt partnerskap med Föreningen Läslust i Kungsbacka om verksamheten *Läsveckor för nyanlända*,
2. att överenskommelsen ska gälla från och med den 15 december 2026 till och med den 31 december 2027.

Regionen bidrar med 300 000 kronor per år.
`;
    expect(named(text, 'x.md').name).toBe('Läsveckor för nyanlända');
  });
});

describe("a protocol's § heading", () => {
  test('the partnership\'s paragraph among others names it', () => {
    const text = `KUNGSBACKA KOMMUN\tSAMMANTRÄDESPROTOKOLL
Kultur- och fritidsnämnden

Protokoll

Paragrafer: § 10–12

§ 10 Budget 2027

Nämnden fastställer budgeten.

§ 11 Idéburet offentligt partnerskap – Läsveckor Kungsbacka

Förvaltningen föreslår ett partnerskap med Föreningen Läslust i Kungsbacka (org.nr 802433-7779). Nämndens bidrag föreslås bli 260 tkr per år. Överenskommelsen föreslås gälla 2027-01-01 – 2028-12-31.

Beslut

Kultur- och fritidsnämnden beslutar att ingå överenskommelse om idéburet offentligt partnerskap med Föreningen Läslust i Kungsbacka.

§ 12 Anmälan av delegationsbeslut

Nämnden lägger anmälan till handlingarna.
`;
    expect(named(text).name).toBe('Läsveckor Kungsbacka');
  });
});
