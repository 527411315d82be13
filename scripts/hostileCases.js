'use strict';
// Hostile input after the import, as one set of generators for the tests and `npm run attack` (scripts/attack.js):
// absurd amounts, rates and years in documents and in a workbook's cells; the same text in every encoding a
// Windows or Mac editor writes; long economy tables for the pane; and output targets that are no regular file.
// Every base is the repository's own (test/fixtures), so a test gives the same cases on every machine.
const path = require('path');
const JSZip = require('jszip');

const ROOT = path.join(__dirname, '..');
const SEED_000 = path.join(ROOT, 'test/fixtures/seeds/000.txt');

// --- amounts, rates and years in documents ---

/**
 * Seed 000 with one absurd value in it, each a case the attack run found: an amount of 24 digits, hours × rate
 * far above any budget, 2^53 + 1 (which a double cannot hold), an index of 99 % a year from 1900, and more.
 * `edit(text)` returns the hostile text; every case is still an agreement.
 */
const AMOUNT_CASES = [
  { name: '24-digit-amount', edit: (t) => t.replace('1 710 000 kr', '171 000 000 000 000 000 000 000 kr') },
  { name: 'hours-times-rate', edit: (t) => t.replace(/^(Arbetskläder.*)$/m, '$1\nIdeella värdar, 1 800 timmar à 99 999 999 999 999 999 999 kr') },
  { name: 'two-pow-53-plus-1', edit: (t) => t.replace('1 710 000 kr', '9 007 199 254 740 993 kr') },
  { name: 'rate-99-from-1900', edit: (t) => t.replace('med 2%', 'med 99%').replace('2024-01-01', '1900-01-01') },
  { name: 'base-year-1900', edit: (t) => t.replace('med 2%', 'med 10 %, basår 1900') },
  { name: 'mnkr-scaled', edit: (t) => t.replace('1 710 000 kr', '170 000 000 mnkr') },
  { name: 'per-month', edit: (t) => t.replace(/^(Arbetskläder.*)$/m, '$1\n- Lokalhyra, 9 000 000 000 kr per månad') },
  { name: 'quantity-times-price', edit: (t) => t.replace(/^Lokaler\t180 000 kr$/m, 'Lokaler\t9000 st à 99 000 000 000 kr') },
  { name: 'sum-over-ceiling', edit: (t) => t.replace('1 750 000 kr', '99 000 000 000 kr').replace('681 600 kr', '99 000 000 000 kr') },
  { name: 'total-1e300', edit: (t) => t.replace('4 818 600 kr', `${'9'.repeat(300)} kr`) },
];

// --- a workbook's cells ---

/** The part of a sheet named `name` in an .xlsx (xl/worksheets/sheetN.xml), through workbook.xml and its rels. */
async function sheetPart(zip, name) {
  const book = await zip.file('xl/workbook.xml').async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels').async('string');
  const sheet = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(book);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const target = new RegExp(`<Relationship [^>]*Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${sheet[1]}"`).exec(rels);
  return `xl/${target[1].replace(/^\/?xl\//, '')}`;
}

