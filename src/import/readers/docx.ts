import JSZip from 'jszip';
import mammoth from 'mammoth';
import { Budget } from '../budget';
import { ImportError } from '../result';
import { concatBytes, duplicateZipEntry } from './bytes';
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

const LT = 0x3c;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;

/**
 * Counts the opening XML tags in a part as it inflates ("<w:p", not "</w:p>", "<?xml" or "<!--"): mammoth's
 * document model costs about 2.5 KB per element, so this, not the byte count, is what bounds its memory.
 */
function tagCounter(): (chunk: Uint8Array) => number {
  let afterLt = false;
  return (chunk) => {
    let n = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (afterLt && b !== SLASH && b !== BANG && b !== QUESTION) n++;
      afterLt = b === LT;
    }
    return n;
  };
}

/** Inflates one part with a running count, stopping at the first chunk over the budget. Returns its text when asked. */
function inflatePart(entry: JSZip.JSZipObject, budget: Budget, keep: boolean): Promise<string | null> {
  return new Promise<string | null>((resolve, reject) => {
    // internalStream is JSZip's streaming API; its typings omit it.
    const stream = (entry as unknown as { internalStream(t: 'uint8array'): ZipStream }).internalStream('uint8array');
    const count = tagCounter();
    const kept: Uint8Array[] = [];
    let first = true;
    let xml = false;
    stream
      .on('data', (chunk: Uint8Array) => {
        // Any part whose content is XML counts its elements, whatever its name says (a main part renamed main.bin).
        if (first && chunk.length) {
          const start = chunk[0] === 0xef ? 3 : 0;
          xml = chunk[start] === LT;
          first = false;
        }
        try {
          budget.inflate(chunk.length, xml ? count(chunk) : 0);
        } catch (e) {
          stream.pause();
          reject(e);
          return;
        }
        if (keep) kept.push(chunk.slice());
      })
      .on('error', () => reject(new ImportError('UNREADABLE', `Word-filen är skadad (en del kan inte packas upp).`)))
      .on('end', () => resolve(keep ? new TextDecoder().decode(concatBytes(kept)) : null))
      .resume();
  });
}

/** The main document part as mammoth finds it: the officeDocument relationship of _rels/.rels. */
function mainPartName(rels: string | null): string {
  const rel = rels && /<Relationship\b[^>]*\bType="[^"]*\/officeDocument"[^>]*>/i.exec(rels);
  const target = rel && /\bTarget="\/?([^"]*)"/i.exec(rel[0]);
  return target ? target[1] : 'word/document.xml';
}

/**
 * Zip-bomb guard before mammoth sees the file: the entry count and declared sizes first, then every part
 * inflated with a running count of bytes and XML elements (declared sizes can lie, names can too). mammoth
 * reads only parts of this archive, so whatever it will read has been counted.
 */
async function checkZip(bytes: Uint8Array, budget: Budget): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new ImportError('UNREADABLE', 'Filen är ingen läsbar Word-fil (.docx): zip-arkivet är skadat.');
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  budget.zipEntries(entries.length);
  const twice = duplicateZipEntry(bytes);
  if (twice !== null) throw new ImportError('UNREADABLE', `Word-filen har två delar med samma namn (${twice.slice(0, 80)}); vilken som gäller går inte att avgöra, så filen läses inte.`);
  let declared = 0;
  for (const f of entries) declared += (f as unknown as { _data?: ZipEntryData })._data?.uncompressedSize ?? 0;
  if (declared > budget.limits.inflatedBytes) budget.inflate(declared);
  let rels: string | null = null;
  for (const f of entries) {
    const text = await inflatePart(f, budget, f.name === '_rels/.rels');
    if (text !== null) rels = text;
  }
  if (!zip.file(mainPartName(rels))) {
    if (zip.file('EncryptedPackage')) throw new ImportError('ENCRYPTED', 'Word-filen är lösenordsskyddad. Ta bort skyddet och försök igen.');
    throw new ImportError('UNREADABLE', 'Filen är ett zip-arkiv men ingen Word-fil (.docx): huvuddokumentet saknas.');
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

/** Images are never read: the text needs none, and an image is the easiest part to make enormous. */
const noImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** A .docx as the common text: the page header, paragraphs and real Word tables (rows of tab-separated cells), the page footer. */
export async function readDocx(bytes: Uint8Array, budget: Budget = new Budget()): Promise<{ text: string; messages: string[] }> {
  const zip = await checkZip(bytes, budget);
  budget.check();
  const margins = await pageMargins(zip).catch(() => ({ header: '', footer: '' }));
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let html: string;
  let messages: string[];
  try {
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: give both.
    const input = { buffer: bytes, arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
    const result = await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: false, convertImage: noImages });
    html = result.value;
    messages = result.messages.filter((m) => m.type === 'error').map((m) => m.message);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const deep = e instanceof RangeError;
    throw new ImportError('UNREADABLE', `Word-filen kunde inte läsas (${deep ? 'den är för djupt nästlad' : 'den verkar skadad'}).`);
  }
  budget.check();
  const text = [margins.header, htmlToText(html, budget), margins.footer].filter((t) => t.trim()).join('\n\n');
  return { text, messages };
}
