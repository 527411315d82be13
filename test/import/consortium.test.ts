import { importText, toContractJson } from '../../src/import';
import { splitFigures, splitYears } from '../../src/import/economy/yearParts';

/**
 * Set t's families (regions, consortia, more than two parties), on documents written for these tests: consortium role
 * words beside a party (fields/partyRoles.ts), a decision that lists a public body before the non-profit
 * (fields/parties.ts), a leader list in tkr under a sentence that names the unit (economy/leaderList.ts), a table header
 * stacked over lines and years run together (economy/table.ts, economy/yearParts.ts), and a sentence that says the
 * partnership has no places of its own (fields/places.ts).
 */
const run = (text: string, file = 'x.txt') => toContractJson(importText(text, file)).agreements[0];
const names = (a: ReturnType<typeof run>) => a.parties.map((p) => `${p.name} ${p.orgNumber ?? ''}`.trim());

const agreement = (parties: string, economy = 'Kommunen bidrar med 300 000 kronor per år. Föreningarna bidrar med ideellt arbete värt 100 000 kronor per år.') => `Överenskommelse om idéburet offentligt partnerskap
Kvällsfika Ekby

1. Parter

${parties}

2. Giltighetstid

Överenskommelsen gäller 2028-01-01 till och med 2029-12-31.

3. Ekonomi

${economy}
`;

describe('consortium roles are no part of a party name', () => {
  it('a role on its own bullet line under the party', () => {
    const a = run(agreement(`Offentlig part
  Ekby kommun, socialnämnden
  Org.nr 212000-0449

Idéburna parter
  Föreningen Kvällsljus Ekby, org.nr 802412-3450
    - huvudman för konsortiet
  Stiftelsen Brödkorgen Ekby, org.nr 802000-0009
    - medpart`));
    expect(names(a)).toEqual(['Ekby kommun 212000-0449', 'Föreningen Kvällsljus Ekby 802412-3450', 'Stiftelsen Brödkorgen Ekby 802000-0009']);
  });

  it('a role after the number on the party line', () => {
    const a = run(agreement(`Ekby kommun, socialnämnden, org.nr 212000-0449
Föreningen Kvällsljus Ekby, org.nr 802412-3450, huvudman
Stiftelsen Brödkorgen Ekby, org.nr 802000-0009, medpart`));
    expect(names(a)).toEqual(['Ekby kommun 212000-0449', 'Föreningen Kvällsljus Ekby 802412-3450', 'Stiftelsen Brödkorgen Ekby 802000-0009']);
  });

  it('a role column of a Markdown party table', () => {
    const a = run(
      agreement(`| Part | Roll | Organisationsnummer |
|---|---|---|
| Ekby kommun, socialnämnden | offentlig part | 212000-0449 |
| Ekby Idrottsförbund | huvudman för de idéburna parterna | 802412-3450 |
| Föreningen Brödkorgen Ekby | medpart | 802000-0009 |`),
      'x.md',
    );
    expect(names(a)).toEqual(['Ekby kommun 212000-0449', 'Ekby Idrottsförbund 802412-3450', 'Föreningen Brödkorgen Ekby 802000-0009']);
  });
});

const decision = (clause: string) => `Tjänsteskrivelse
Socialnämnden

Förslag till beslut

Socialnämnden föreslås besluta

att ingå idéburet offentligt partnerskap ${clause} för perioden 2028-01-01–2029-12-31,

att nämndens bidrag ska vara 300 000 kronor per år.

Ekby kommun, org.nr 212000-0449
`;

describe('a decision that lists further parties beside its counterpart', () => {
  it('"som huvudman och … som medpart"', () => {
    const a = run(decision('om Kvällsfika Ekby med Föreningen Kvällsljus Ekby (org.nr 802412-3450) som huvudman och Föreningen Konst och Fika Ekby (org.nr 802000-0009) som medpart'));
    expect(names(a)).toEqual(expect.arrayContaining(['Föreningen Kvällsljus Ekby 802412-3450', 'Föreningen Konst och Fika Ekby 802000-0009']));
  });

  it('a region with its committee before the non-profit', () => {
    const a = run(decision(', Kvällsfika Ekby, med Region Norrby, hälso- och sjukvårdsnämnden\n(org.nr 232100-0016), och Föreningen Kvällsljus Ekby\n(org.nr 802412-3450)'));
    expect(names(a)).toEqual(expect.arrayContaining(['Föreningen Kvällsljus Ekby 802412-3450', 'Region Norrby 232100-0016']));
    expect(a.parties.find((p) => p.name === 'Region Norrby')?.sector).toBe('public');
  });
});

