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
