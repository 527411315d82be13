import { Budget, ImportError } from '../../src/import/node';
import { readPdf } from '../../src/import/readers/pdf';
import { lzwDecodedLength, runLengthDecodedLength } from '../../src/import/readers/pdfStreams';
import { cpuClock } from '../cpuClock';

/* eslint-disable-next-line @typescript-eslint/no-require-imports */
const { packLzw } = require('../../scripts/fuzzCases.js') as { packLzw(codes: number[]): Uint8Array };

jest.mock('../../src/import/readers/pdfjsLoader', () => ({ loadPdfjs: () => jest.requireActual<typeof import('./pdfjsBridge')>('./pdfjsBridge').loadPdfjsThroughNode() }));

/**
 * LZW and RunLength streams are measured before pdf.js decodes them. The encoders below are checked by pdf.js
 * itself (it must read the text back from the encoded stream), so the measured lengths are compared with what
 * pdf.js really decodes, not with our own reading of the specification.
 */

/** PDF LZW codes (PDF 32000-1, 7.4.4): a Clear code first and whenever the table is full, EOD last. */
function lzw(input: Uint8Array): Uint8Array {
  const codes = [256];
  let table = new Map<string, number>();
  let next = 258;
  const codeOf = (w: string) => (w.length === 1 ? w.charCodeAt(0) : table.get(w)!);
  let w = '';
  for (const byte of input) {
    const wc = w + String.fromCharCode(byte);
    if (w === '' || table.has(wc)) {
      w = wc;
      continue;
    }
    codes.push(codeOf(w));
    table.set(wc, next++);
    if (next === 4095) {
      codes.push(256);
      table = new Map();
      next = 258;
    }
    w = String.fromCharCode(byte);
  }
  if (w) codes.push(codeOf(w));
  codes.push(257);
  return packLzw(codes);
}

/** RunLength (PDF 32000-1, 7.4.5): repeats as 257 − n, the rest as literal runs of up to 128 bytes. */
function runLength(input: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < input.length; ) {
    let run = 1;
    while (i + run < input.length && run < 128 && input[i + run] === input[i]) run++;
    if (run > 1) {
      out.push(257 - run, input[i]);
      i += run;
    } else {
      let end = i + 1;
      while (end < input.length && end - i < 128 && input[end] !== input[end - 1]) end++;
      out.push(end - i - 1, ...input.subarray(i, end));
      i = end;
    }
  }
  out.push(128);
  return Uint8Array.from(out);
}

/** A one-page PDF whose content stream is `stream` under `filter`, with a correct xref table. */
function pdfWith(filter: string, stream: Uint8Array): Uint8Array {
  const parts: (string | Uint8Array)[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (p: string | Uint8Array) => {
    parts.push(p);
    length += typeof p === 'string' ? Buffer.byteLength(p, 'latin1') : p.length;
  };
  const object = (n: number, body: string | [string, Uint8Array]) => {
    offsets[n] = length;
    if (typeof body === 'string') add(`${n} 0 obj\n${body}\nendobj\n`);
    else {
      add(`${n} 0 obj\n${body[0]}\nstream\n`);
      add(body[1]);
      add('\nendstream\nendobj\n');
    }
  };
  add('%PDF-1.4\n');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  object(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>');
  object(4, [`<< /Length ${stream.length} /Filter ${filter} >>`, stream]);
  object(5, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const xref = length;
  add(`xref\n0 6\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  add(`trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));
}

const lines = Array.from({ length: 40 }, (_, i) => `BT /F1 11 Tf 56 ${800 - i * 18} Td (Rad ${i + 1}: Stiftelsen erhaller 120 000 kr per ar fran namnden.) Tj ET`);
// Comment lines first (pdf.js skips them): about 7 000 LZW codes, so the table fills and is cleared (once)
// before the text that must be read back.
const comments = Array.from({ length: 1500 }, (_, i) => `% post ${i} kostar ${(i * 7919) % 100000} kr`);
const content = new Uint8Array(Buffer.from(`${comments.join('\n')}\n${lines.join('\n')}\n${' '.repeat(3000)}\n`, 'latin1'));

test.each([
  ['/LZWDecode', lzw],
  ['/RunLengthDecode', runLength],
])('a content stream under %s is read by pdf.js and measured at its decoded length', async (filter, encode) => {
  const encoded = encode(content);
  const text = await readPdf(pdfWith(filter, encoded));
  expect(text).toContain('Rad 40: Stiftelsen erhaller 120 000 kr per ar fran namnden.');
  expect((filter === '/LZWDecode' ? lzwDecodedLength : runLengthDecodedLength)(encoded)).toBe(content.length);
});

async function refusal(p: Promise<unknown>): Promise<ImportError> {
  const e = await p.then(() => null, (err: unknown) => err);
  if (!(e instanceof ImportError)) throw e ?? new Error('was not refused');
  return e;
}

test.each([
  // A table of ever longer runs of one byte (each new code is the previous string plus one byte), then 30 000
  // repeats of its longest entry: a 45 KB stream that decodes to 115 MB.
  ['/LZWDecode', () => packLzw([256, 0, ...Array.from({ length: 4095 - 258 + 1 }, (_, i) => 258 + i), ...new Array<number>(30_000).fill(4095), 257])],
  // 128 copies per two bytes: a 2 MB stream decodes to 128 MB.
  ['/RunLengthDecode', () => Uint8Array.from({ length: 2 * 1024 * 1024 }, (_, i) => (i % 2 ? 0 : 129))],
])('a %s bomb is refused before pdf.js decodes it', async (filter, bomb) => {
  const bytes = pdfWith(filter, bomb());
  // Within 10 s of this process's CPU (the budget's clock), else the refusal would be TIMEOUT: decoding 115 or
  // 128 MB in pdf.js first would not fit.
  expect((await refusal(readPdf(bytes, new Budget({ timeMs: 10_000 }, cpuClock)))).message).toMatch(/gräns för uppackad storlek/);
}, 120_000);