describe('a leader list in tkr under the sentence that names the unit', () => {
  const economy = `Parternas insatser per år i tkr.

  Ekby kommun, socialnämnden
    Verksamhetsbidrag ..........................   300,0
    Lokal .......................................    62,5
    Summa kommunen                                 362,5

  Föreningen Kvällsljus Ekby (huvudman)
    Ideellt arbete 500 tim à 200 kr ............   100,0

  Stiftelsen Brödkorgen Ekby
    Fika och bröd ...............................    40,0

  TOTALT PER ÅR                                    502,5`;
  const a = run(agreement(`Ekby kommun, socialnämnden, org.nr 212000-0449
Föreningen Kvällsljus Ekby, org.nr 802412-3450, huvudman
Stiftelsen Brödkorgen Ekby, org.nr 802000-0009, medpart`, economy));

  it('reads each party’s lines, a lone line and the sums, decimals scaled before rounding', () => {
    expect(a.costItems.map((c) => [c.party, c.annualAmount])).toEqual([
      ['Ekby kommun', 300000],
      ['Ekby kommun', 62500],
      ['Föreningen Kvällsljus Ekby', 100000],
      ['Stiftelsen Brödkorgen Ekby', 40000],
    ]);
    expect(a.annualTotal).toBe(502500);
  });
});

describe('a table header a PDF stacked over lines', () => {
  it('joins the names and puts the label and sum columns at the ends', () => {
    const a = run(agreement(`Ekby kommun, socialnämnden, org.nr 212000-0449
Norrby kommun, socialnämnden, org.nr 212000-0100
Föreningen Kvällsglöd Ekby, org.nr 802412-3450`, `Belopp i tkr per år.

Ekby\tNorrby\tKvällsglöd
Post\t\tSumma
kommun\tkommun\tEkby
Samordnare\t200\t100\t–\t300
Lokal\t50\t–\t–\t50
Ideellt arbete\t–\t–\t80\t80
Summa per part\t250\t100\t80\t430`));
    expect(a.costItems.map((c) => [c.party, c.annualAmount])).toEqual([
      ['Ekby kommun', 200000],
      ['Norrby kommun', 100000],
      ['Ekby kommun', 50000],
      ['Föreningen Kvällsglöd Ekby', 80000],
    ]);
  });
});

describe('years and figures run together in a PDF cell', () => {
  it.each([
    ['2029 2030 2031', ['2029', '2030', '2031']],
    ['2029 2031', null],
    ['Belopp 2029', null],
  ])('splitYears(%s)', (cell, years) => expect(splitYears(cell)).toEqual(years));
  it.each([
    ['850 800 750', 3, ['850', '800', '750']],
    ['1 760 1 710 1 660', 3, ['1 760', '1 710', '1 660']],
    ['212,5 – 224,0', 3, ['212,5', '', '224,0']],
    ['120 000 130 000', 2, ['120 000', '130 000']],
    ['100 200 300 400', 3, null],
  ])('splitFigures(%s, %d)', (cell, n, figures) => expect(splitFigures(cell, n)).toEqual(figures));
});

describe('a partnership without places of its own', () => {
  it('leaves places empty when the same sentence says so, with a warning', () => {
    const a = run(agreement(`Ekby kommun, socialnämnden, org.nr 212000-0449
Föreningen Kvällsljus Ekby, org.nr 802412-3450`).replace('3. Ekonomi', 'Avdelningen har 20 vårdplatser, men partnerskapet har inga egna platser.\n\n3. Ekonomi'));
    expect(a.places).toBeNull();
    expect(a.warnings.some((w) => w.field === 'places')).toBe(true);
  });
  it('still reads a number of places stated alone', () => {
    const a = run(agreement(`Ekby kommun, socialnämnden, org.nr 212000-0449
Föreningen Kvällsljus Ekby, org.nr 802412-3450`).replace('3. Ekonomi', 'Verksamheten har 20 platser.\n\n3. Ekonomi'));
    expect(a.places).toBe(20);
  });
});
