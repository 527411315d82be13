import JSZip from 'jszip';
import mammoth from 'mammoth';
import { Budget } from '../budget';
import { ImportError } from '../result';
import { concatBytes, duplicateZipEntry } from './bytes';
import { pruneStyles, referencedValues } from './docxStyles';
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
  const opens = (b: number) => b !== SLASH && b !== BANG && b !== QUESTION;
  return (chunk) => {
    if (chunk.length === 0) return 0;
    let n = afterLt && opens(chunk[0]) ? 1 : 0;
    // indexOf finds each "<" natively: far fewer steps than looking at every byte of a large part.
    for (let i = chunk.indexOf(LT); i >= 0 && i + 1 < chunk.length; i = chunk.indexOf(LT, i + 1)) {
      if (opens(chunk[i + 1])) n++;
    }
    afterLt = chunk[chunk.length - 1] === LT;
    return n;
  };
}

const isSpace = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * Inflates one part with a running count, stopping at the first chunk over the budget. Returns its bytes when it
 * is text XML (the first byte after a BOM and blanks a "<") and fits in what is left to keep (`room.bytes`, which
 * becomes -1 once a text part did not fit), else null.
 */
function inflatePart(entry: JSZip.JSZipObject, budget: Budget, room: { bytes: number }): Promise<Uint8Array | null> {
  return new Promise<Uint8Array | null>((resolve, reject) => {
    // internalStream is JSZip's streaming API; its typings omit it.
    const stream = (entry as unknown as { internalStream(t: 'uint8array'): ZipStream }).internalStream('uint8array');
    const count = tagCounter();
    const kept: Uint8Array[] = [];
    let first = true;
    let xml = false;
    let text = false;
    stream
      .on('data', (chunk: Uint8Array) => {
        // Any part whose content is XML counts its elements, whatever its name says (a main part renamed main.bin).
        if (first && chunk.length) {
          const start = chunk[0] === 0xef ? 3 : 0;
          xml = chunk[start] === LT;
          let at = start;
          while (at < chunk.length && isSpace(chunk[at])) at++;
          text = chunk[at] === LT;
          first = false;
        }
        try {
          budget.inflate(chunk.length, xml ? count(chunk) : 0);
        } catch (e) {
          stream.pause();
          reject(e);
          return;
        }
        if (text && chunk.length > room.bytes) {
          text = false;
          kept.length = 0;
          room.bytes = -1;
        }
        if (text) {
          kept.push(chunk.slice());
          room.bytes -= chunk.length;
        }
      })
      .on('error', () => reject(new ImportError('UNREADABLE', `Word-filen är skadad (en del kan inte packas upp).`)))
      .on('end', () => resolve(text ? concatBytes(kept) : null))
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
 * The XML text kept from checkZip's inflating for forMammoth: a Word file's parts are rarely above 2 MB together;
 * a file with more keeps nothing (its styles are not pruned) rather than holding it all in memory.
 */
const KEPT_TEXT_BYTES = 8 * 1024 * 1024;

/**
 * Zip-bomb guard before mammoth sees the file: the entry count and declared sizes first, then every part
 * inflated with a running count of bytes and XML elements (declared sizes can lie, names can too). mammoth
 * reads only parts of this archive, so whatever it will read has been counted.
 */
async function checkZip(bytes: Uint8Array, budget: Budget): Promise<{ zip: JSZip; parts: Map<string, Uint8Array | null> | null }> {
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
  const parts = new Map<string, Uint8Array | null>();
  const room = { bytes: KEPT_TEXT_BYTES };
  for (const f of entries) parts.set(f.name, await inflatePart(f, budget, room));
  // Read again only when not kept (not text, or no room): the package relationships are a few hundred bytes.
  const rels = parts.get('_rels/.rels') ?? (await zip.file('_rels/.rels')?.async('uint8array'));
  if (!zip.file(mainPartName(rels ? utf8(rels) : null))) {
    if (zip.file('EncryptedPackage')) throw new ImportError('ENCRYPTED', 'Word-filen är lösenordsskyddad. Ta bort skyddet och försök igen.');
    throw new ImportError('UNREADABLE', 'Filen är ett zip-arkiv men ingen Word-fil (.docx): huvuddokumentet saknas.');
  }
  return { zip, parts: room.bytes < 0 ? null : parts };
}

const utf8 = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

const STYLES_ROOT = /^(?:<\?xml[^>]*>)?\s*<w:styles[\s>]/;

/**
 * The file names of the parts a styles relationship points at, and styles.xml: the styles part mammoth will read.
 * Only a choice of what to prune (pruning any styles part is exact): Word's stylesWithEffects.xml, which mammoth
 * never reads, is left as it is rather than scanned.
 */
function stylesPartNames(parts: ReadonlyMap<string, Uint8Array | null>): Set<string> {
  const names = new Set(['styles.xml']);
  for (const [name, part] of parts) {
    if (part === null || !name.endsWith('.rels')) continue;
    for (const rel of utf8(part).matchAll(/<Relationship\b[^>]*>/g)) {
      if (!/\bType\s*=\s*["'][^"']*\/styles["']/.test(rel[0])) continue;
      const target = /\bTarget\s*=\s*["']([^"']*)["']/.exec(rel[0]);
      if (target) names.add(target[1].slice(target[1].lastIndexOf('/') + 1));
    }
  }
  return names;
}

/** A DrawingML drawing (inline or anchored) and the text box content inside one. */
const DRAWING = /<w:drawing\b[^>]*>[\s\S]*?<\/w:drawing>/g;
const TEXT_BOX_CONTENT = /<w:txbxContent\b[^>]*>[\s\S]*?<\/w:txbxContent>/g;

/**
 * A text box drawn only in DrawingML (`w:drawing` … `wps:txbx/w:txbxContent`, with no VML fallback) holds text mammoth
 * never reads: its paragraphs (an economy summary, a rent) are lost. Each such drawing in the main part becomes a VML
 * picture holding the same `w:txbxContent` (`w:pict`), whose paragraphs mammoth writes after the paragraph the box
 * stands in. A drawing with a VML fallback (`mc:AlternateContent`) is read from the fallback, as before. Returns
 * whether the main part changed (it is then written back into `zip`).
 */
function withTextBoxes(zip: JSZip, parts: ReadonlyMap<string, Uint8Array | null>): boolean {
  const rels = parts.get('_rels/.rels');
  const name = mainPartName(rels ? utf8(rels) : null);
  const main = parts.get(name);
  if (!main) return false;
  const xml = utf8(main);
  if (!xml.includes('<w:txbxContent') || !xml.includes('<w:drawing')) return false;
  let changed = false;
  const boxed = xml.replace(DRAWING, (drawing) => {
    const boxes = drawing.match(TEXT_BOX_CONTENT);
    if (!boxes) return drawing;
    changed = true;
    return `<w:pict>${boxes.join('')}</w:pict>`;
  });
  if (changed) zip.file(name, boxed);
  return changed;
}

/** A styles part smaller than this is parsed faster by mammoth than it is pruned and zipped again. */
const STYLES_WORTH_PRUNING = 32 * 1024;

/**
 * The archive mammoth reads: its styles part without the styles no other part names (docxStyles.ts), or the file
 * as it is when there is nothing worth pruning or a part that might name a style cannot be read as text.
 */
async function forMammoth(zip: JSZip, parts: ReadonlyMap<string, Uint8Array | null> | null, bytes: Uint8Array): Promise<Uint8Array> {
  if (parts === null || [...parts].some(([name, part]) => part === null && /\.(?:xml|rels)$/i.test(name))) return bytes;
  const boxed = withTextBoxes(zip, parts);
  const isStyles = (part: Uint8Array) => STYLES_ROOT.test(utf8(part.subarray(0, 1024)));
  const read = stylesPartNames(parts);
  const toPrune = [...parts].filter(
    (e): e is [string, Uint8Array] => e[1] !== null && e[1].length >= STYLES_WORTH_PRUNING && read.has(e[0].slice(e[0].lastIndexOf('/') + 1)) && isStyles(e[1]),
  );
  if (toPrune.length === 0) return boxed ? zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : bytes;
  // Every other part is a place a style can be named; the styles parts (told by their start) are not.
  const texts = [...parts.values()].filter((part): part is Uint8Array => part !== null && !isStyles(part)).map(utf8);
  const used = referencedValues(texts);
  let pruned = false;
  for (const [name, part] of toPrune) {
    const less = pruneStyles(utf8(part), used);
    if (less === null) continue;
    zip.file(name, less);
    pruned = true;
  }
  // Unchanged parts keep their compressed bytes: JSZip copies them rather than inflating and deflating again.
  return pruned || boxed ? zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : bytes;
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
  const { zip, parts } = await checkZip(bytes, budget);
  budget.check();
  const margins = await pageMargins(zip).catch(() => ({ header: '', footer: '' }));
  const docx = await forMammoth(zip, parts, bytes);
  const arrayBuffer = docx.buffer.slice(docx.byteOffset, docx.byteOffset + docx.byteLength) as ArrayBuffer;
  let html: string;
  let messages: string[];
  try {
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: give both.
    const input = { buffer: docx, arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
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
