import { importText, toContractJson } from '../../../src/import';
import { blankUncheckedOptions } from '../../../src/import/text/checkboxes';

/**
 * An agreement filled into a form as a PDF's text layer gives it (text/checkboxes.ts, fields/parties.ts
 * `formPartyAbove`, fields/places.ts `FIELD_PLACES`, fields/indexation.ts `labelledRows`, fields/extension.ts
 * `COUNT_FIELD`): label cells with their values in the next cell, a run of tick boxes joined on one line, a label
 * cell wrapped around its value. Documents written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'blankett.txt')).agreements[0];
const warned = (text: string, field: string) => importText(text, 'blankett.txt').agreements[0].warnings.some((w) => w.field === field);

describe('a run of tick boxes on one line', () => {
  test('boxes after a single space go on the run the first box opened: only the checked option stays', () => {
    const out = blankUncheckedOptions('Förlängning\t[ ] Nej, avtalet upphör [X] Ja, med 2 år åt gången');
    expect(out).toMatch(/^Förlängning\t +Ja, med 2 år åt gången$/);
    expect(blankUncheckedOptions('Indexering\t☒ Nej ☐ Ja, med 3 % per år')).toMatch(/^Indexering\t +Nej +$/);
  });

  test('a box after one space in a sentence opens nothing', () => {
    const text = 'Kryssa i rutan [X] om föreningen har F-skatt.';
    expect(blankUncheckedOptions(text)).toBe(text);
  });
});

// Label and value in cells of one row, parties numbered "Part 1"/"Part 2", glyph boxes.
const CELLS = [
  'Överenskommelse om idéburet offentligt partnerskap',
  '',
  '1. Partnerskapet',
  'Partnerskapets namn\tKvällsfika i Åbacka',
  'Antal platser\t20',
  '',
  '2. Parter',
  'Part 1\tÅbacka kommun',
  'Förvaltning\tSocialförvaltningen',
  'Org.nr\t212000-1355',
  'Part 2\tFöreningen Kvällsfika',
  'Kontaktperson\tAnna Berg, 070-123 45 67',
  'Org.nr\t802421-6593',
  '',
  '3. Avtalstid',
  'Avtalet gäller från 2027-01-01 till 2028-12-31.',
  'Förlängning\t☐ Nej ☒ Ja, med 1 år, högst två gånger',
  'Indexering\t☐ Nej ☒ Ja, med 2 % per år',
  '',
  '4. Ekonomi',
  'Kommunens bidrag\t150 000 kr per år',
  'Föreningens insats\t40 000 kr per år',
].join('\n');

// Role labels with a form's instruction, a committee row, [ ]/[X] options in a column, a label wrapped around its value.
const WRAPPED = [
  'SJÖBACKA KOMMUN\tBlankett 7',
  'Överenskommelse om idéburet offentligt partnerskap (IOP)',
  '',
  'A. Partnerskapet',
  'Partnerskapets namn\tSimskola i Sjöbacka',
  'Antal platser (om',
  '48',
  'tillämpligt)',
  '',
  'B. Parter',
  'Offentlig part\tSjöbacka kommun',
  'Nämnd\tFritidsnämnden',
  'Organisationsnummer\t212000-2882',
  'Idéburen part (namn enligt stadgarna)\tSjöbacka Simsällskap',
  'Organisationsnummer\t802503-1173',
  '',
  'C. Avtalstid',
  'Startdatum\t2027-05-01',
  'Slutdatum\t2029-04-30',
  'Förlängning\t[ ] Nej [X] Ja, med 1 år åt gången Högst antal förlängningar: 2',
  'Uppräkning av bidraget\t[ ] Ingen uppräkning [ ] Enligt index: ____ [X] Fast procentsats: 1,5 % per år',
].join('\n');

// "Label:   value" fields in plain text; the chosen option says no uplift, the unchosen one's rate is never read.
const COLON = [
  'IOP-blankett',
  '',
  'Partnerskapets namn:   Läsfrämjande i Norrvik',
  'Offentlig part:        Norrviks kommun, kulturnämnden',
  'Organisationsnummer:   212000-1355',
  'Idéburen part:         Föreningen Läsglädje',
  'Organisationsnummer:   802477-3213',
  'Antal platser:         12',
  'Avtalstid:             2027-01-01 – 2027-12-31',
  'Uppräkning:            ☒ Ingen uppräkning ☐ Ja, med 3 % per år',
].join('\n');

describe('an agreement filled into a form', () => {
  test('parties from the role row above each number row, with the committee row as unit', () => {
    expect(agreement(CELLS).parties.map((p) => [p.name, p.orgNumber, p.sector, p.unit])).toEqual([
      ['Åbacka kommun', '212000-1355', 'public', 'Socialförvaltningen'],
      ['Föreningen Kvällsfika', '802421-6593', 'civil', null],
    ]);
    expect(agreement(WRAPPED).parties.map((p) => [p.name, p.orgNumber, p.sector, p.unit])).toEqual([
      ['Sjöbacka kommun', '212000-2882', 'public', 'Fritidsnämnden'],
      ['Sjöbacka Simsällskap', '802503-1173', 'civil', null],
    ]);
    expect(agreement(COLON).parties.map((p) => [p.name, p.orgNumber, p.sector])).toEqual([
      ['Norrviks kommun', '212000-1355', 'public'],
      ['Föreningen Läsglädje', '802477-3213', 'civil'],
    ]);
  });

  test('a number row with no role row above it names no party', () => {
    const text = CELLS.replace('Part 2\tFöreningen Kvällsfika', 'Adress\tStorgatan 1');
    expect(agreement(text).parties.map((p) => p.name)).toEqual(['Åbacka kommun']);
    expect(warned(text, 'parties')).toBe(true);
  });

  test('the checked options of extension and indexation are the answer; unchecked ones are never read', () => {
    const a = agreement(CELLS);
    expect(a.validity.extension).toEqual({ years: 1, times: 2 });
    expect(a.indexation?.rate).toBe(0.02);
    const b = agreement(WRAPPED);
    expect(b.validity).toEqual({ start: '2027-05-01', end: '2029-04-30', extension: { years: 1, times: 2 } });
    expect(b.indexation?.rate).toBe(0.015);
    expect(agreement(COLON).indexation).toBeNull();
    const none = agreement(CELLS.replace('☐ Nej ☒ Ja, med 2 %', '☒ Nej ☐ Ja, med 2 %'));
    expect(none.indexation).toBeNull();
  });

  test('places in the field: next cell, after the colon, or inside a label wrapped around it', () => {
    expect(agreement(CELLS).places).toBe(20);
    expect(agreement(WRAPPED).places).toBe(48);
    expect(agreement(COLON).places).toBe(12);
    const money = CELLS.replace('Antal platser\t20', 'Antal platser\t20 000 kr');
    expect(agreement(money).places).toBeNull();
    expect(warned(money, 'places')).toBe(true);
  });

  test('amounts in the form fields per party', () => {
    expect(agreement(CELLS).contributions).toEqual([
      { party: 'Åbacka kommun', annualAmount: 150000 },
      { party: 'Föreningen Kvällsfika', annualAmount: 40000 },
    ]);
  });
});