const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const colNum = (c) => [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** The column letters of a sheet's header row (row 1), by header text. */
async function headerColumns(zip, xml) {
  const shared = zip.file('xl/sharedStrings.xml') ? [...(await zip.file('xl/sharedStrings.xml').async('string')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => unescape(m[1].replace(/<[^>]+>/g, ''))) : [];
  const row = /<row r="1"[^>]*>([\s\S]*?)<\/row>/.exec(xml);
  const columns = {};
  for (const c of row[1].matchAll(/<c r="([A-Z]+)1"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const body = c[3] ?? '';
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const text = /t="s"/.test(c[2]) ? shared[Number(v)] : /t="inlineStr"/.test(c[2]) ? unescape(body.replace(/<[^>]+>/g, '')) : unescape(v ?? '');
    columns[text] = c[1];
  }
  return columns;
}

/**
 * A cell of a table set as a spreadsheet program stores it: `value` a number (or the digits of one, written as
 * they stand, "9007199254740993") or text (an inline string). `row` is the sheet's row number (2 = first data row).
 */
function setCell(xml, ref, value) {
  const cell = typeof value === 'number' || /^-?[\d.]+(e[+-]?\d+)?$/i.test(String(value))
    ? `<c r="${ref}"><v>${value}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t>${String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`;
  const r = Number(/\d+$/.exec(ref)[0]);
  const row = new RegExp(`<row r="${r}"[^>]*>([\\s\\S]*?)</row>`).exec(xml);
  if (!row) throw new Error(`no row ${r}`);
  const cells = [...row[1].matchAll(/<c r="([A-Z]+)\d+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)];
  const col = /^[A-Z]+/.exec(ref)[0];
  const same = cells.find((c) => c[1] === col);
  const next = cells.find((c) => colNum(c[1]) > colNum(col));
  const body = same ? row[1].replace(same[0], cell) : next ? row[1].replace(next[0], cell + next[0]) : row[1] + cell;
  return xml.replace(row[0], row[0].replace(row[1], body));
}

/** The workbook's bytes with cells set: `edits` are { sheet, column (header text), row, value }. */
async function editWorkbook(bytes, edits) {
  const zip = await JSZip.loadAsync(bytes);
  for (const e of edits) {
    const part = await sheetPart(zip, e.sheet);
    const xml = await zip.file(part).async('string');
    const columns = await headerColumns(zip, xml);
    if (!columns[e.column]) throw new Error(`no column ${e.column} on ${e.sheet}`);
    zip.file(part, setCell(xml, `${columns[e.column]}${e.row}`, e.value));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * Hostile edits of the workbook `iop oversikt test/fixtures/seeds/000.txt` writes (one agreement, row 2 of each
 * table; its contributions are the last two rows of Poster). Each is what a user could type in Excel.
 */
const WORKBOOK_CASES = [
  { name: 'item-1e300', edits: [{ sheet: 'Poster', column: 'Belopp/år', row: 2, value: '1e300' }] },
  { name: 'contribution-1e300', edits: [{ sheet: 'Poster', column: 'Belopp/år', row: 8, value: '1e300' }] },
  { name: 'contribution-2pow53plus1', edits: [{ sheet: 'Poster', column: 'Belopp/år', row: 8, value: '9007199254740993' }] },
  { name: 'contribution-text-24-digits', edits: [{ sheet: 'Poster', column: 'Belopp/år', row: 8, value: '171 000 000 000 000 000 000 000 kr' }] },
  { name: 'total-1e300', edits: [{ sheet: 'Avtal', column: 'Totalt/år', row: 2, value: '1e300' }] },
  { name: 'rate-99-from-1900', edits: [{ sheet: 'Avtal', column: 'Indexsats', row: 2, value: 0.99 }, { sheet: 'Avtal', column: 'Basår', row: 2, value: 1900 }, { sheet: 'Avtal', column: 'Start', row: 2, value: '1950-01-01' }] },
  { name: 'base-year-1900', edits: [{ sheet: 'Avtal', column: 'Basår', row: 2, value: 1900 }, { sheet: 'Avtal', column: 'Indexsats', row: 2, value: 0.1 }] },
  { name: 'both-contributions-6e10', edits: [{ sheet: 'Poster', column: 'Belopp/år', row: 8, value: 60_000_000_000 }, { sheet: 'Poster', column: 'Belopp/år', row: 9, value: 60_000_000_000 }] },
  { name: 'hours-1e300', edits: [{ sheet: 'Poster', column: 'Timmar', row: 2, value: '1e300' }] },
];

// --- encodings ---

// Windows-1252's 0x80–0x9F as Microsoft's code page table gives them (the rest is Latin-1), written out here rather
// than taken from a decoder: Node 20's TextDecoder("windows-1252") decodes Latin-1.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252's bytes for a text that holds only its characters (every seed does). */
function windows1252(text) {
  const byChar = new Map();
  for (let b = 0; b < 256; b++) byChar.set(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b), b);
  return Buffer.from([...text].map((c) => {
    if (!byChar.has(c)) throw new Error(`"${c}" is not in Windows-1252`);
    return byChar.get(c);
  }));
}

function utf16(text, bigEndian) {
  const le = Buffer.from(text, 'utf16le');
  return bigEndian ? le.swap16() : le;
}

/**
 * The same text as each editor saves it. Notepad's "Unicode" is UTF-16 little-endian with a byte-order mark and
 * CRLF line ends; "Unicode big endian" the same big-endian. `refused` marks what the importer must refuse.
 */
const ENCODINGS = {
  'utf-8': (t) => Buffer.from(t, 'utf8'),
  'utf-8-bom': (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]),
  'utf-16le-bom-crlf': (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(t.replace(/\n/g, '\r\n'), false)]),
  'utf-16be-bom': (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(t, true)]),
  'utf-16le-no-bom': (t) => utf16(t, false),
  'windows-1252': (t) => windows1252(t),
  'windows-1252-crlf': (t) => windows1252(t.replace(/\n/g, '\r\n')),
};

const REFUSED_ENCODINGS = {
  'utf-32le-bom': (t) => Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(new Uint32Array([...t].map((c) => c.codePointAt(0))).buffer)]),
  'utf-32be-bom': (t) => {
    const b = Buffer.from(new Uint32Array([0xfeff, ...[...t].map((c) => c.codePointAt(0))]).buffer);
    for (let i = 0; i < b.length; i += 4) b.subarray(i, i + 4).reverse();
    return b;
  },
  'utf-32le-no-bom': (t) => Buffer.from(new Uint32Array([...t].map((c) => c.codePointAt(0))).buffer),
  'utf-16le-bom-odd-length': (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(t, false), Buffer.from([0x41])]),
  'utf-16le-bom-lone-surrogate': (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(t, false), Buffer.from([0x00, 0xd8, 0x41, 0x00])]),
  'utf-8-bom-invalid': (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8'), Buffer.from([0xc3, 0x28])]),
  binary: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + (i >> 3) * 104729) & 0xff)),
  'binary-no-nul': () => Buffer.from(Array.from({ length: 4096 }, (_, i) => 1 + ((i * 7919 + (i >> 3) * 104729) % 255))),
};

// --- long tables (the pane's load) ---

/** Seed 000 with an economy table of `rows` cost items: what made the pane's page stop for seconds. */
function longTable(text, rows) {
  const lines = Array.from({ length: rows }, (_, i) => `Post ${i + 1}\t${(1000 + (i % 900)) * 100} kr`);
  return text.replace(/^(<b>Totalt:<\/b>.*)$/m, `${lines.join('\n')}\n$1`);
}

// --- output targets ---

/** Paths `-o` must refuse and leave as they are, made in `dir` (devices only as root). `make` returns the path. */
const OUTPUT_TARGETS = ['fifo', 'char-device', 'socket', 'folder', 'link-to-fifo', 'link-to-device'];

module.exports = { ROOT, SEED_000, AMOUNT_CASES, WORKBOOK_CASES, editWorkbook, sheetPart, ENCODINGS, REFUSED_ENCODINGS, windows1252, longTable, OUTPUT_TARGETS };
