import { readFileSync } from 'fs';
import { join, resolve } from 'path';
import { requires } from '../requirements';
import { importDocument, importText, ImportError, toContractJson } from '../../src/import';
import { tableGrid } from '../../src/import/readers/html';
import { buildOutline, frontName } from '../../src/import/text/outline';
import { buildSource } from '../../src/import/text/source';

/** Structure before words: letterheads, party sections, validity, extension and indexation as other municipalities write them. */
const one = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const codes = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);

const PARTIES = [
  'Parter',
  '',
  'Ale kommun genom socialnämnden, organisationsnummer 212000-0449, 449 80 Alafors, nedan kallad nämnden.',
  '',
  'Föreningen Bro, organisationsnummer 802011-4578, Storgatan 1, 449 30 Nödinge, nedan kallad föreningen.',
  '',
].join('\n');

/** An agreement with a given front matter and a given validity paragraph. */
const agreement = (front: string, validity = 'Överenskommelsen gäller från och med 2025-01-01 till och med 2026-12-31.') =>
  `${front}\n\n${PARTIES}\nGiltighet\n\n${validity}\n\nEkonomi\n\nNämnden bidrar med 300 000 kr per år.\n`;

describe('the name is read from the front matter, never from the letterhead', () => {
  test.each([
    ['ALE KOMMUN\nSektor socialtjänst\nDnr SN 2025/14\n2025-01-10\n\nÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP\n\nMötesplats Bro', 'Mötesplats Bro'],
    ['Ale kommun · Socialförvaltningen · Dnr SN 2025/14\n\nÖverenskommelse om idéburet offentligt partnerskap (IOP)\n\nMötesplats Bro – gemenskap och stöd för äldre', 'Mötesplats Bro'],
    ['Ale kommun\tDatum 2025-01-10\n\nSocialförvaltningen\tDnr SN 2025/14\n\nÖverenskommelse om idéburet\n\noffentligt partnerskap\n\nMötesplats Bro', 'Mötesplats Bro'],
    ['Ale kommun\n\nÖVERENSKOMMELSE\nom idéburet offentligt partnerskap avseende Mötesplats Bro', 'Mötesplats Bro'],
    ['Ale kommun\nSocialförvaltningen\n\nTJÄNSTESKRIVELSE\nDatum: 2025-01-10\n\nIdéburet offentligt partnerskap med Föreningen Bro –\nMötesplats Bro', 'Mötesplats Bro'],
    ['Ale kommun\n\nIdéburet offentligt partnerskap med Föreningen Bro om\nMötesplats Bro 2025–2026', 'Mötesplats Bro'],
    ['Mötesplats Bro\nÖverenskommelse om idéburet offentligt partnerskap mellan Ale kommun och Föreningen Bro', 'Mötesplats Bro'],
  ])('%#: %s', (front, name) => {
    expect(one(agreement(front)).name).toBe(name);
  });

  test('the outline names the letterhead: organisation, department, Dnr and document type', () => {
    const outline = buildOutline(buildSource('MALMÖ STAD\nArbetsmarknads- och socialförvaltningen\nDnr ASN-2025-1\n\nÖVERENSKOMMELSE\n\nGrannstöd Bro\n\nParter\n'));
    expect(outline.letterhead).toEqual({
      organisation: 'MALMÖ STAD',
      department: 'Arbetsmarknads- och socialförvaltningen',
      dnr: 'ASN-2025-1',
      documentType: 'ÖVERENSKOMMELSE',
    });
    expect(frontName(outline)?.text).toBe('Grannstöd Bro');
  });

  test('a title that only lists the parties gives way to the name the text gives ("benämns …")', () => {
    const a = one(agreement('Överenskommelse om idéburet offentligt partnerskap mellan Ale kommun och Föreningen Bro\n\nParterna har kommit överens om ett partnerskap som i det följande benämns ”Kvällsvandring Bro”.'));
    expect(a.name).toBe('Kvällsvandring Bro');
  });
});

