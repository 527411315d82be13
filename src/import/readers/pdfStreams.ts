import type { Budget } from '../budget';

/**
 * pdf.js decodes a content stream whole and cannot be told to stop, so a PDF's compressed streams are measured
 * here first against the budget: a 50 KB file whose stream decodes to 1 GB is refused after the budget's
 * megabytes, not after pdf.js has taken gigabytes. Flate streams are inflated chunk by chunk; LZW and RunLength
 * streams (up to about 2 700× and 64×) are only counted, their decoded length followed code by code without
 * building the output. Images are skipped (text extraction never decodes them); streams wrapped in ASCIIHex or
 * ASCII85 are unwrapped first. Damaged streams are left to pdf.js, which reports them.
 */
export async function checkPdfStreams(bytes: Uint8Array, budget: Budget): Promise<void> {
  if (typeof DecompressionStream === 'undefined') return;
  // windows-1252 maps every byte to one character, so string offsets are byte offsets.
  const text = new TextDecoder('windows-1252').decode(bytes);
  let at = 0;
  for (;;) {
    const kw = text.indexOf('stream', at);
    if (kw < 0) return;
    at = kw + 6;
    if (text.startsWith('end', kw - 3)) continue;
    let start = kw + 6;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    else if (start === kw + 6) continue;
    const dictStart = Math.max(text.lastIndexOf(' obj', kw), text.lastIndexOf('endstream', kw), 0);
    const dict = text.slice(dictStart, kw);
    const end = text.indexOf('endstream', start);
    const stop = end < 0 ? text.length : end;
    at = stop;
    if (/\/Subtype\s*\/Image|\/DCTDecode|\/JPXDecode|\/CCITTFaxDecode|\/JBIG2Decode/.test(dict)) continue;
    const flate = /FlateDecode|\/Fl\b/.test(dict);
    const lzw = /LZWDecode|\/LZW\b/.test(dict);
    const runLength = /RunLengthDecode|\/RL\b/.test(dict);
    if (!flate && !lzw && !runLength) continue;
    let data = bytes.subarray(start, stop);
    if (/ASCIIHexDecode|\/AHx\b/.test(dict)) data = fromHex(data);
    else if (/ASCII85Decode|\/A85\b/.test(dict)) data = fromAscii85(data);
    if (flate) await inflateCounted(data, budget);
    else if (lzw) budget.pdfStream(lzwDecodedLength(data, !/\/EarlyChange\s+0/.test(dict)));
    else budget.pdfStream(runLengthDecodedLength(data));
    budget.check();
  }
}

async function inflateCounted(data: Uint8Array, budget: Budget): Promise<void> {
  const reader = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate')).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      budget.pdfStream(value.length);
    }
  } catch (e) {
    // A damaged stream is pdf.js's to report; only the budget's own error stops the import here.
    if ((e as { name?: string }).name === 'ImportError') throw e;
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

function fromHex(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let high = -1;
  for (const b of data) {
    if (b === 0x3e) break;
    const v = b >= 0x30 && b <= 0x39 ? b - 0x30 : b >= 0x41 && b <= 0x46 ? b - 55 : b >= 0x61 && b <= 0x66 ? b - 87 : -1;
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      out.push(high * 16 + v);
      high = -1;
    }
  }
  if (high >= 0) out.push(high * 16);
  return Uint8Array.from(out);
}

function fromAscii85(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let group: number[] = [];
  const flush = (n: number) => {
    while (group.length < 5) group.push(84);
    let v = 0;
    for (const d of group) v = v * 85 + d;
    for (let k = 0; k < n; k++) out.push((v >>> (24 - 8 * k)) & 0xff);
    group = [];
  };
  for (const b of data) {
    if (b === 0x7e) break;
    if (b === 0x7a && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    if (b < 0x21 || b > 0x75) continue;
    group.push(b - 0x21);
    if (group.length === 5) flush(4);
  }
  if (group.length > 1) flush(group.length - 1);
  return Uint8Array.from(out);
}

/**
 * The length an LZW stream (PDF 32000-1, 7.4.4) decodes to, without decoding it: each table entry's length is
 * the previous code's length plus one, so a table of 4 096 lengths follows the whole stream in one pass.
 */
export function lzwDecodedLength(data: Uint8Array, earlyChange = true): number {
  const CLEAR = 256;
  const EOD = 257;
  const lengths = new Uint16Array(4096).fill(1);
  let next = 258;
  let width = 9;
  let previous = -1;
  let previousLength = 0;
  let total = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < data.length; i++) {
    buffer = ((buffer << 8) | data[i]) & 0xfffff;
    bits += 8;
    while (bits >= width) {
      bits -= width;
      const code = (buffer >>> bits) & ((1 << width) - 1);
      if (code === CLEAR) {
        next = 258;
        width = 9;
        previous = -1;
        previousLength = 0;
        continue;
      }
      if (code === EOD) return total;
      // As pdf.js reads it: a code not yet in the table repeats the previous string plus its first byte.
      const length = code < 256 ? 1 : code < next ? lengths[code] : previousLength + 1;
      total += length;
      if (previous >= 0) {
        if (next < 4096) lengths[next] = Math.min(lengths[previous] + 1, 65535);
        next++;
        const limit = next + (earlyChange ? 1 : 0);
        width = limit >= 2048 ? 12 : limit >= 1024 ? 11 : limit >= 512 ? 10 : 9;
      }
      previous = code;
      previousLength = length;
    }
  }
  return total;
}

/** The length a RunLength stream (PDF 32000-1, 7.4.5) decodes to: literal runs of n + 1 bytes, repeats of 257 − n. */
export function runLengthDecodedLength(data: Uint8Array): number {
  let total = 0;
  for (let i = 0; i < data.length; ) {
    const n = data[i];
    if (n === 128) break;
    if (n < 128) {
      total += n + 1;
      i += n + 2;
    } else {
      total += 257 - n;
      i += 2;
    }
  }
  return total;
}
