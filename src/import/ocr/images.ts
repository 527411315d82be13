import { ImportError } from '../result';

/**
 * A scanned image's size, resolution and page count from its header, read before anything decodes it: the
 * budget refuses a 30 000 × 30 000 image by these numbers, not after a decoder has taken gigabytes.
 */
export interface ImageInfo {
  format: 'png' | 'jpeg' | 'tiff';
  width: number;
  height: number;
  /** The stated resolution in dots per inch, when the file states a plausible one. */
  dpi: number | null;
  pages: number;
}

export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'tif', 'tiff'];

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Which image format the bytes are, by their magic number; null for anything else. */
export function imageFormat(bytes: Uint8Array): ImageInfo['format'] | null {
  if (startsWith(bytes, PNG)) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if ((bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 42 && bytes[3] === 0) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0 && bytes[3] === 42)) return 'tiff';
  return null;
}

const plausible = (dpi: number) => (dpi >= 50 && dpi <= 2400 ? Math.round(dpi) : null);
const damaged = () => new ImportError('UNREADABLE', 'Bildfilen kunde inte läsas (den verkar skadad).');

function png(bytes: Uint8Array, view: DataView): ImageInfo {
  if (bytes.length < 33) throw damaged();
  const info: ImageInfo = { format: 'png', width: view.getUint32(16), height: view.getUint32(20), dpi: null, pages: 1 };
  // pHYs: pixels per unit, unit 1 = metre.
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'pHYs' && at + 17 <= bytes.length && bytes[at + 16] === 1) info.dpi = plausible(view.getUint32(at + 8) * 0.0254);
    if (type === 'IDAT' || type === 'IEND') break;
    at += 12 + length;
  }
  return info;
}

function jpeg(bytes: Uint8Array, view: DataView): ImageInfo {
  let dpi: number | null = null;
  for (let at = 2; at + 4 <= bytes.length; ) {
    if (bytes[at] !== 0xff) throw damaged();
    const marker = bytes[at + 1];
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01 || marker === 0xff) {
      at += marker === 0xff ? 1 : 2;
      continue;
    }
    const length = view.getUint16(at + 2);
    // JFIF APP0: density units 1 = per inch, 2 = per cm.
    if (marker === 0xe0 && at + 18 <= bytes.length && String.fromCharCode(...bytes.subarray(at + 4, at + 9)) === 'JFIF\0') {
      const units = bytes[at + 11];
      const x = view.getUint16(at + 12);
      if (units === 1) dpi = plausible(x);
      else if (units === 2) dpi = plausible(x * 2.54);
    }
    // Start of frame (baseline, progressive …): height, then width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (at + 9 > bytes.length) throw damaged();
      return { format: 'jpeg', height: view.getUint16(at + 5), width: view.getUint16(at + 7), dpi, pages: 1 };
    }
    at += 2 + length;
  }
  throw damaged();
}

function tiff(bytes: Uint8Array, view: DataView): ImageInfo {
  const little = bytes[0] === 0x49;
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  let ifd = u32(4);
  let width = 0;
  let height = 0;
  let dpi: number | null = null;
  let pages = 0;
  const seen = new Set<number>();
  while (ifd !== 0 && pages < 10_000) {
    if (seen.has(ifd) || ifd + 2 > bytes.length) throw damaged();
    seen.add(ifd);
    const count = u16(ifd);
    if (ifd + 2 + count * 12 + 4 > bytes.length) throw damaged();
    if (pages === 0) {
      let unit = 2;
      let resolution = 0;
      for (let i = 0; i < count; i++) {
        const e = ifd + 2 + i * 12;
        const tag = u16(e);
        const type = u16(e + 2);
        const value = type === 3 ? u16(e + 8) : u32(e + 8);
        if (tag === 256) width = value;
        else if (tag === 257) height = value;
        else if (tag === 296) unit = value;
        else if (tag === 282 && type === 5 && value + 8 <= bytes.length) resolution = u32(value) / Math.max(1, u32(value + 4));
      }
      if (resolution) dpi = plausible(unit === 3 ? resolution * 2.54 : resolution);
    }
    pages++;
    ifd = u32(ifd + 2 + count * 12);
  }
  return { format: 'tiff', width, height, dpi, pages };
}

/**
 * The header facts of a PNG, JPEG or TIFF scan.
 * @example imageInfo(pngBytes) // { format: 'png', width: 1240, height: 1754, dpi: 150, pages: 1 }
 */
export function imageInfo(bytes: Uint8Array): ImageInfo {
  const format = imageFormat(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    if (format === 'png') return png(bytes, view);
    if (format === 'jpeg') return jpeg(bytes, view);
    if (format === 'tiff') return tiff(bytes, view);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw damaged();
  }
  throw new ImportError('UNSUPPORTED_TYPE', 'Bildformatet stöds inte. Importera PNG, JPEG eller TIFF.');
}