describe('parties from the party section', () => {
  test('a numbered list with bold names, addresses and "nedan kallad"', () => {
    const text = agreement('Mötesplats Bro').replace(
      PARTIES,
      'Parter\n\n1. **Ale kommun**, genom äldrenämnden, organisationsnummer 212000-0449, Box 1, 449 80 Alafors, nedan kallad *Kommunen*.\n2. **Föreningen Bro**, organisationsnummer 802011-4578, Storgatan 1, nedan kallad *Föreningen*.\n',
    );
    expect(one(text).parties).toEqual([
      { name: 'Ale kommun', orgNumber: '212000-0449', sector: 'public', unit: 'Äldrenämnden' },
      { name: 'Föreningen Bro', orgNumber: '802011-4578', sector: 'civil', unit: null },
    ]);
  });

  test('both parties in one sentence, the first one\'s alias and address before the second', () => {
    const text = agreement('Mötesplats Bro').replace(
      PARTIES,
      'Parter\n\nAle kommun genom socialnämnden, organisationsnummer 212000-0449, 449 80 Alafors (nedan nämnden), och Föreningen Bro, organisationsnummer 802011-4578, Storgatan 1 (nedan föreningen).\n',
    );
    expect(one(text).parties.map((p) => [p.name, p.orgNumber])).toEqual([
      ['Ale kommun', '212000-0449'],
      ['Föreningen Bro', '802011-4578'],
    ]);
  });

  test('a PDF bullet list whose org number breaks after the hyphen', () => {
    const text = agreement('Mötesplats Bro').replace(
      PARTIES,
      'Parter\n•\tAle kommun, genom socialnämnden (nedan kallad\n\tkommunen), organisationsnummer 212000-\n\t0449\n•\tFöreningen Bro, organisationsnummer 802011-4578\n',
    );
    expect(one(text).parties.map((p) => [p.name, p.orgNumber, p.unit])).toEqual([
      ['Ale kommun', '212000-0449', 'Socialnämnden'],
      ['Föreningen Bro', '802011-4578', null],
    ]);
  });

  test('a party table row "Ale kommun, socialnämnden" is the municipality with its committee', () => {
    const text = agreement('Mötesplats Bro').replace(
      PARTIES,
      'Parter\n\nPart\tOrganisationsnummer\tAdress\nAle kommun, socialnämnden\t212000-0449\t449 80 Alafors\nFöreningen Bro\t802011-4578\tStorgatan 1\n',
    );
    expect(one(text).parties[0]).toEqual({ name: 'Ale kommun', orgNumber: '212000-0449', sector: 'public', unit: 'Socialnämnden' });
  });

  test('an org number that fails Luhn is INVALID_ORG_NUMBER and left empty', () => {
    const a = one(agreement('Mötesplats Bro').replace('802011-4578', '802011-4579'));
    expect(a.parties[1].orgNumber).toBeNull();
    expect(codes(a)).toContain('INVALID_ORG_NUMBER:parties[1].orgNumber');
  });

  test('a decision memo: letterhead municipality, org numbers to the party named before them', () => {
    const memo = [
      'Västra Götalandsregionen',
      'Kulturförvaltningen',
      '',
      'Tjänsteutlåtande',
      'Datum: 2025-01-10',
      '',
      'Idéburet offentligt partnerskap med Föreningen Bro om Berättarhuset',
      '',
      'Förslag till beslut',
      'Kulturnämnden godkänner överenskommelse om idéburet offentligt partnerskap med Föreningen Bro, organisationsnummer 802011-4578, för perioden 1 januari 2025–31 december 2026.',
      '',
      'Parter är Västra Götalandsregionen genom kulturnämnden, organisationsnummer 232100-0131, och föreningen.',
    ].join('\n');
    const a = one(memo);
    expect(a.name).toBe('Berättarhuset');
    expect(a.parties.map((p) => [p.name, p.orgNumber, p.sector])).toEqual([
      ['Västra Götalandsregionen', '232100-0131', 'public'],
      ['Föreningen Bro', '802011-4578', 'civil'],
    ]);
  });
});

