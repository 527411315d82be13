import { importText, toContractJson } from '../../../src/import';
import { blankUncheckedOptions } from '../../../src/import/text/checkboxes';

/**
 * A filled-in form (text/checkboxes.ts, text/source.ts): options with boxes, of which only the checked ones state
 * the agreement; label/value fields between ruled section headings; the economy as a list with leader dots in the
 * unit its section heading names. Documents written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'blankett.txt')).agreements[0];

describe('blankUncheckedOptions', () => {
  test('an empty box blanks its option and the lines it wraps onto; a checked box loses only its mark', () => {
    const text = [
      'Indexering:     [ ] Uppräkning med 3 % per år (enligt',
      '                    nämndens riktlinje)',
      '                [x] Beloppen räknas inte upp',
    ].join('\n');
    const out = blankUncheckedOptions(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toMatch(/3 %|riktlinje/);
    expect(out).toMatch(/^Indexering: +\n +\n +Beloppen räknas inte upp$/);
  });

  test('glyph boxes and round boxes, several options on one line and in table cells', () => {
    expect(blankUncheckedOptions('Förlängning:  ☐ Ja  ☒ Nej')).toBe(`Förlängning:${' '.repeat(10)}Nej`);
    expect(blankUncheckedOptions('Betalning\t( ) Kvartalsvis\t(x) Årsvis')).toBe(`Betalning\t${' '.repeat(15)}\t    Årsvis`);
    expect(blankUncheckedOptions('☑ Ny överenskommelse\n☐ Ändring')).toBe('  Ny överenskommelse\n         ');
  });

  test('a box inside a sentence, an instruction and text without boxes stay as written', () => {
    const instruction = 'Markera valda alternativ med [X].\nSe punkt (x) nedan och lista [ ].';
    expect(blankUncheckedOptions(instruction)).toBe(instruction);
    const prose = 'Föreningen (org.nr 802400-1277) bidrar [se bilaga 2] med lokaler.';
    expect(blankUncheckedOptions(prose)).toBe(prose);
  });
});

const FORM = `NORRSJÖ KOMMUN                              Ansökningsblankett IOP (rev. 2025)
Kultur- och fritidsnämnden

IDÉBURET OFFENTLIGT PARTNERSKAP – ÖVERENSKOMMELSE
Kryssa i det alternativ som gäller med [X].

----------------------------------------------------------------------
A. GRUNDUPPGIFTER
----------------------------------------------------------------------
Partnerskapets namn:      Läxhjälp på Näset
Ärendenummer:             KFN 2026/0412
Överenskommelsen avser:   [ ] Förlängning
                          [X] Ny överenskommelse

----------------------------------------------------------------------
B. PARTER
----------------------------------------------------------------------
Offentlig part:           Norrsjö kommun, kultur- och fritidsnämnden
Organisationsnummer:      212000-2965
Kontaktperson:            Fritidschef, 0910-73 50 00

Idéburen part:            Föreningen Läxkompisarna Näset
Organisationsnummer:      802477-1787
Kontaktperson:            Kassör, 070-212 33 45

----------------------------------------------------------------------
C. EKONOMI (kronor per år)
----------------------------------------------------------------------
Kommunens insatser
  Verksamhetsbidrag ................................. 240 000
  Lokal i Näsets skola (värde enligt internhyran) ..   60 000

Föreningens insatser
  Ideell tid, 700 tim à 210 kr inkl. soc. avg. ...... 147 000
  Egen insamling ....................................  18 000

Summa värde per år .................................. 465 000

Uppräkning:               [X] Beloppen är fasta under hela avtalstiden
                          [ ] Uppräkning med 2,5 % per år
                          [ ] Uppräkning enligt OPI

----------------------------------------------------------------------
D. AVTALSTID
----------------------------------------------------------------------
Avtalsperiod:             fr.o.m. 2027-08-01  t.o.m. 2029-07-31
Förlängning:              [ ] Förlängs automatiskt ett år i taget
                          [X] Kan förlängas med två år, vid ett
                              tillfälle
                          [ ] Ingen förlängning
`;

describe('a filled-in IOP form', () => {
  const a = agreement(FORM);

  test('only the checked options are read: the fixed amounts give no indexation, the checked extension is read', () => {
    expect(a.indexation).toBeNull();
    expect(a.validity).toEqual({ start: '2027-08-01', end: '2029-07-31', extension: { years: 2, times: 1 } });
  });

  test('the public party of the label/value section between ruled headings, with its committee and number', () => {
    expect(a.parties.map((p) => [p.name, p.orgNumber, p.sector])).toEqual([
      ['Norrsjö kommun', '212000-2965', 'public'],
      ['Föreningen Läxkompisarna Näset', '802477-1787', 'civil'],
    ]);
  });

  test('the economy: leader lists per party in the heading\'s kronor, a squeezed leader, the sum confirming them', () => {
    expect(a.name).toBe('Läxhjälp på Näset');
    expect(a.costItems.map((c) => [c.party, c.annualAmount])).toEqual([
      ['Norrsjö kommun', 240000],
      ['Norrsjö kommun', 60000],
      ['Föreningen Läxkompisarna Näset', 147000],
      ['Föreningen Läxkompisarna Näset', 18000],
    ]);
    expect(a.contributions).toEqual([
      { party: 'Norrsjö kommun', annualAmount: 300000 },
      { party: 'Föreningen Läxkompisarna Näset', annualAmount: 165000 },
    ]);
    expect(a.annualTotal).toBe(465000);
  });

  test('a blank form (no box checked) states no indexation and no extension', () => {
    const blank = agreement(FORM.replace(/\[X\]/g, '[ ]'));
    expect(blank.indexation).toBeNull();
    expect(blank.validity.extension).toBeNull();
  });
});
