import { readFileSync } from 'fs';
import { join } from 'path';
import { ImportError, importDocument } from '../../../src/import';
import { decodeText } from '../../../src/import/readers/detect';

/* eslint-disable-next-line @typescript-eslint/no-require-imports */
const cases = require('../../../scripts/hostileCases.js') as {
  ENCODINGS: Record<string, (t: string) => Buffer>;
  REFUSED_ENCODINGS: Record<string, (t: string) => Buffer>;
  windows1252(t: string): Buffer;
};

/**
 * A text file reads the same whatever editor saved it: each encoding of seed 000 imports to the same agreement as
 * its UTF-8 original (Notepad's "Unicode" is UTF-16 LE with a byte-order mark and CRLF line ends); UTF-32 and
 * binary content are refused with a message that names the problem.
 */
const seed = readFileSync(join(__dirname, '../../fixtures/seeds/000.txt'), 'utf8');

async function agreementsOf(bytes: Uint8Array) {
  const result = await importDocument('avtal.txt', bytes);
  return result.agreements;
}

test.each(Object.keys(cases.ENCODINGS))('seed 000 saved as %s imports to the same agreement as its UTF-8 original', async (encoding) => {
  const original = await agreementsOf(Buffer.from(seed, 'utf8'));
  expect(original).toHaveLength(1);
  expect(original[0].annualTotal).toBe(4_818_600);
  const bytes = cases.ENCODINGS[encoding](seed);
  expect(await agreementsOf(bytes)).toEqual(original);
});

test('a Notepad "Unicode" save is what the name says: FF FE, then UTF-16 LE with CRLF', () => {
  const bytes = cases.ENCODINGS['utf-16le-bom-crlf']('Ö\n');
  expect([...bytes]).toEqual([0xff, 0xfe, 0xd6, 0x00, 0x0d, 0x00, 0x0a, 0x00]);
  expect(decodeText(bytes)).toBe('Ö\r\n');
});

test('Swedish letters decode from each encoding', () => {
  const text = 'Överenskommelse – ”Stödboende” à 1 750 000 kr, § 4\n';
  for (const [encoding, encode] of Object.entries(cases.ENCODINGS)) {
    expect({ encoding, text: decodeText(encode(text)).replace(/\r\n/g, '\n') }).toEqual({ encoding, text });
  }
});

const REFUSALS: Record<string, RegExp> = {
  'utf-32le-bom': /UTF-32/,
  'utf-32be-bom': /UTF-32/,
  'utf-32le-no-bom': /UTF-32/,
  'utf-16le-bom-odd-length': /UTF-16/,
  'utf-16le-bom-lone-surrogate': /UTF-16/,
  'utf-8-bom-invalid': /märkt som UTF-8/,
  binary: /binärt/,
  'binary-no-nul': /binärt/,
};

test.each(Object.keys(cases.REFUSED_ENCODINGS))('%s is refused with a message that names the encoding problem', async (encoding) => {
  const bytes = cases.REFUSED_ENCODINGS[encoding](seed);
  const refusal = await importDocument('avtal.txt', bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(refusal).toBeInstanceOf(ImportError);
  expect((refusal as ImportError).code).toBe('UNSUPPORTED_TYPE');
  expect((refusal as ImportError).message).toMatch(REFUSALS[encoding]);
});

test('Windows-1252 is decoded by its table, not as Latin-1 (Node 20\'s TextDecoder decodes 0x96 as U+0096)', () => {
  const high = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
  // The test's own table (scripts/hostileCases.js) against the importer's: every byte 0x80–0x9F round-trips.
  expect([...cases.windows1252(decodeText(Uint8Array.from([0x41, ...high])))]).toEqual([0x41, ...high]);
  expect(decodeText(Uint8Array.from([0x93, 0x53, 0x74, 0xf6, 0x64, 0x94, 0x20, 0x96, 0x20, 0x80]))).toBe('”Stöd” – €'.replace('”', '“'));
});