describe('extension in the many ways it is written', () => {
  const end = 'Överenskommelsen gäller från och med 2025-01-01 till och med 2027-12-31.';
  test.each<[string, { years: number; times: number | null } | null]>([
    ['Den kan därefter förlängas med ett år i sänder.', { years: 1, times: null }],
    ['Den förlängs därefter automatiskt med ett år om den inte sägs upp.', { years: 1, times: null }],
    ['Den kan förlängas med ett år åt gången.', { years: 1, times: null }],
    ['Den kan därefter förlängas årsvis.', { years: 1, times: null }],
    ['Den kan förlängas med ett läsår i taget.', { years: 1, times: null }],
    ['Den kan förlängas två år i taget, högst 1 gång.', { years: 2, times: 1 }],
    ['Den kan förlängas ett år i taget, dock högst tre gånger.', { years: 1, times: 3 }],
    ['Den kan förlängas högst två gånger två år.', { years: 2, times: 2 }],
    ['Den kan förlängas två gånger om vardera ett år.', { years: 1, times: 2 }],
    ['Den kan förlängas två gånger med ett år i taget.', { years: 1, times: 2 }],
    ['Den löper med möjlighet till förlängning 1+1 år.', { years: 1, times: 2 }],
    ['Den löper med option på förlängning två gånger ett år.', { years: 1, times: 2 }],
    ['Den kan förlängas med ytterligare två år.', { years: 2, times: 1 }],
    ['Den kan förlängas med ett år.', { years: 1, times: 1 }],
    ['Den kan förlängas med två år, dock högst två gånger.', { years: 2, times: 2 }],
    ['Den kan förlängas med två (2) år.', { years: 2, times: 1 }],
    ['Den kan förlängas med ett år i taget, dock längst till och med den 31 december 2029.', { years: 1, times: 2 }],
  ])('%s', (clause, extension) => {
    expect(one(agreement('Mötesplats Bro', `${end} ${clause}`)).validity.extension).toEqual(extension);
  });

  test.each(['Överenskommelsen kan inte förlängas.', 'En förlängning förutsätter nya beslut i nämnden.', 'Överenskommelsen förlängs inte automatiskt.'])(
    '%s → null, stated, not guessed',
    (clause) => {
      const a = one(agreement('Mötesplats Bro', `${end} ${clause}`));
      expect(a.validity.extension).toBeNull();
      expect(codes(a)).not.toContain('AMBIGUOUS:validity.extension');
    },
  );

  test('"0 år i taget" is no extension of zero years', () => {
    const a = one(agreement('Mötesplats Bro', `${end} Den kan förlängas 0 år i taget.`));
    expect(a.validity.extension).toBeNull();
    expect(codes(a)).toContain('AMBIGUOUS:validity.extension');
  });

  test('"tills vidare" with a notice period: no end, no extension, the notice kept', () => {
    const a = one(agreement('Mötesplats Bro', 'Överenskommelsen gäller från och med den 1 februari 2025 och tills vidare. Var och en av parterna kan säga upp den med tre månaders uppsägningstid.'));
    expect(a.validity).toEqual({ start: '2025-02-01', end: null, extension: null, noticeMonths: 3 });
  });

  test('a date range written "2025-01-01--2027-12-31" and a date broken across a PDF line', () => {
    expect(one(agreement('Mötesplats Bro', 'Överenskommelsen gäller 2025-01-01--2027-12-31.')).validity.end).toBe('2027-12-31');
    expect(one(agreement('Mötesplats Bro', 'Överenskommelsen gäller från och med 2025-01-01 till och med 2027-12-\n31. Därefter upphör den.')).validity.end).toBe('2027-12-31');
  });
});

describe('indexation', () => {
  test.each<[string, number | null]>([
    ['Ersättningen räknas upp med två procent per år.', 0.02],
    ['Inför varje nytt kalenderår räknas kostnaderna upp med 3 % för pris- och löneförändringar.', 0.03],
    ['Beloppen räknas om inför varje nytt kalenderår med 1,5 procent.', 0.015],
    ['Bidraget är föremål för årlig uppräkning om 3 %.', 0.03],
    ['Ersättningen justeras årligen med 2,5 %.', 0.025],
    ['Beloppen indexeras årligen med 1,8 procent.', 0.018],
    ['Ersättningen höjs med 2 procent per år.', 0.02],
  ])('%s', (clause, rate) => {
    expect(one(agreement('Mötesplats Bro').replace('per år.\n', `per år. ${clause}\n`)).indexation?.rate ?? null).toBe(rate);
  });

  test.each([
    ['Bidraget räknas upp årligen med PKV enligt SKR:s prognos.', 'PKV'],
    ['Ersättningen räknas om varje år med förändringen av konsumentprisindex (KPI).', 'konsumentprisindex'],
    ['Nämndens ersättning räknas upp med den omräkningsfaktor som fullmäktige fastställer.', 'omräkningsfaktor'],
  ])('a named index without a rate is null and AMBIGUOUS, never a guessed rate: %s', (clause, index) => {
    const a = one(agreement('Mötesplats Bro').replace('per år.\n', `per år. ${clause}\n`));
    expect(a.indexation).toBeNull();
    const w = a.warnings.find((x) => x.code === 'AMBIGUOUS' && x.field === 'indexation');
    expect(w?.message).toContain(index);
  });
});

describe('places only from an explicit number of places', () => {
  test.each<[string, number | null]>([
    ['Partnerskapet omfattar 40 elevplatser.', 40],
    ['Boendet har tolv platser.', 12],
    ['Härbärget har 25 sängplatser.', 25],
    ['Verksamheten har plats för 15 familjer samtidigt.', 15],
    ['Föreningen kan ta emot 30 deltagare samtidigt.', 30],
    ['Träffpunkten har cirka 120 besök per vecka.', null],
    ['Verksamheten når cirka 300 barn och unga varje vecka.', null],
  ])('%s', (sentence, places) => {
    expect(one(agreement('Mötesplats Bro').replace('Giltighet', `Omfattning\n\n${sentence}\n\nGiltighet`)).places).toBe(places);
  });
});

