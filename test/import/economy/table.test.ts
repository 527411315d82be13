import { importText, toContractJson } from '../../../src/import';

/**
 * The table rule on tables as a PDF's text layer gives them (cells separated by tabs, a lone first-column cell on a
 * line of its own): cells that wrap in a narrow column, and a budget with an income side and a cost side. The
 * documents are written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.pdf')).agreements[0];
const codes = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);

const PARTIES = `Parter
Region Blekinge, kultur- och utbildningsnämnden, organisationsnummer 232100-0990, nedan regionen.

Föreningen Vävstugan Karlshamn, ideell förening, organisationsnummer 802493-0185, nedan föreningen.`;

describe('a Part column whose committee wraps onto the next line', () => {
  const table = (rows: string) => `Överenskommelse om idéburet offentligt partnerskap\nVäv i hela länet\n\n${PARTIES}\n\nEkonomi\nPart\tInsats\tKronor per år\n${rows}\nTotalt\t\t505 000\n\nGiltighet\nÖverenskommelsen gäller från och med 2026-01-01 till och med 2027-12-31.`;

  test('"Kultur- och" / "utbildningsnämnden": the whole cell names the party; a wrapped row of words is no repeated header', () => {
    const a = agreement(
      table(
        [
          'Kultur- och\tSamordnare, 0,5\t310 000',
          'utbildningsnämnden\tårsarbetare\t',
          'Kultur- och\tResor i länet\t45 000',
          'utbildningsnämnden',
          'Föreningen Vävstugan\tIdeellt arbete, 600 timmar à 250 kr\t150 000',
        ].join('\n'),
      ),
    );
    expect(a.costItems).toEqual([
      { party: 'Region Blekinge', label: 'Samordnare, 0,5 årsarbetare', annualAmount: 310000 },
      { party: 'Region Blekinge', label: 'Resor i länet', annualAmount: 45000 },
      expect.objectContaining({ party: 'Föreningen Vävstugan Karlshamn, ideell förening', annualAmount: 150000 }),
    ]);
    expect(a.contributions.map((c) => c.annualAmount)).toEqual([355000, 150000]);
    expect(a.annualTotal).toBe(505000);
    expect(codes(a).filter((c) => /costItems|contributions|annualTotal/.test(c))).toEqual([]);
  });

  test('a capitalised second line ("Region" / "Blekinge") carries on a cell that named no party', () => {
    const a = agreement(table(['Region\tSamordnare\t355 000', 'Blekinge', 'Föreningen Vävstugan\tIdeellt arbete\t150 000'].join('\n')));
    expect(a.costItems.map((it) => [it.party, it.annualAmount])).toEqual([
      ['Region Blekinge', 355000],
      ['Föreningen Vävstugan Karlshamn, ideell förening', 150000],
    ]);
    expect(codes(a)).not.toContain('AMBIGUOUS:costItems');
  });

  test('a party cell that names no party even when whole leaves its row out, with a warning; the party\'s share is at most inferred', () => {
    const a = agreement(table(['Kommunala\tSamordnare\t355 000', 'pensionärsrådet', 'Föreningen Vävstugan\tIdeellt arbete\t150 000'].join('\n')));
    expect(a.costItems.map((it) => it.annualAmount)).toEqual([150000]);
    expect(a.warnings.filter((w) => w.code === 'AMBIGUOUS' && w.field === 'costItems').map((w) => w.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('Kommunala pensionärsrådet')]),
    );
    // The region's share is then only the total's rest, said as inferred on its own field.
    const region = a.contributions.findIndex((c) => c.party.startsWith('Region'));
    expect(a.obtained[`contributions[${region}]`]).toBe('inferred');
    expect(codes(a)).toContain(`INFERRED:contributions[${region}]`);
  });
});

describe('a budget with an income side and a cost side', () => {
  const budget = (income: string[]) =>
    `Överenskommelse om idéburet offentligt partnerskap\nVäv i hela länet\n\n${PARTIES}\n\nEkonomi\nRegionens bidrag redovisas som en intäkt i föreningens budget.\n\nBudget per år (tkr)\n\n${[
      'Intäkter\ttkr\tKostnader\ttkr',
      ...income,
    ].join('\n')}\n\nGiltighet\nÖverenskommelsen gäller från och med 2026-01-01 till och med 2027-12-31.`;
  const ROWS = [
    'Bidrag från Region Blekinge\t400\tKursledare, 50 % av heltid inkl.\t260',
    '\t\tsociala avgifter\t',
    'Medlemsavgifter och egna\t30\tLokalhyra\t90',
    'medel',
    'Ideellt arbete, 500 timmar à\t125\tIdeellt arbete (värderat)\t125',
    '250 kr (värderat)',
    'Lokal i föreningens regi\t90\tMaterial\t170',
  ];

  test('the income lines are the shares: the region\'s grant, the non-profit\'s own resources summed; the cost side adds nothing', () => {
    const a = agreement(budget([...ROWS, 'Summa intäkter\t645\tSumma kostnader\t645']));
    expect(a.contributions).toEqual([
      { party: 'Region Blekinge', annualAmount: 400000 },
      { party: 'Föreningen Vävstugan Karlshamn, ideell förening', annualAmount: 245000 },
    ]);
    expect(a.annualTotal).toBe(645000);
    expect(a.costItems).toEqual([]);
    expect(a.obtained).toMatchObject({ 'contributions[0]': 'reconciled', 'contributions[1]': 'reconciled', annualTotal: 'reconciled' });
    expect(codes(a).filter((c) => /contributions|annualTotal/.test(c))).toEqual([]);
  });

  test('a grant from someone who is no party is left out with a warning, and the non-profit\'s share is not confirmed', () => {
    const a = agreement(budget([...ROWS, 'Bidrag från Allmänna arvsfonden\t50\tResor\t50', 'Summa intäkter\t695\tSumma kostnader\t695']));
    expect(a.warnings.some((w) => w.code === 'AMBIGUOUS' && w.field === 'contributions' && w.message.includes('Allmänna arvsfonden'))).toBe(true);
    const civil = a.contributions.findIndex((c) => c.party.startsWith('Föreningen'));
    expect(a.contributions[civil].annualAmount).toBe(245000);
    expect(a.obtained[`contributions[${civil}]`]).not.toBe('reconciled');
  });

  test('a budget in one column: the rows under "Intäkter" are the shares, those under "Kostnader" are not items; "Kronor" in the header outweighs a "(tkr)" note', () => {
    const text = budget([]).replace(
      'Intäkter\ttkr\tKostnader\ttkr',
      ['Post\tKronor', 'Intäkter\t', 'Bidrag från Region Blekinge\t400 000', 'Medlemsavgifter och egna medel\t30 000', 'Ideellt arbete, 500 timmar à 250 kr\t125 000', 'Summa intäkter\t555 000', 'Kostnader\t', 'Kursledare\t300 000', 'Lokalhyra\t130 000', 'Ideellt arbete\t125 000', 'Summa kostnader\t555 000'].join('\n'),
    );
    const a = agreement(text);
    expect(a.contributions.map((c) => c.annualAmount)).toEqual([400000, 155000]);
    expect(a.annualTotal).toBe(555000);
    expect(a.costItems).toEqual([]);
    expect(codes(a).filter((c) => /contributions|annualTotal/.test(c))).toEqual([]);
  });

  test('own resources go to the non-profit only when there is one', () => {
    const two = budget([...ROWS, 'Summa intäkter\t645\tSumma kostnader\t645']).replace(
      'nedan föreningen.',
      'nedan föreningen.\n\nStudieförbundet Väven i Blekinge, organisationsnummer 802449-1279, nedan studieförbundet.',
    );
    const a = agreement(two);
    expect(a.contributions.filter((c) => c.party.startsWith('Föreningen')).map((c) => c.annualAmount)).toEqual([90000]);
    expect(codes(a)).toContain('AMBIGUOUS:contributions');
  });
});

describe('a narrow PDF table cut by a blank line, its labels wrapping over lines of their own', () => {
  const PARTY_LIST = `Parter
Region Kalmar län, genom kulturnämnden, org.nr 232100-0164, Box 601, 391 26 Kalmar.
Föreningen Läsfröet, org.nr 802530-9181, Storgatan 4, 392 31 Kalmar.
Föreningen Borgholms Bokcirkel, org.nr 802477-5127, Torget 2, 387 31 Borgholm.`;
  const text = (rows: string) =>
    `Överenskommelse om idéburet offentligt partnerskap\nLäsfrämjande på Öland\n\n${PARTY_LIST}\n\nEkonomi\nParternas insatser per år framgår av tabellen.\n${rows}\n\nGiltighet\nÖverenskommelsen gäller från och med 2026-05-01 till och med 2028-04-30.`;
  const ROWS = [
    'Part och insats\tKronor per år',
    'Region Kalmar län: läs-\t310 000',
    'samordnare 0,5 åa',
    'Region Kalmar län: bokbuss i',
    '\t64 000',
    'Borgholm',
    '',
    'Föreningen Läsfröet:\t150 000',
    'högläsare, 750 timmar',
    'à 200 kr',
    'Föreningen Borgholms Bok-\t40 000',
    'cirkel: ideell tid, 200 timmar',
    'à 200 kr',
    'Totalt\t564 000',
  ];

  test('the rows after the blank line belong to the table; a label ending in "i" goes on with the lone line below, whatever it names', () => {
    const a = agreement(text(ROWS.filter((r) => r !== '\t64 000').map((r) => (r === 'Region Kalmar län: bokbuss i' ? 'Region Kalmar län: bokbuss i\t64 000' : r)).join('\n')));
    expect(a.costItems.map((it) => [it.party, it.annualAmount])).toEqual([
      ['Region Kalmar län', 310000],
      ['Region Kalmar län', 64000],
      ['Föreningen Läsfröet', 150000],
      ['Föreningen Borgholms Bokcirkel', 40000],
    ]);
    expect(a.costItems[1].label).toBe('Region Kalmar län: bokbuss i Borgholm');
    expect(a.costItems[2].label).toContain('750 timmar à 200 kr');
    expect(a.annualTotal).toBe(564000);
    expect(a.obtained).toMatchObject({ 'contributions[0]': 'reconciled', 'contributions[1]': 'reconciled', 'contributions[2]': 'reconciled', annualTotal: 'reconciled' });
  });

  test('a blank line before another table (its own header) still ends the first', () => {
    const rows = ['Part och insats\tKronor per år', 'Region Kalmar län: läs-\t310 000', 'samordnare 0,5 åa', '', 'Utbetalning\tMånad', 'Första delen\tmars'];
    const a = agreement(text(rows.join('\n')));
    expect(a.costItems.map((it) => it.annualAmount)).toEqual([310000]);
  });
});
