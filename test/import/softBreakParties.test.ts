import { Document, Packer, Paragraph, TextRun } from 'docx';
import { importDocument, importText, toContractJson } from '../../src/import/node';

/**
 * A party list that Word breaks with soft line breaks (Shift+Enter, `<w:br/>`) is one paragraph whose lines are
 * parties; one party name that holds two organisations is never one party. The documents are written for these tests.
 */
const codes = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);
const parties = (a: { parties: { name: string; orgNumber: string | null; sector: string }[] }) => a.parties.map((p) => [p.name, p.orgNumber, p.sector]);

async function docxOf(paragraphs: string[][]): Promise<Uint8Array> {
  const children = paragraphs.map((lines) => new Paragraph({ children: lines.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : 0 })) }));
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

const BODY = [
  ['Syfte'],
  ['Partnerskapet ger unga i Åby en plats att vara på under kvällarna.'],
  ['Ekonomi'],
  ['Tidaholms kommun bidrar med 300 000 kronor per år. Föreningen Kvällsbryggan bidrar med ideellt arbete värderat till 120 000 kronor per år.'],
  ['Avtalstid'],
  ['Överenskommelsen gäller 2026-01-01 – 2027-12-31.'],
];

describe('a party list broken by soft line breaks', () => {
  test('each line is its own party; the public party without a number takes the one in the footer line', async () => {
    const bytes = await docxOf([
      ['Överenskommelse om idéburet offentligt partnerskap'],
      ['Kvällsbryggan'],
      ['Parter'],
      ['Tidaholms kommun, socialnämnden', 'Föreningen Kvällsbryggan, org.nr 802455-1114', 'Idrottsklubben Åby Unga, org.nr 802477-1936'],
      ...BODY,
      ['Tidaholms kommun · Org.nr 212000-1769 · 522 83 Tidaholm'],
    ]);
    const a = toContractJson(await importDocument('kvall.docx', bytes)).agreements[0];
    expect(parties(a)).toEqual([
      ['Tidaholms kommun', '212000-1769', 'public'],
      ['Föreningen Kvällsbryggan', '802455-1114', 'civil'],
      ['Idrottsklubben Åby Unga', '802477-1936', 'civil'],
    ]);
  });
});

describe('a party line that holds two organisations or two numbers', () => {
  const agreementOf = (partyLines: string) =>
    toContractJson(importText(`Idéburet offentligt partnerskap Kvällsbryggan\n\nParter\n${partyLines}\n\nSyfte\nPartnerskapet ger unga en plats att vara på.\n\nEkonomi\nTidaholms kommun bidrar med 300 000 kronor per år.\n\nAvtalstid\nÖverenskommelsen gäller 2026-01-01 – 2027-12-31.`, 'x.txt')).agreements[0];

  test('a public body and a non-profit on one line without a break: refused with a warning, never merged', () => {
    const a = agreementOf('Tidaholms kommun, socialnämnden Föreningen Kvällsbryggan, org.nr 802455-1114.\nIdrottsklubben Åby Unga, org.nr 802477-1936.');
    expect(a.parties.some((p) => /kommun.*Föreningen/.test(p.name))).toBe(false);
    expect(codes(a)).toContain('AMBIGUOUS:parties');
  });

  test('two non-profits on one line: refused with a warning', () => {
    const a = agreementOf('Tidaholms kommun, org.nr 212000-1769.\nFöreningen Kvällsbryggan Stiftelsen Åbygården, org.nr 802455-1114.');
    expect(a.parties.map((p) => p.name)).toEqual(['Tidaholms kommun']);
    expect(codes(a)).toContain('AMBIGUOUS:parties');
  });

  test('two org numbers on one party line: the number is left empty with a warning', () => {
    const a = agreementOf('Tidaholms kommun, org.nr 212000-1769.\nFöreningen Kvällsbryggan, org.nr 802455-1114 och 802477-1936.');
    expect(parties(a)).toEqual([
      ['Tidaholms kommun', '212000-1769', 'public'],
      ['Föreningen Kvällsbryggan', null, 'civil'],
    ]);
    expect(codes(a)).toContain('AMBIGUOUS:parties');
  });

  test('a name wrapped over two lines (one organisation) stays one party', () => {
    const a = agreementOf('Tidaholms kommun, org.nr 212000-1769.\nFöreningen Kvällsbryggan i\nTidaholm, org.nr 802455-1114.');
    expect(parties(a)).toEqual([
      ['Tidaholms kommun', '212000-1769', 'public'],
      ['Föreningen Kvällsbryggan i Tidaholm', '802455-1114', 'civil'],
    ]);
    expect(codes(a)).not.toContain('AMBIGUOUS:parties');
  });
});
