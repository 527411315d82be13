import { importText, toContractJson } from '../../../src/import';

/** The partnership's name when the title names only the kind of document. The documents are written for these tests. */
const imported = (text: string) => toContractJson(importText(text, 'x.txt'));

const agreement = (label: string) => `Partnerskapsavtal enligt modellen idéburet offentligt partnerskap (IOP)

${label}

1 Parter
Kommun: Piteå kommun, fritidsförvaltningen, organisationsnummer 212000-2460
Förening: Föreningen Nattvandrarna Piteå, organisationsnummer 802512-8847

2 Avtalsperiod
Avtalet gäller från och med 2026-01-01 till och med 2027-12-31.

3 Finansiering
Piteå kommun finansierar verksamheten med 380 000 kr per år.`;

test('"Avtalet avser: X" labels the name', () => {
  const [a] = imported(agreement('Avtalet avser: Trygga helger Piteå')).agreements;
  expect(a.name).toBe('Trygga helger Piteå');
  expect(a.warnings.filter((w) => w.field === 'name')).toEqual([]);
});

test('a title of kind words only ("… enligt modellen idéburet offentligt partnerskap (IOP)") is no name: the civil party\u2019s, inferred', () => {
  const [a] = imported(agreement('')).agreements;
  expect(a.name).toBe('Föreningen Nattvandrarna Piteå');
  expect(a.warnings.map((w) => `${w.code}:${w.field}`)).toContain('INFERRED:name');
});

test('"Piteå kommun, fritidsförvaltningen": the administration is the municipality\u2019s unit, and its amount is the municipality\u2019s', () => {
  const [a] = imported(agreement('Avtalet avser: Trygga helger Piteå')).agreements;
  expect(a.parties[0]).toEqual({ name: 'Piteå kommun', orgNumber: '212000-2460', sector: 'public', unit: 'Fritidsförvaltningen' });
  expect(a.contributions.map((c) => [c.party, c.annualAmount])).toEqual([['Piteå kommun', 380_000]]);
});
