import { readFileSync } from 'fs';
import { join } from 'path';
import { importText, toContractJson } from '../../src/import';

const seed = (name: string) => readFileSync(join(__dirname, '../fixtures/seeds', name), 'utf8');

/** A small agreement around an economy section; `economy` is its text. */
function agreement(economy: string, extra = ''): string {
  return [
    'Överenskommelse om idéburet offentligt partnerskap mellan Norrköpings kommun och Föreningen Gemenskap',
    '',
    '1. Parter',
    '',
    'Norrköpings kommun genom socialnämnden, org. nr 212000-0852, och Föreningen Gemenskap, org. nr 802400-2183.',
    '',
    '2. Ekonomi',
    '',
    'Norrköpings kommun bidrar med 400 000 kr per år. Föreningen Gemenskap bidrar med 100 000 kr per år.',
    '',
    economy,
    '',
    '3. Giltighet',
    '',
    'Överenskommelsen gäller från och med 2025-04-01 till och med 2027-03-31.',
    extra,
  ].join('\n');
}

const invoicingOf = (text: string) => {
  const [a] = toContractJson(importText(text, 'avtal.txt'), { provenance: true }).agreements;
  return { invoicing: a.invoicing ?? null, warnings: a.warnings.filter((w) => w.field?.startsWith('invoicing')), provenance: (a.provenance ?? []).filter((p) => p.field.startsWith('invoicing')) };
};

describe('the invoicing terms', () => {
  it('reads seed 000 §8 with where each term stands', () => {
    const { invoicing, warnings, provenance } = invoicingOf(seed('000.txt'));
    expect(invoicing).toEqual({
      recipient: 'Linköpings Kommun, Integration- och arbetsmarknadsförvaltningen',
      address: 'Skanningcentralen 150Z, 581 81 LINKÖPING',
      gln: '7332776000001',
      peppolId: '0007:2120000449',
      orgNumber: '212000-0449',
      reference: '150Z',
      marking: 'ID 150010, AKTIVITET: 450211',
      text: '"IOP Östergötlands Stadsmission" samt faktureringsperiod, ex "helår 2023"',
      period: 'year',
      timing: null,
      issuer: 'Östergötlands Stadsmission',
    });
    // The period is only an example ('ex "helår 2023"'): read, but said as inferred.
    expect(warnings.map((w) => `${w.code}:${w.field}`)).toEqual(['INFERRED:invoicing.period']);
    const snippet = (field: string) => provenance.find((p) => p.field === `invoicing.${field}`)?.snippet;
    expect(snippet('gln')).toBe('- GLN -nr 7332776000001');
    expect(snippet('peppolId')).toBe('- PEPPOL-ID: 0007:2120000449');
    expect(snippet('reference')).toBe('Referenskod:150Z');
    expect(snippet('marking')).toBe('Märkning: ID 150010, AKTIVITET: 450211');
    expect(snippet('address')).toBe('Skanningcentralen 150Z 581 81 LINKÖPING');
    expect(snippet('issuer')).toMatch(/^Linköpings kommun ersätter Östergötlands Stadsmission/);
    expect(snippet('period')).toBe('faktureringsperiod, ex "helår 2023"');
  });

  it('reads seed 001’s reference number and scanning centre, and nothing it does not state', () => {
    const { invoicing, warnings } = invoicingOf(seed('001.txt'));
    expect(invoicing).toEqual({
      recipient: 'Linköpings kommun',
      address: 'Scanningscentralen 123 E, 581 81 Linköping',
      gln: null,
      peppolId: null,
      orgNumber: null,
      reference: '385-612',
      marking: null,
      text: null,
      period: null,
      timing: null,
      issuer: null,
    });
    expect(warnings).toEqual([]);
  });

  it('reads "faktureras kvartalsvis i förskott" and who invoices', () => {
    const { invoicing, provenance } = invoicingOf(agreement('Föreningen Gemenskap fakturerar kommunen kvartalsvis i förskott. Fakturan ska märkas med: Projekt 4711.'));
    expect(invoicing).toMatchObject({ period: 'quarter', timing: 'advance', issuer: 'Föreningen Gemenskap', marking: null, recipient: null });
    expect(provenance.map((p) => p.field).sort()).toEqual(['invoicing.issuer', 'invoicing.period', 'invoicing.timing']);
  });

  it('reads a one-line recipient, a reference and a marking in the block', () => {
    const { invoicing } = invoicingOf(
      agreement('Fakturan skickas till: Norrköpings kommun, Socialkontoret, Box 123, 601 81 Norrköping\nEr referens: AB 12 (Anna Andersson)\nFakturan ska märkas med IOP Gemenskap.\nFakturering sker halvårsvis i efterskott mot faktura från Föreningen Gemenskap.'),
    );
    expect(invoicing).toMatchObject({
      recipient: 'Norrköpings kommun',
      address: 'Socialkontoret, Box 123, 601 81 Norrköping',
      reference: 'AB 12',
      marking: 'IOP Gemenskap',
      period: 'halfYear',
      timing: 'arrears',
      issuer: 'Föreningen Gemenskap',
    });
  });

  it('reads a payment against invoices per month, and nothing from "fakturerar inte"', () => {
    expect(invoicingOf(agreement('Kommunens bidrag betalas ut månadsvis i efterskott mot faktura från föreningen.')).invoicing).toMatchObject({ period: 'month', timing: 'arrears', issuer: null });
    expect(invoicingOf(agreement('Parterna fakturerar inte varandra kvartalsvis; var och en bär sin egen kostnad.')).invoicing).toBeNull();
    expect(invoicingOf(agreement('Bidraget betalas ut kvartalsvis i förskott.')).invoicing).toBeNull();
  });

  it('refuses an invalid org number and a GLN that is not 13 digits, saying so', () => {
    const { invoicing, warnings } = invoicingOf(agreement('Elektronisk faktura skickas till:\nGLN 73327760001\nOrganisationsnummer: 212000-0448\nNorrköpings kommun'));
    expect(invoicing).toMatchObject({ recipient: 'Norrköpings kommun', gln: null, orgNumber: null });
    expect(warnings.map((w) => `${w.code}:${w.field}`)).toEqual(['AMBIGUOUS:invoicing.gln', 'INVALID_ORG_NUMBER:invoicing.orgNumber']);
  });
});
