import { readDocx } from '../../../src/import/readers/docx';

/* eslint-disable @typescript-eslint/no-require-imports */
const { zip } = require('../../../scripts/fuzzCases.js') as { zip(entries: { name: string; data: Buffer }[]): Buffer };
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * Word's own structures as the .docx reader meets them: a text box (DrawingML with a VML fallback), footnotes,
 * tracked changes and margin comments. Packages written for these tests, part by part.
 */
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const NS = `${W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"`;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

function docx(body: string, parts: { name: string; type: string; xml: string }[] = []): Uint8Array {
  const types = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`;
  const docRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts
    .map((x, i) => `<Relationship Id="rIdX${i}" Type="${REL}/${x.type}" Target="${x.name}"/>`)
    .join('')}</Relationships>`;
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document ${NS}><w:body>${body}</w:body></w:document>`;
  const entries = [
    { name: '[Content_Types].xml', data: Buffer.from(types) },
    { name: '_rels/.rels', data: Buffer.from(rels) },
    { name: 'word/document.xml', data: Buffer.from(document) },
    { name: 'word/_rels/document.xml.rels', data: Buffer.from(docRels) },
    ...parts.map((x) => ({ name: `word/${x.name}`, data: Buffer.from(x.xml) })),
  ];
  return new Uint8Array(zip(entries));
}

const text = async (bytes: Uint8Array) => (await readDocx(bytes)).text;
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

test("a text box's text is read once, whether Word stores it as DrawingML with a VML fallback or as VML alone", async () => {
  const box = (inner: string) => `<w:txbxContent>${p(r('Partnerskapets namn'))}${p(r(inner))}</w:txbxContent>`;
  const modern = p(
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box('Fixarverkstan Hallsberg')}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box('Fixarverkstan Hallsberg')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
  );
  const vml = p(`<w:r><w:pict><v:shape><v:textbox>${box('Fixarverkstan Hallsberg')}</v:textbox></v:shape></w:pict></w:r>`);
  for (const body of [modern, vml]) {
    const t = await text(docx(body + p(r('Överenskommelse om idéburet offentligt partnerskap'))));
    expect(count(t, 'Fixarverkstan Hallsberg')).toBe(1);
    expect(t.indexOf('Partnerskapets namn')).toBeLessThan(t.indexOf('Fixarverkstan Hallsberg'));
  }
});

test("a footnote's body is an explanation and is not read; its marker stays raised", async () => {
  const notes = `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}><w:footnote w:type="separator" w:id="-1">${p('<w:r><w:separator/></w:r>')}</w:footnote><w:footnote w:id="1">${p(
    '<w:r><w:footnoteRef/></w:r>',
    r(' Ersätter tidigare projektmedel om 55 000 kronor; kommunens ram räknas upp med 3,1 procent.'),
  )}</w:footnote></w:footnotes>`;
  const body = p(r('Kommunen lämnar ett bidrag om 190 000 kronor per år'), '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>', r('.'));
  const t = await text(docx(body, [{ name: 'footnotes.xml', type: 'footnotes', xml: notes }]));
  expect(t).toContain('190 000 kronor per år');
  expect(t).not.toContain('55 000');
  expect(t).not.toContain('3,1 procent');
  expect(t).toMatch(/per år\[¹\]\./);
});

test('tracked changes read as accepted: inserted text counts, deleted text never; comments are never read', async () => {
  const comments = `<?xml version="1.0" encoding="UTF-8"?><w:comments ${W}><w:comment w:id="0" w:author="Handläggare">${p(r('Förra året var det 310 000 kr'))}</w:comment></w:comments>`;
  const body = p(
    r('Bidraget är '),
    '<w:commentRangeStart w:id="0"/>',
    '<w:del w:id="1" w:author="A"><w:r><w:delText xml:space="preserve">280 000</w:delText></w:r></w:del>',
    '<w:ins w:id="2" w:author="A">' + r('325 000') + '</w:ins>',
    '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
    r(' kronor per år.'),
  );
  const t = await text(docx(body, [{ name: 'comments.xml', type: 'comments', xml: comments }]));
  expect(t).toContain('Bidraget är 325 000 kronor per år.');
  expect(t).not.toContain('280 000');
  expect(t).not.toContain('310 000');
});
