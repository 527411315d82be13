import { readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { importDocument } from '../../../src/import';
import { attributeValue, pruneStyles, referencedValues } from '../../../src/import/readers/docxStyles';

/* eslint-disable @typescript-eslint/no-require-imports */
const { zip, unzip } = require('../../../scripts/fuzzCases.js') as {
  zip(entries: { name: string; data: Buffer }[]): Buffer;
  unzip(bytes: Buffer): { name: string; data: Buffer }[];
};
/* eslint-enable @typescript-eslint/no-require-imports */

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const style = (id: string, body = '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr>') => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id} name"/>${body}</w:style>`;
const styles = (...inner: string[]) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W}>${inner.join('\n')}</w:styles>`;
const latent = '<w:latentStyles w:defLockedState="0"><w:lsdException w:name="Normal" w:qFormat="1"/></w:latentStyles>';

describe('pruneStyles', () => {
  test('drops the styles no other part names and the latent styles, keeping the rest as written', () => {
    const xml = styles('<w:docDefaults><w:rPrDefault/></w:docDefaults>', latent, style('Rubrik1'), style('Oanvand'), style('Brodtext'));
    expect(pruneStyles(xml, new Set(['Rubrik1', 'Brodtext']))).toBe(
      styles('<w:docDefaults><w:rPrDefault/></w:docDefaults>', '', style('Rubrik1'), '', style('Brodtext')),
    );
  });

  test('compares ids as the XML parser reads them (entities resolved)', () => {
    const xml = styles(style('A&amp;B'), style('C'));
    expect(pruneStyles(xml, new Set(['A&B']))).toBe(styles(style('A&amp;B'), ''));
  });

  test('gives null when nothing would go', () => {
    expect(pruneStyles(styles(style('A')), new Set(['A']))).toBeNull();
  });

  test('leaves a part alone that it cannot read exactly', () => {
    const unused = new Set<string>();
    // A comment, a DTD, CDATA, a processing instruction, an unknown entity, mismatched or unclosed tags.
    expect(pruneStyles(styles('<!-- x -->', style('A')), unused)).toBeNull();
    expect(pruneStyles(`<!DOCTYPE w:styles>${styles(style('A'))}`, unused)).toBeNull();
    expect(pruneStyles(styles(style('A', '<w:name><![CDATA[x]]></w:name>')), unused)).toBeNull();
    expect(pruneStyles(styles('<?pi x?>', style('A')), unused)).toBeNull();
    expect(pruneStyles(styles(style('A', '<w:t>&nbsp;</w:t>')), unused)).toBeNull();
    expect(pruneStyles(styles(style('A', '<w:rPr></w:pPr>')), unused)).toBeNull();
    expect(pruneStyles(styles(style('A', '<w:rPr>')), unused)).toBeNull();
    // Not Word's styles part: another root, or the prefix w bound to another namespace.
    expect(pruneStyles(`<w:document ${W}>${style('A')}</w:document>`, unused)).toBeNull();
    expect(pruneStyles(`<w:styles xmlns:w="urn:other">${style('A')}</w:styles>`, unused)).toBeNull();
  });

  test('keeps a style the XML parser would complain about, so the file fails as it did', () => {
    const unused = new Set<string>();
    const keptAsIs = (body: string) => expect(pruneStyles(styles(style('A', body), style('B')), unused)).toBe(styles(style('A', body), ''));
    keptAsIs('<w:rPr><w:sz w:val="1" w:val="2"/></w:rPr>'); // an attribute twice
    keptAsIs('<x:rPr/>'); // a prefix the root does not declare
    keptAsIs('<w:rPr xmlns:x="urn:x"><x:b/></w:rPr>'); // a namespace declared inside
    keptAsIs('<w:rPr>text</w:rPr>'); // text where Word writes none
    keptAsIs(style('Inner')); // a style inside a style
  });
});

test('referencedValues reads every attribute value of the other parts, decoded', () => {
  const values = referencedValues(['<w:p><w:pPr><w:pStyle w:val="Rubrik1"/></w:pPr></w:p>', "<w:numStyleLink w:val='Lista&#65;'/>"]);
  expect(values.has('Rubrik1')).toBe(true);
  expect(values.has('ListaA')).toBe(true);
  expect(attributeValue('"a\tb"')).toBe('a b');
});

describe('a .docx with many unused styles', () => {
  const seed = readFileSync(join(__dirname, '../../fixtures/documents/000.docx'));

  /** Seed 000 with 300 more styles nobody uses (over 40 KB) and latent styles, as Word’s templates carry. */
  function withTemplateStyles(): Buffer {
    return zip(
      unzip(seed).map((part) => {
        if (part.name !== 'word/styles.xml') return part;
        const extra = Array.from({ length: 300 }, (_, i) => style(`Mall${i}`)).join('') + latent;
        return { name: part.name, data: Buffer.from(part.data.toString('utf8').replace(/<\/w:styles>\s*$/, `${extra}</w:styles>`)) };
      }),
    );
  }

  test('imports as it did, and mammoth is given the styles part without them', async () => {
    const big = withTemplateStyles();
    const convert = jest.spyOn(mammoth, 'convertToHtml');
    try {
      const [plain, pruned] = [await importDocument('000.docx', seed), await importDocument('000.docx', big)];
      expect(pruned).toEqual(plain);
      const given = (convert.mock.calls[1][0] as { buffer: Uint8Array }).buffer;
      const stylesGiven = await (await JSZip.loadAsync(given)).file('word/styles.xml')!.async('string');
      expect(stylesGiven).not.toContain('Mall');
      expect(stylesGiven).not.toContain('latentStyles');
      // The HTML mammoth makes of the pruned file is the one it makes of the file as it came.
      const html = (await convert.mock.results[1].value).value;
      expect(html).toBe((await mammoth.convertToHtml({ buffer: big }, convert.mock.calls[1][1])).value);
    } finally {
      convert.mockRestore();
    }
  });
});
