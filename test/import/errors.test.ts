import JSZip from 'jszip';
import { ImportError, importDocument, importText } from '../../src/import';
import { toDocx } from '../fixtures/build';

jest.mock('../../src/import/readers/pdfjsLoader', () => ({ loadPdfjs: () => jest.requireActual<typeof import('./pdfjsBridge')>('./pdfjsBridge').loadPdfjsThroughNode() }));

const bytes = (s: string) => new TextEncoder().encode(s);

async function rejectsWith(p: Promise<unknown>, code: ImportError['code']) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ImportError);
  expect((e as ImportError).code).toBe(code);
  expect((e as ImportError).message).not.toMatch(/\n|at .*\(/);
}

test('a text that is not about an IOP is refused', () => {
  expect(() => importText('Kanelbullar: 500 g mjöl, 2 dl mjölk, 50 g jäst.', 'recept.txt')).toThrow(ImportError);
});

test('unsupported, empty, too large, corrupt and encrypted files give a clear error', async () => {
  await rejectsWith(importDocument('bild.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])), 'UNSUPPORTED_TYPE');
  await rejectsWith(importDocument('tom.txt', new Uint8Array()), 'UNREADABLE');
  await rejectsWith(importDocument('stor.txt', new Uint8Array(25 * 1024 * 1024 + 1)), 'TOO_LARGE');
  await rejectsWith(importDocument('trasig.docx', bytes('PK\u0003\u0004 detta är inget zip-arkiv')), 'UNREADABLE');
  await rejectsWith(importDocument('fel.docx', bytes('Överenskommelse om IOP')), 'UNREADABLE');
  await rejectsWith(importDocument('trasig.pdf', bytes('%PDF-1.7\nskräp')), 'UNREADABLE');
  const ole = new Uint8Array(2048);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  [...'EncryptedPackage'].forEach((c, i) => (ole[600 + i * 2] = c.charCodeAt(0)));
  await rejectsWith(importDocument('hemlig.docx', ole), 'ENCRYPTED');
  const xlsx = new JSZip();
  xlsx.file('xl/workbook.xml', '<workbook/>');
  await rejectsWith(importDocument('bok.xlsx', await xlsx.generateAsync({ type: 'uint8array' })), 'UNSUPPORTED_TYPE');
  await rejectsWith(importDocument('bok.docx', await xlsx.generateAsync({ type: 'uint8array' })), 'UNREADABLE');
});

test('a zip bomb is stopped before mammoth inflates it', async () => {
  const zip = await JSZip.loadAsync(await toDocx('Överenskommelse om IOP\n\nText.'));
  zip.file('word/media/bomb.xml', ' '.repeat(61 * 1024 * 1024));
  const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  expect(bomb.byteLength).toBeLessThan(1024 * 1024);
  await rejectsWith(importDocument('bomb.docx', bomb), 'TOO_LARGE');
});

test('a Word file about something else is refused as not an IOP', async () => {
  await rejectsWith(importDocument('brev.docx', await toDocx('Hej!\n\nVälkommen på kalas på lördag.')), 'NOT_IOP');
});
