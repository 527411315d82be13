'use strict';
// Hostile documents for the fuzz suite (`npm run fuzz`, test/import/fuzzProcess.test.ts): fast-check generates a
// recipe (format, base document, mutations) and build() turns it into the file's bytes. Bases are the project's
// fixtures; a recipe with `corpus: true` (`npm run fuzz` makes those) also draws on the shared corpus beside the
// repository, which tests never do: their cases must be the same on every machine. Mutations are the classes the attack run found: corrupted, renamed, duplicated
// and inflating zip entries, lying sizes, wrong PDF /Length values and flate, LZW and RunLength bombs, huge lines and tables,
// Unicode controls, NUL bytes and lone surrogates.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const fc = require('fast-check');

const ROOT = path.join(__dirname, '..');
const CORPUS = path.join(ROOT, '../shared/corpus/docs');

function filesOf(ext, withCorpus) {
  const own = path.join(ROOT, 'test/fixtures/documents');
  const seeds = path.join(ROOT, 'test/fixtures/seeds');
  const list = [];
  for (const dir of withCorpus ? [own, seeds, CORPUS] : [own, seeds]) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) if (ext.some((e) => f.endsWith(e))) list.push(path.join(dir, f));
  }
  return list;
}

const bases = new Map();
function loadBases(withCorpus) {
  if (!bases.has(withCorpus)) {
    bases.set(withCorpus, {
      docx: filesOf(['.docx'], withCorpus).map((f) => ({ name: path.basename(f), entries: unzip(fs.readFileSync(f)) })),
      pdf: filesOf(['.pdf'], withCorpus).map((f) => ({ name: path.basename(f), bytes: fs.readFileSync(f) })),
      text: filesOf(['.txt', '.md'], withCorpus).map((f) => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') })),
    });
  }
  return bases.get(withCorpus);
}

// --- a minimal zip reader and writer: duplicates, lying sizes and renames need byte-level control ---

function unzip(buf) {
  const entries = [];
  let eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const csize = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataAt, dataAt + csize);
    entries.push({ name, data: method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw) });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** entries: { name, data (uncompressed) | deflated (already compressed) + size, declared? (lie about size) } */
