/** Byte helpers shared by the document readers and the workbook reader (pure: browser and Node). */

export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * "EncryptedPackage" in UTF-16LE within the first 4 MB: the stream name of a password-protected Office file
 * (Word or Excel) inside its OLE container.
 */
export function hasEncryptedPackage(bytes: Uint8Array): boolean {
  const needle = 'EncryptedPackage';
  const limit = Math.min(bytes.length, 4 * 1024 * 1024);
  outer: for (let i = 0; i + needle.length * 2 <= limit; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (bytes[i + j * 2] !== needle.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * The first part name a zip archive's central directory holds twice (compared as OPC compares part names, without
 * regard to case), or null. A zip reader keeps one of the two silently (JSZip the last), so two programs could
 * show two different documents from one file: such a file is refused. Null also when the directory cannot be
 * walked (the zip reader then judges the damage).
 * @example duplicateZipEntry(zipOf([['word/document.xml', a], ['word/document.xml', b]])) // "word/document.xml"
 */
export function duplicateZipEntry(bytes: Uint8Array): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const seen = new Set<string>();
  const decoder = new TextDecoder('utf-8');
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(at + 28, true);
    const rest = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return null;
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const key = name.replace(/^\/+/, '').toLowerCase();
    if (seen.has(key)) return name;
    seen.add(key);
    at += 46 + rest;
  }
  return null;
}
