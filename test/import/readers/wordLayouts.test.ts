import { readDocx } from '../../../src/import/readers/docx';
import { htmlToText, unwrapLayoutTables } from '../../../src/import/readers/html';
import { importText } from '../../../src/import';

/* eslint-disable @typescript-eslint/no-require-imports */
const { zip } = require('../../../scripts/fuzzCases.js') as { zip(entries: { name: string; data: Buffer }[]): Buffer };
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * Word layouts from an inbox (readers/docx.ts withTextBoxes, readers/html.ts unwrapLayoutTables and tabsOf,
 * fields/parties.ts ACTS_FOR_PARTY): a text box drawn only in DrawingML, a document laid out as a two-column table
 * with the parties and the economy in tables nested in its cells, right-tab-aligned amounts. Packages written for
 * these tests.
 */
const NS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"`;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const tab = '<w:r><w:tab/></w:r>';

function docx(body: string): Uint8Array {
  const types = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`;
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document ${NS}><w:body>${body}</w:body></w:document>`;
  return new Uint8Array(
    zip([
      { name: '[Content_Types].xml', data: Buffer.from(types) },
      { name: '_rels/.rels', data: Buffer.from(rels) },
      { name: 'word/document.xml', data: Buffer.from(document) },
    ]),
  );
}

const drawingBox = (paragraphs: string, anchor = 'inline') =>
  p(
    `<w:r><w:drawing><wp:${anchor}><wp:extent cx="1" cy="1"/><wp:docPr id="1" name="Textruta"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>${paragraphs}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:${anchor}></w:drawing></w:r>`,
  );

describe('a text box drawn only in DrawingML is read', () => {
  test.each(['inline', 'anchor'])('%s: its paragraphs follow the paragraph it stands in, amounts after a tab', async (anchor) => {
    const box = drawingBox(p(r('Kommunen')) + p(r('Lokal, Storgatan 4'), tab, r('150 000:-')) + p(r('Totalt'), tab, r('150 000:-')), anchor);
    const { text } = await readDocx(docx(p(r('4. Ekonomi')) + box + p(r('5. Giltighet'))));
    expect(text).toContain('Lokal, Storgatan 4\t150 000:-');
    expect(text.indexOf('4. Ekonomi')).toBeLessThan(text.indexOf('Kommunen'));
    expect(text.indexOf('Totalt')).toBeLessThan(text.indexOf('5. Giltighet'));
  });
});

describe('tabs in a paragraph', () => {
  test.each([
    ['<p>Lokal, Storgatan 4\t150 000:-</p>', 'Lokal, Storgatan 4\t150 000:-'],
    ['<p>Ideell tid\t800 tim à 200 kr\t160 000 kr</p>', 'Ideell tid 800 tim à 200 kr\t160 000 kr'],
    ['<p>För nämnden\tFör föreningen</p>', 'För nämnden För föreningen'],
    ['<p>1.\tParter</p>', '1. Parter'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html).trimEnd()).toBe(text);
  });
});

describe('a layout table whose cells hold tables', () => {
  const layout =
    '<table><tr><td><p>§ 1 Parter</p></td><td><p>Parterna är:</p><table><tr><td>Part</td><td>Org.nr</td></tr><tr><td>Åby kommun</td><td>212000-0001</td></tr></table></td></tr>' +
    '<tr><td><p>§ 2 Ekonomi</p></td><td><table><tr><td>Åby kommun</td><td>Lokal</td><td>90 000 kr</td></tr><tr><td>Totalt</td><td></td><td>90 000 kr</td></tr></table><p>Beloppen räknas inte upp.</p></td></tr></table>';

  test('its own rows and cells become paragraphs; the nested tables stay tables', () => {
    expect(htmlToText(layout).split('\n').filter(Boolean)).toEqual([
      '§ 1 Parter',
      'Parterna är:',
      'Part\tOrg.nr',
      'Åby kommun\t212000-0001',
      '§ 2 Ekonomi',
      'Åby kommun\tLokal\t90 000 kr',
      'Totalt\t\t90 000 kr',
      'Beloppen räknas inte upp.',
    ]);
  });

  test('a table with no table inside is left as it is', () => {
    const plain = '<table><tr><td>Åby kommun</td><td>90 000 kr</td></tr></table>';
    expect(unwrapLayoutTables(plain)).toBe(plain);
  });
});

describe('a parties table with a "Företrädd av" column', () => {
  test('the committee or board cell is no part of the name', () => {
    const text = `Överenskommelse om idéburet offentligt partnerskap

Parter
Part\tFöreträdd av\tOrg.nr
Åby kommun\tKultur- och fritidsnämnden\t212000-0001
Föreningen Bokslingan\tStyrelsen\t802400-0005

Partnerskapet benämns Läsglädje Åby.

Ekonomi
Part\tInsats\tBelopp per år
Åby kommun\tVerksamhetsbidrag\t300 000 kr
Föreningen Bokslingan\tIdeellt arbete\t100 000 kr
Totalt\t\t400 000 kr

Överenskommelsen gäller 2031-01-01 – 2032-12-31.
`;
    const [a] = importText(text, 'x.txt').agreements;
    expect(a.parties.map((x) => [x.name, x.orgNumber, x.unit])).toEqual([
      ['Åby kommun', '212000-0001', 'Kultur- och fritidsnämnden'],
      ['Föreningen Bokslingan', '802400-0005', null],
    ]);
    expect(a.contributions.map((c) => c.annualAmount)).toEqual([300000, 100000]);
  });
});
