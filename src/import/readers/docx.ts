import JSZip from 'jszip';
import mammoth from 'mammoth';
import { ImportError } from '../result';
import { MAX_DOCX_ENTRIES, MAX_DOCX_UNCOMPRESSED_BYTES } from '../limits';
import { htmlToText } from './html';

interface ZipStream {
  on(event: 'data', cb: (chunk: Uint8Array) => void): ZipStream;
  on(event: 'error', cb: (e: unknown) => void): ZipStream;
  on(event: 'end', cb: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

interface ZipEntryData {
  uncompressedSize?: number;
}

/**
 * Zip-bomb guard before mammoth sees the file: the central directory's entry count and declared sizes,
 * then the XML parts actually inflated with a running byte count (declared sizes can lie).
 */
async function checkZip(bytes: Uint8Array): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new ImportError('UNREADABLE', 'Filen är ingen läsbar Word-fil (.docx): zip-arkivet är skadat.');
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  if (entries.length > MAX_DOCX_ENTRIES) throw new ImportError('UNREADABLE', 'Word-filen innehåller orimligt många delar och läses inte.');
  if (!zip.file('word/document.xml')) {
    if (zip.file('EncryptedPackage')) throw new ImportError('ENCRYPTED', 'Word-filen är lösenordsskyddad. Ta bort skyddet och försök igen.');
    throw new ImportError('UNREADABLE', 'Filen är ett zip-arkiv men ingen Word-fil (.docx): word/document.xml saknas.');
  }
  let declared = 0;
  for (const f of entries) declared += (f as unknown as { _data?: ZipEntryData })._data?.uncompressedSize ?? 0;
  if (declared > MAX_DOCX_UNCOMPRESSED_BYTES) throw new ImportError('TOO_LARGE', 'Word-filen packas upp till mer än 60 MB och läses inte.');
  let inflated = 0;
  for (const f of entries.filter((e) => /\.(xml|rels)$/i.test(e.name))) {
    await new Promise<void>((resolve, reject) => {
      // internalStream is JSZip's streaming API; its typings omit it.
      const stream = (f as unknown as { internalStream(t: 'uint8array'): ZipStream }).internalStream('uint8array');
      stream
        .on('data', (chunk: Uint8Array) => {
          inflated += chunk.length;
          if (inflated > MAX_DOCX_UNCOMPRESSED_BYTES) {
            stream.pause();
            reject(new ImportError('TOO_LARGE', 'Word-filen packas upp till mer än 60 MB och läses inte.'));
          }
        })
        .on('error', () => reject(new ImportError('UNREADABLE', `Word-filen är skadad (${f.name} kan inte packas upp).`)))
        .on('end', () => resolve())
        .resume();
    });
  }
  return zip;
}

/** The text of a Word XML part: one line per paragraph, `w:tab` as a tab (letterheads align their columns with tabs). */
function partText(xml: string): string {
  const lines: string[] = [];
  for (const p of xml.split(/<\/w:p>/)) {
    let line = '';
    for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\b[^>]*\/>/g)) {
      line += m[2] === 'tab' ? '\t' : m[2] === 'br' ? ' ' : m[1];
    }
    line = line.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    if (line.replace(/\t/g, '').trim()) lines.push(line.replace(/^\t+|\t+$/g, '').replace(/\t{2,}/g, '\t'));
  }
  return lines.join('\n\n');
}

/**
 * Word's page headers and footers, which mammoth leaves out: a letterhead (organisation, department, Dnr, date)
 * is often the page header and the organisation's address and org number the footer. Each distinct text once.
 */
async function pageMargins(zip: JSZip): Promise<{ header: string; footer: string }> {
  const read = async (kind: 'header' | 'footer') => {
    const names = Object.keys(zip.files).filter((n) => new RegExp(`^word/${kind}\\d*\\.xml$`).test(n)).sort();
    const texts: string[] = [];
    for (const n of names) {
      const text = partText(await (zip.file(n) as JSZip.JSZipObject).async('string'));
      if (text && !texts.includes(text)) texts.push(text);
    }
    return texts.join('\n\n');
  };
  return { header: await read('header'), footer: await read('footer') };
}

/** A .docx as the common text: the page header, paragraphs and real Word tables (rows of tab-separated cells), the page footer. */
export async function readDocx(bytes: Uint8Array): Promise<{ text: string; messages: string[] }> {
  const zip = await checkZip(bytes);
  const margins = await pageMargins(zip).catch(() => ({ header: '', footer: '' }));
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: give both.
    const input = { buffer: bytes, arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
    const result = await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: false });
    const text = [margins.header, htmlToText(result.value), margins.footer].filter((t) => t.trim()).join('\n\n');
    return { text, messages: result.messages.filter((m) => m.type === 'error').map((m) => m.message) };
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError('UNREADABLE', 'Word-filen kunde inte läsas (den verkar skadad).');
  }
}
