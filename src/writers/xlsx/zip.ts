import { crc32 as nativeCrc32, deflateRaw } from 'zlib';
import { promisify } from 'util';

const deflate = promisify(deflateRaw);

export interface ZipEntry {
  name: string;
  data: string | Buffer;
}

let table: Uint32Array | null = null;

/** Fallback for Node versions before 20.15, which lack zlib.crc32. */
function jsCrc32(buf: Buffer): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < buf.length; i++) crc = table[(crc ^ buf[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const crc32 = (buf: Buffer): number => (typeof nativeCrc32 === 'function' ? nativeCrc32(buf) : jsCrc32(buf));

/** DOS date and time of 1980-01-01 00:00: fixed, so the same plan gives the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * A ZIP archive (deflate, no ZIP64: parts stay far below 4 GB). Parts are compressed by zlib in the thread
 * pool, so the large sheets compress in parallel on several cores. Level 1: spreadsheet XML is so repetitive
 * that higher levels save little and cost much.
 */
export async function zip(entries: readonly ZipEntry[], level = 1): Promise<Buffer> {
  const raw = entries.map((e) => (typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data));
  const compressed = await Promise.all(raw.map((b) => deflate(b, { level })));
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  entries.forEach((e, i) => {
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(raw[i]);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed[i].length, 18);
    local.writeUInt32LE(raw[i].length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(compressed[i].length, 20);
    header.writeUInt32LE(raw[i].length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    chunks.push(local, name, compressed[i]);
    central.push(header, name);
    offset += local.length + name.length + compressed[i].length;
  });
  const centralSize = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