function zip(entries) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.deflated ?? zlib.deflateRawSync(e.data);
    const size = e.size ?? e.data.length;
    const declared = e.declared ?? size;
    const crc = e.deflated ? 0 : crc32(e.data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(declared >>> 0, 22);
    head.writeUInt16LE(name.length, 26);
    locals.push(head, name, body);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(declared >>> 0, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + body.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

/**
 * A raw deflate stream of `size` zero bytes without ever holding them: 16 MB pieces compressed separately and
 * sync-flushed (no final bit) concatenate into one valid stream, since no piece refers back into another.
 */
const PIECE = 16 * 1024 * 1024;
let pieceCache = null;
function zeros(size) {
  if (size <= PIECE) return { deflated: zlib.deflateRawSync(Buffer.alloc(size), { level: 9 }), size };
  pieceCache = pieceCache ?? zlib.deflateRawSync(Buffer.alloc(PIECE), { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const chunks = [];
  let left = size;
  while (left > PIECE) {
    chunks.push(pieceCache);
    left -= PIECE;
  }
  chunks.push(zlib.deflateRawSync(Buffer.alloc(left), { level: 9 }));
  return { deflated: Buffer.concat(chunks), size };
}

// --- text noise ---

const NOISE = [
  '\u0000', '\u0001', '\u001b[31m', '\u001b]0;titel\u0007', '\u0085', '\u009b2J', '\u007f', '\u202e', '\u2066', '\u200f', '\ufeff', '\ufffe',
  '\ud800', '\udfff', '\ud83d', '\r', '\r\n', '\u2028', '\u00a0', '\u2009', '\t', '\t\t\t', '=', '＝', '#', "'", '+', '@', '-',
  '1 000 kr', '-5 000 kr', '99999999999999999999 kr', 'NaN kr', '1e9 kr', '0,5 kr', 'Basår: 1000', 'Basår: 0000', '0 år i taget',
  '−1 år i taget', 'från och med 2030-01-01 till och med 2020-12-31', '2024-02-30', 'Totalt 1 000 kr', '150 %', '1/0',
];

function textOf(recipe, base) {
  let t = base.text;
  for (const m of recipe.mutations) {
    const at = m.at % (t.length + 1);
    switch (m.kind) {
      case 'noise': t = t.slice(0, at) + NOISE[m.n % NOISE.length].repeat(1 + (m.count % 50)) + t.slice(at); break;
      case 'cut': t = t.slice(0, at) + t.slice(at + (m.n % 2000)); break;
      case 'longLine': t = t.slice(0, at) + 'a'.repeat(Math.min(m.size, 1_900_000)) + t.slice(at); break;
      case 'longWord': t = t.slice(0, at) + 'ö'.repeat(Math.min(m.size, 300_000)) + t.slice(at); break;
      case 'manyLines': t = t + '\n' + 'Totalt 1 000 kr\n'.repeat(Math.min(m.size, 120_000)); break;
      case 'manyRows': t = t + '\n## Ekonomi\n' + 'Post\t1 000 kr\t2 000 kr\n'.repeat(Math.min(m.size, 60_000)); break;
      case 'nul': t = t.slice(0, at) + '\u0000'.repeat(1 + (m.n % 9000)) + t.slice(at); break;
      default: break;
    }
  }
  // Lone surrogates cannot be UTF-8; as the WTF-8 bytes an editor may still write they decide the decoding.
  return Buffer.from(t.replace(/[\ud800-\udfff]/g, (c) => (recipe.raw ? c : '\u0000')), recipe.raw ? 'latin1' : 'utf8');
}

// --- docx ---

function docxOf(recipe, base) {
  let entries = base.entries.map((e) => ({ name: e.name, data: e.data }));
  // A bomb entry holds only its compressed bytes: later mutations that edit content leave it alone.
  const editable = () => entries.filter((e) => e.data);
  const main = () => editable().find((e) => /document\.xml$|main\.bin$/.test(e.name)) ?? editable()[0] ?? { name: 'leer.xml', data: Buffer.alloc(0) };
  for (const m of recipe.mutations) {
    const e = entries[m.n % entries.length].data ? entries[m.n % entries.length] : main();
    switch (m.kind) {
      case 'corrupt': {
        const data = Buffer.from(e.data);
        for (let i = 0; i < 1 + (m.count % 20); i++) data[(m.at + i * 7919) % Math.max(1, data.length)] = (m.at * (i + 3)) & 0xff;
        e.data = data;
        break;
      }
      case 'truncate': e.data = e.data.subarray(0, m.at % (e.data.length + 1)); break;
      case 'rename': {
        const target = main();
        const old = target.name;
        target.name = m.count % 2 ? 'word/main.bin' : `word/${'x'.repeat(m.n % 300)}.xml`;
        const rels = entries.find((x) => x.name === '_rels/.rels');
        if (rels && m.count % 3) rels.data = Buffer.from(rels.data.toString('utf8').split(old).join(target.name));
        break;
      }
      case 'duplicate': entries.push({ name: e.name, data: m.count % 2 ? e.data : Buffer.from('<w:document/>') }); break;
      case 'drop': entries = entries.filter((x) => x !== e); if (!entries.length) entries.push({ name: 'a', data: Buffer.alloc(0) }); break;
      case 'inflate': {
        const size = Math.min(m.size, 400) * 1024 * 1024;
        const name = ['word/media/image1.png', 'word/document.xml', 'word/styles.xml', 'customXml/item1.xml', 'word/main.bin'][m.n % 5];
        const bomb = { name, ...zeros(size), declared: m.count % 2 ? 1000 : size };
        entries = entries.filter((x) => x.name !== name);
        entries.push(bomb);
        if (name === 'word/main.bin') {
          const rels = entries.find((x) => x.name === '_rels/.rels');
          if (rels) rels.data = Buffer.from(rels.data.toString('utf8').replace(/word\/document\.xml/g, 'word/main.bin'));
        }
        break;
      }
      case 'rows': {
        const target = main();
        const row = '<w:tr><w:tc><w:p><w:r><w:t>Post</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1 000 kr</w:t></w:r></w:p></w:tc></w:tr>';
        target.data = Buffer.from(target.data.toString('utf8').replace('</w:body>', `<w:tbl>${row.repeat(Math.min(m.size, 150_000))}</w:tbl></w:body>`));
        break;
      }
      case 'nest': {
        const target = main();
        const depth = Math.min(m.size, 100_000);
        target.data = Buffer.from(target.data.toString('utf8').replace('</w:body>', `${'<w:tbl><w:tr><w:tc>'.repeat(depth)}<w:p/>${'</w:tc></w:tr></w:tbl>'.repeat(depth)}</w:body>`));
        break;
      }
      case 'text': {
        const target = main();
        const noise = NOISE[m.n % NOISE.length].replace(/[<&]/g, '').repeat(1 + (m.count % 40));
        target.data = Buffer.from(target.data.toString('utf8').replace(/<w:t(\s[^>]*)?>/, (t) => t + noise));
        break;
      }
      case 'bytes': break;
      default: break;
    }
  }
  let bytes = zip(entries);
  for (const m of recipe.mutations) if (m.kind === 'bytes') for (let i = 0; i < 1 + (m.count % 8); i++) bytes[(m.at + i * 104729) % bytes.length] = (m.n + i) & 0xff;
  return bytes;
}

// --- pdf ---

/** LZW codes (EarlyChange 1) packed at the widths a decoder reads them: 9 bits after Clear, growing to 12. */
function packLzw(codes) {
  const out = [];
  let acc = 0;
  let bits = 0;
  let width = 9;
  let next = 258;
  let first = true;
  for (const code of codes) {
    acc = (acc << width) | code;
    bits += width;
    while (bits >= 8) {
      bits -= 8;
      out.push((acc >>> bits) & 0xff);
    }
    acc &= (1 << bits) - 1;
    if (code === 256) [next, width, first] = [258, 9, true];
    else if (first) first = false;
    else {
      next++;
      width = next + 1 >= 2048 ? 12 : next + 1 >= 1024 ? 11 : next + 1 >= 512 ? 10 : 9;
    }
  }
  if (bits > 0) out.push((acc << (8 - bits)) & 0xff);
  return Buffer.from(out);
}

/**
 * A stream that decodes to about `size` bytes of zeros: LZW (a table of ever longer runs, then its longest entry,
 * 3 839 bytes per 12-bit code) or RunLength (128 bytes per two).
 */
function codedBomb(size, lzw) {
  if (!lzw) return { filter: '/RunLengthDecode', data: Buffer.concat([Buffer.alloc(Math.ceil(size / 128) * 2, Buffer.from([129, 0])), Buffer.from([128])]) };
  const table = Array.from({ length: 4095 - 258 + 1 }, (_, i) => 258 + i);
  const repeats = new Array(Math.ceil(size / 3839)).fill(4095);
  return { filter: '/LZWDecode', data: packLzw([256, 0, ...table, ...repeats, 257]) };
}

function pdfOf(recipe, base) {
  let s = base.bytes.toString('latin1');
  for (const m of recipe.mutations) {
    switch (m.kind) {
      case 'length': {
        let k = 0;
        s = s.replace(/\/Length (\d+)/g, (all, n) => (k++ % (1 + (m.n % 3)) === 0 ? `/Length ${[0, Number(n) * 3 + 7, Math.floor(Number(n) / 2), 999999999, -1][m.count % 5]}` : all));
        break;
      }
      case 'bytes': {
        const b = Buffer.from(s, 'latin1');
        for (let i = 0; i < 1 + (m.count % 8); i++) b[(m.at + i * 104729) % b.length] = (m.n + i) & 0xff;
        s = b.toString('latin1');
        break;
      }
      case 'truncate': s = s.slice(0, m.at % (s.length + 1)); break;
      case 'bomb': {
        const size = Math.min(m.size, 1024) * 1024 * 1024;
        const { deflated } = zeros(size);
        const zlibbed = Buffer.concat([Buffer.from([0x78, 0xda]), deflated]);
        const obj = `\n999 0 obj\n<< /Length ${zlibbed.length} /Filter /FlateDecode >>\nstream\n${zlibbed.toString('latin1')}\nendstream\nendobj\n`;
        const at = s.indexOf('endobj');
        s = s.slice(0, at + 6) + obj + s.slice(at + 6);
        // The page's own contents point at the bomb half of the time: pdf.js must read it then.
        if (m.count % 2) s = s.replace(/\/Contents\s+\d+\s+0\s+R/, '/Contents 999 0 R');
        break;
      }
      case 'codedBomb': {
        const lzw = m.n % 2 === 0;
        const { filter, data } = codedBomb(Math.min(m.size, lzw ? 1024 : 256) * 1024 * 1024, lzw);
        const obj = `\n998 0 obj\n<< /Length ${data.length} /Filter ${filter} >>\nstream\n${data.toString('latin1')}\nendstream\nendobj\n`;
        const at = s.indexOf('endobj');
        s = s.slice(0, at + 6) + obj + s.slice(at + 6);
        if (m.count % 2) s = s.replace(/\/Contents\s+\d+\s+0\s+R/, '/Contents 998 0 R');
        break;
      }
      case 'pages': s = s.replace(/\/Count\s+\d+/, `/Count ${[0, -1, 100000, 2147483647, 301][m.n % 5]}`); break;
      case 'xref': s = s.replace(/startxref\s+\d+/, `startxref\n${m.at % (s.length + 10)}`); break;
      case 'text': s = s.replace(/\((?:[^()\\]|\\.){1,40}\)\s*Tj/, `(${NOISE[m.n % NOISE.length].replace(/[()\\]/g, '')}) Tj`); break;
      default: break;
    }
  }
  return Buffer.from(s, 'latin1');
}

// --- recipes ---

const MUTATIONS = {
  text: ['noise', 'cut', 'longLine', 'longWord', 'manyLines', 'manyRows', 'nul'],
  docx: ['corrupt', 'truncate', 'rename', 'duplicate', 'drop', 'inflate', 'rows', 'nest', 'text', 'bytes'],
  pdf: ['length', 'bytes', 'truncate', 'bomb', 'pages', 'xref', 'text', 'codedBomb'],
};

/** The sizes are log-uniform: most cases small, some at and beyond the caps. */
const size = fc.integer({ min: 0, max: 22 }).chain((bits) => fc.integer({ min: 0, max: 2 ** bits }));

/** Recipes for one format; `{ corpus: true }` marks them to draw bases from the shared corpus too (`npm run fuzz`). */
function recipeArbitrary(format, { corpus = false } = {}) {
  const mutation = fc.record({
    kind: fc.constantFrom(...MUTATIONS[format]),
    at: fc.nat(),
    n: fc.nat(),
    count: fc.nat(),
    size,
  });
  return fc.record({
    format: fc.constant(format),
    ...(corpus ? { corpus: fc.constant(true) } : {}),
    base: fc.nat(),
    raw: fc.boolean(),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
  });
}

function build(recipe) {
  const b = loadBases(recipe.corpus === true)[recipe.format];
  const base = b[recipe.base % b.length];
  const bytes = recipe.format === 'docx' ? docxOf(recipe, base) : recipe.format === 'pdf' ? pdfOf(recipe, base) : textOf(recipe, base);
  const ext = recipe.format === 'text' ? (base.name.endsWith('.md') ? 'md' : 'txt') : recipe.format;
  return { name: `fall.${ext}`, bytes };
}

module.exports = { recipeArbitrary, build, packLzw, zip, unzip, FORMATS: ['text', 'docx', 'pdf'] };