describe('not an IOP stays refused', () => {
  const refused = (text: string) => {
    try {
      importText(text, 'x.txt');
    } catch (e) {
      return e instanceof ImportError && e.code === 'NOT_IOP';
    }
    return false;
  };
  test('a grant decision that mentions IOP only as the road not taken', () => {
    const text =
      'Ale kommun\nKultur- och fritidsförvaltningen\n\nTjänsteskrivelse\n\nVerksamhetsbidrag 2025 till Föreningen Bro\n\nFörslag till beslut\nNämnden beviljar Föreningen Bro, org.nr 802011-4578, ett verksamhetsbidrag om 185 000 kronor för 2025.\n\n' +
      'Förvaltningen har prövat om samarbetet i stället skulle kunna utformas som ett idéburet offentligt partnerskap (IOP). Ett verksamhetsbidrag bedöms vara lämpligare.\n';
    expect(refused(text)).toBe(true);
  });
  test('a lease between the municipality and an association', () => {
    expect(refused('Hyresavtal för lokal\n\nHyresvärd: Ale kommun, org.nr 212000-0449\nHyresgäst: Föreningen Bro\n\nHyresgästen betalar en årshyra om 120 000 kr. Avtalet gäller 2025-01-01 – 2027-12-31 och förlängs med tre år i taget.\n')).toBe(true);
  });
  test('an agreement that says it is an IOP is not refused for mentioning LOU', () => {
    expect(refused(agreement('Mötesplats Bro').replace('Ekonomi', 'Partnerskapet är ett idéburet offentligt partnerskap och ingen upphandling enligt LOU.\n\nEkonomi'))).toBe(false);
  });
});

describe('Word tables on their grid', () => {
  const cell = (text: string, colspan = 1, rowspan = 1, header = false) => ({ text, colspan, rowspan, header });
  test('a party merged vertically is repeated on its rows; a merged total keeps its first column', () => {
    expect(
      tableGrid([
        [cell('Part', 1, 1, true), cell('Insats', 1, 1, true), cell('Kr', 1, 1, true)],
        [cell('Ale kommun', 1, 2), cell('Samordnare'), cell('300 000')],
        [cell('Lokal'), cell('100 000')],
        [cell('Totalt', 2), cell('400 000')],
      ]),
    ).toEqual([
      ['Part', 'Insats', 'Kr'],
      ['Ale kommun', 'Samordnare', '300 000'],
      ['Ale kommun', 'Lokal', '100 000'],
      ['Totalt', '', '400 000'],
    ]);
  });
  test('two header rows held by a merged header cell are one header line', () => {
    expect(
      tableGrid([
        [cell('Part', 1, 2, true), cell('Belopp (kr)', 2, 1, true)],
        [cell('2025', 1, 1, true), cell('2026', 1, 1, true)],
        [cell('Ale kommun'), cell('300 000'), cell('306 000')],
      ]),
    ).toEqual([
      ['Part', 'Belopp (kr) 2025', 'Belopp (kr) 2026'],
      ['Ale kommun', '300 000', '306 000'],
    ]);
  });
});

const CORPUS = resolve(__dirname, '../../../shared/corpus/docs');
const withCorpus = requires('shared').test;

withCorpus('a Word page header is the letterhead and its footer gives the org number (shared corpus c12)', async () => {
  const bytes = new Uint8Array(readFileSync(join(CORPUS, 'c12_verkstad-araby.docx')));
  const a = toContractJson(await importDocument('c12.docx', bytes)).agreements[0];
  expect(a.name).toBe('Verkstad Araby');
  expect(a.parties[0]).toMatchObject({ name: 'Växjö kommun', orgNumber: '212000-5448', sector: 'public' });
});

test.each([
  ['Ale kommun\nSektor socialtjänst\n\nPartnerskapsavtal – Mötesplats Bro', 'Mötesplats Bro'],
  ['Ale kommun\n\nTjänsteskrivelse\n\nFörslag till överenskommelse om idéburet offentligt partnerskap med Föreningen Bro avseende Mötesplats Bro', 'Mötesplats Bro'],
  ['Ale kommun\n\nIOP-avtal: Mötesplats Bro', 'Mötesplats Bro'],
])('more title forms: %s', (front, name) => {
  expect(one(agreement(front)).name).toBe(name);
});
