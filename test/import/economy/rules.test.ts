import { importText, toContractJson } from '../../../src/import';

/**
 * The economy rules on small documents, one table or line kind each: what a municipality writes, and what
 * the import must make of it (items, shares, total), with warnings exactly where a reading is uncertain.
 */
const preamble = (economy: string) =>
  [
    'Överenskommelse om idéburet offentligt partnerskap – Mötesplatsen',
    '',
    'Parter',
    'Borås Stad genom socialnämnden, org.nr 212000-1561',
    'Föreningen Mötesplats Norrby, org.nr 802450-2371',
    '',
    'Ekonomi',
    '',
    economy,
    '',
    'Giltighet',
    '',
    'Överenskommelsen gäller 2025-01-01 – 2026-12-31.',
  ].join('\n');

const read = (economy: string) => toContractJson(importText(preamble(economy), 'x.txt')).agreements[0];
const codes = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);
const summary = (a: ReturnType<typeof read>) => ({
  items: a.costItems.map((c) => [c.party.split(' ')[0], c.annualAmount]),
  contributions: a.contributions.map((c) => [c.party.split(' ')[0], c.annualAmount]),
  total: a.annualTotal,
});
const table = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');

describe('the table rule', () => {
  it('fills a Part column down and reads Summa and Totalt rows as sums, not items', () => {
    const a = read(
      table([
        ['Part', 'Insats', 'Kr per år'],
        ['Socialnämnden', 'Fritidsledare, 100 %', '520 000'],
        ['', 'Lokalhyra', '180 000'],
        ['Summa socialnämnden', '', '700 000'],
        ['Föreningen', 'Ideella värdar, 1 200 timmar à 200 kr', '240 000'],
        ['Summa föreningen', '', '240 000'],
        ['Totalt', '', '940 000'],
      ]),
    );
    expect(summary(a)).toEqual({ items: [['Borås', 520000], ['Borås', 180000], ['Föreningen', 240000]], contributions: [['Borås', 700000], ['Föreningen', 240000]], total: 940000 });
    expect(codes(a)).not.toContain('TOTAL_MISMATCH:annualTotal');
  });

  it('reads a column per party (a row split between them is two items) and a Summa column as the total', () => {
    const a = read(
      table([
        ['Kostnadspost', 'Socialnämnden', 'Föreningen', 'Summa'],
        ['Boendestödjare', '1 140 000', '–', '1 140 000'],
        ['Verksamhetschef, 100 %', '380 000', '300 000', '680 000'],
        ['Summa per år', '1 520 000', '300 000', '1 820 000'],
      ]),
    );
    expect(summary(a)).toEqual({ items: [['Borås', 1140000], ['Borås', 380000], ['Föreningen', 300000]], contributions: [['Borås', 1520000], ['Föreningen', 300000]], total: 1820000 });
  });

  it('reads one amount under the party columns of a total row as the total ("Totalt per år" merged across them)', () => {
    const a = read(
      table([
        ['Kostnadspost', 'Socialnämnden', 'Föreningen'],
        ['Handledare', '1 080 000', '–'],
        ['Medlemmarnas arbetsinsats', '–', '600 000'],
        ['Summa per part', '1 080 000', '600 000'],
        ['Totalt per år', '1 680 000', ''],
      ]),
    );
    expect(summary(a).total).toBe(1680000);
    expect(summary(a).contributions).toEqual([['Borås', 1080000], ['Föreningen', 600000]]);
  });

  it('takes the first year of a column per year and keeps different years as yearAmounts', () => {
    const a = read(
      table([
        ['Part', 'Insats', 'Belopp (kr) 2025', 'Belopp (kr) 2026'],
        ['Socialnämnden', 'Samordnare', '412 000', '422 300'],
        ['Föreningen', 'Material', '24 000', '24 000'],
      ]),
    );
    expect(a.costItems[0]).toMatchObject({ annualAmount: 412000, yearAmounts: [{ year: 2025, amount: 412000 }, { year: 2026, amount: 422300 }] });
    expect(a.costItems[1].yearAmounts).toBeUndefined();
    expect(a.contributions[0]).toMatchObject({ annualAmount: 412000, yearAmounts: [{ year: 2025, amount: 412000 }, { year: 2026, amount: 422300 }] });
  });

  it('prefers Kr/år over Kr/mån, and scales bare numbers by the unit the sentence before the table names', () => {
    expect(summary(read(table([['Part', 'Post', 'Kr/mån', 'Kr/år'], ['Kommunen', 'Behandlare', '36 000', '432 000'], ['Föreningen', 'Jour', '10 000', '120 000']]))).items).toEqual([
      ['Borås', 432000],
      ['Föreningen', 120000],
    ]);
    const scaled = read(`Belopp i miljoner kronor (mnkr).\n\n${table([['Part', 'Insats', '2025'], ['Socialnämnden', 'Personal', '2,40'], ['Föreningen', 'Ideell tid', '0,35']])}`);
    expect(summary(scaled).items).toEqual([['Borås', 2400000], ['Föreningen', 350000]]);
  });

  it('uses the Belopp column of an Antal / À-pris table, not the price', () => {
    const a = read(table([['Part', 'Kostnadsslag', 'Antal', 'À-pris (kr)', 'Belopp per år (kr)'], ['Socialnämnden', 'Socialpedagog', '1,5', '560 000', '840 000'], ['Föreningen', 'Mentorer', '1 500', '180', '270 000']]));
    expect(summary(a).items).toEqual([['Borås', 840000], ['Föreningen', 270000]]);
  });

  it('reads a plain-text column table in tkr', () => {
    const a = read(
      ['Insats                      Part              tkr/år', 'Fritidsledare, 1,5 tjänst   Socialnämnden        825', 'Ideella ledare              Föreningen           350', 'Summa                                           1 175'].join('\n'),
    );
    expect(summary(a)).toEqual({ items: [['Borås', 825000], ['Föreningen', 350000]], contributions: [['Borås', 825000], ['Föreningen', 350000]], total: 1175000 });
  });

  it('reads a financing table as the parties’ shares, not as cost lines', () => {
    const a = read(['4.2 Finansiering', '', table([['Finansiär', '2025', '2026'], ['Socialnämnden', '600 000', '600 000'], ['Föreningen', '340 000', '340 000'], ['Summa finansiering', '940 000', '940 000']])].join('\n'));
    expect(summary(a)).toEqual({ items: [], contributions: [['Borås', 600000], ['Föreningen', 340000]], total: 940000 });
  });

  it('leaves out, with warnings on items and contributions, a row whose party is none of the parties', () => {
    const a = read(table([['Part', 'Insats', 'Kr per år'], ['Socialnämnden', 'Personal', '500 000'], ['Regionen', 'Sjuksköterska', '300 000']]));
    expect(summary(a).items).toEqual([['Borås', 500000]]);
    expect(codes(a)).toEqual(expect.arrayContaining(['AMBIGUOUS:costItems', 'AMBIGUOUS:contributions']));
  });
});

