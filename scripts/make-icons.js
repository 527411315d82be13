// Draws the add-in's icons (a green ledger sheet with an upward index line) as PNG without dependencies.
// Run once when the design changes: node scripts/make-icons.js
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x / size, y / size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const GREEN = [16, 124, 65, 255], WHITE = [255, 255, 255, 255], CLEAR = [0, 0, 0, 0], GOLD = [255, 196, 0, 255];
function pixel(x, y) {
  const inSheet = x > 0.08 && x < 0.92 && y > 0.08 && y < 0.92;
  if (!inSheet) return CLEAR;
  const border = x < 0.16 || x > 0.84 || y < 0.16 || y > 0.84;
  if (border) return GREEN;
  const line = 0.78 - (x - 0.2) * 0.8; // rising index line
  if (Math.abs(y - line) < 0.07 && x > 0.2 && x < 0.8) return GOLD;
  if (Math.abs(y - 0.5) < 0.02 || Math.abs(x - 0.5) < 0.02) return [200, 230, 210, 255];
  return WHITE;
}
for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(__dirname, '..', 'assets', `icon-${size}.png`), png(size, pixel));
}
console.log('assets/icon-{16,32,64,80,128}.png');
