import { ImportError } from '../result';

export type FileType = 'docx' | 'pdf' | 'text';

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "EncryptedPackage" in UTF-16LE: the stream name of a password-protected Office file inside its OLE container. */
function hasEncryptedPackage(bytes: Uint8Array): boolean {
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

/** Decides the reader by content first (magic bytes) and by the file name's extension second. */
export function detectType(fileName: string, bytes: Uint8Array): FileType {
  const ext = (/\.([a-z0-9]+)$/i.exec(fileName)?.[1] ?? '').toLowerCase();
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, OLE)) {
    if (hasEncryptedPackage(bytes)) throw new ImportError('ENCRYPTED', 'Word-filen är lösenordsskyddad. Ta bort skyddet och försök igen.');
    throw new ImportError('UNSUPPORTED_TYPE', 'Äldre Word-format (.doc) stöds inte. Spara dokumentet som .docx eller PDF.');
  }
  if (startsWith(bytes, ZIP)) {
    if (ext && ext !== 'docx' && ext !== 'docm') {
      throw new ImportError('UNSUPPORTED_TYPE', `Filtypen .${ext} stöds inte. Importera .docx, .pdf, .txt eller .md.`);
    }
    return 'docx';
  }
  if (ext === 'docx' || ext === 'pdf') {
    throw new ImportError('UNREADABLE', `Filen heter .${ext} men innehållet är inte en ${ext === 'pdf' ? 'PDF' : 'Word-fil'}.`);
  }
  if (['txt', 'md', 'markdown', 'text', ''].includes(ext)) return 'text';
  throw new ImportError('UNSUPPORTED_TYPE', `Filtypen .${ext} stöds inte. Importera .docx, .pdf, .txt eller .md.`);
}

/** Text files in UTF-8 (with or without BOM), else Windows-1252 as older Swedish Windows files are. */
export function decodeText(bytes: Uint8Array): string {
  for (let i = 0; i < Math.min(bytes.length, 8192); i++) {
    if (bytes[i] === 0) {
      throw new ImportError('UNSUPPORTED_TYPE', 'Filen är inte en textfil (binärt innehåll).');
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