describe('the line rule', () => {
  it('reads bullet lists per party with amounts per month, hours × rate, and a partnership total line', () => {
    const a = read(
      [
        'Staden bidrar med:',
        '- Samordnare, 100 %: 46 000 kr per månad',
        '- Lokalhyra: 14 500 kr/mån',
        '',
        'Föreningen bidrar med:',
        '- Ideella värdar, beräknat 1 800 timmar per år à 180 kr',
        '- Material: 3 000 kr/mån',
        '',
        'Partnerskapets totala värde per år: 1 086 000 kr',
      ].join('\n'),
    );
    expect(summary(a)).toEqual({ items: [['Borås', 552000], ['Borås', 174000], ['Föreningen', 324000], ['Föreningen', 36000]], contributions: [['Borås', 726000], ['Föreningen', 360000]], total: 1086000 });
    expect(codes(a)).not.toContain('TOTAL_MISMATCH:annualTotal');
  });

  it('warns TOTAL_MISMATCH when the stated total is not the items’ sum', () => {
    const a = read(['Nämnden bidrar med', '  Fritidsledare, 100 %       520 000 kr', '', 'Föreningen bidrar med', '  Aktiviteter                 40 000 kr', '', '  Totalt värde per år       600 000 kr'].join('\n'));
    expect(summary(a).contributions).toEqual([['Borås', 520000], ['Föreningen', 40000]]);
    expect(codes(a)).toContain('TOTAL_MISMATCH:annualTotal');
  });
});

describe('the prose rule', () => {
  it('reads an enumeration per party as cost lines: hours × rate, "samt med", "står nämnden för", a one-off grant left out', () => {
    const a = read(
      [
        'Socialnämnden ersätter föreningen med 62 500 kronor per månad för personal. Därutöver står nämnden för hyran, sammanlagt 11 000 kronor per månad.',
        'Föreningen bidrar med ideellt arbete motsvarande 3 200 timmar per år, som värderas till 180 kronor per timme, samt med egna lokaler vars värde beräknas till 240 000 kronor per år.',
        'Nämnden betalar dessutom ett engångsbelopp om 150 000 kronor för möbler.',
      ].join(' '),
    );
    expect(summary(a)).toEqual({ items: [['Borås', 750000], ['Borås', 132000], ['Föreningen', 576000], ['Föreningen', 240000]], contributions: [['Borås', 882000], ['Föreningen', 816000]], total: 1698000 });
    expect(codes(a)).toContain('AMBIGUOUS:contributions');
  });

  it('takes a share equal to the sum of the party’s other amounts as its subtotal', () => {
    const a = read(
      'Nämndens kostnad om 780 000 kronor per år ryms i budgeten. Nämndens insats består av handledning med 660 000 kronor per år samt arbetskläder för 120 000 kronor per år. Föreningen bidrar med en arbetsledare, värderad till 520 000 kronor, och lokaler till ett värde av 210 000 kronor.',
    );
    expect(summary(a)).toEqual({ items: [['Borås', 660000], ['Borås', 120000], ['Föreningen', 520000], ['Föreningen', 210000]], contributions: [['Borås', 780000], ['Föreningen', 730000]], total: 1510000 });
  });

  it('does not make an explanation in parentheses a second amount ("0,9 mnkr (4 500 timmar à 200 kronor)")', () => {
    const a = read('Socialnämnden bidrar med 2,4 mnkr per år. Föreningen bidrar med ideellt arbete som värderas till 0,9 mnkr per år (4 500 timmar à 200 kronor) och med lokaler till ett värde av 0,3 mnkr per år.');
    expect(summary(a).contributions).toEqual([['Borås', 2400000], ['Föreningen', 1200000]]);
  });
});
