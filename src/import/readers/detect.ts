import { IMAGE_EXTENSIONS, imageFormat } from '../ocr/images';
import { ImportError } from '../result';
import { OLE_MAGIC, hasEncryptedPackage, startsWith } from './bytes';

/** `image`: a scan (PNG, JPEG, TIFF), read only by OCR. */
export type FileType = 'docx' | 'pdf' | 'text' | 'image';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];

/** Decides the reader by content first (magic bytes) and by the file name's extension second. */
export function detectType(fileName: string, bytes: Uint8Array): FileType {
  const ext = (/\.([a-z0-9]+)$/i.exec(fileName)?.[1] ?? '').toLowerCase();
  if (startsWith(bytes, PDF)) return 'pdf';
  if (imageFormat(bytes)) return 'image';
  if (startsWith(bytes, OLE_MAGIC)) {
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
  if (IMAGE_EXTENSIONS.includes(ext)) throw new ImportError('UNSUPPORTED_TYPE', `Filen heter .${ext} men innehållet är inte en PNG-, JPEG- eller TIFF-bild.`);
  if (['txt', 'md', 'markdown', 'text', ''].includes(ext)) return 'text';
  throw new ImportError('UNSUPPORTED_TYPE', `Filtypen .${ext} stöds inte. Importera .docx, .pdf, .txt eller .md.`);
}

const SAMPLE = 8192;

const SAVE_AS = 'Spara den som UTF-8 (i Anteckningar: Spara som › Kodning UTF-8) och försök igen.';

function refuse(message: string): never {
  throw new ImportError('UNSUPPORTED_TYPE', message);
}

/** Decodes all of `bytes` as `encoding`, or refuses the file as that encoding, damaged. */
function decodeAs(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', label: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return refuse(`Filen är märkt som ${label} men innehåller byte som inte är giltig ${label}; den kan vara skadad. ${SAVE_AS}`);
  }
}

/**
 * Where a text without a byte-order mark has its zero bytes: UTF-16 of Latin text has one in nearly every
 * second byte (the high byte of "a", "å", "Ö"), UTF-32 three in every four; anything else with zeros is binary.
 */
function zeroPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-32' | 'binary' | 'none' {
  const n = Math.min(bytes.length, SAMPLE) & ~3;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros[i & 3]++;
  const total = zeros[0] + zeros[1] + zeros[2] + zeros[3];
  if (total === 0 && !bytes.subarray(0, SAMPLE).includes(0)) return 'none';
  const quarter = n / 4;
  const most = (k: number) => k >= quarter * 0.9;
  if (n >= 8 && ((most(zeros[1]) && most(zeros[2]) && most(zeros[3])) || (most(zeros[0]) && most(zeros[1]) && most(zeros[2])))) return 'utf-32';
  if (n >= 4 && most(zeros[1]) && most(zeros[3]) && zeros[0] + zeros[2] < quarter * 0.1) return 'utf-16le';
  if (n >= 4 && most(zeros[0]) && most(zeros[2]) && zeros[1] + zeros[3] < quarter * 0.1) return 'utf-16be';
  return 'binary';
}

/**
 * Control characters that no text file holds (C0 except tab, line feed, form feed and carriage return; DEL; and
 * the five bytes Windows-1252 leaves undefined): more than a few in a hundred is binary content, not text.
 */
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\u0081\u008d\u008f\u0090\u009d]/g;

function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  return (sample.match(NOT_TEXT)?.length ?? 0) > Math.max(8, sample.length * 0.02);
}

/**
 * Windows-1252's characters for the bytes 0x80–0x9F (the rest is Latin-1), by the WHATWG Encoding Standard's
 * table. Decoded by hand because Node 20's TextDecoder("windows-1252") decodes Latin-1 (0x96 becomes U+0096, not
 * "–"), while browsers use this table: the CLI and the pane must read the same text.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** @example windows1252(new Uint8Array([0x96, 0xe5])) // "–å" */
export function windows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += 8192) {
    const chunk = bytes.subarray(at, at + 8192);
    parts.push(String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b))));
  }
  return parts.join('');
}

const BINARY = 'Filen är inte en textfil: innehållet är binärt och har ingen teckenkodning som känns igen (UTF-8, UTF-16 eller Windows-1252).';

/**
 * A text file's characters, whatever Windows, a Mac or an editor saved it as: UTF-8 with or without a byte-order
 * mark, UTF-16 little- or big-endian with one (Notepad's "Unicode" and "Unicode big endian") or without one
 * (told by where its zero bytes fall), else Windows-1252 as older Swedish Windows files are. UTF-32 and content
 * that is no text in any of these are refused with a message that names the problem.
 * @example decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe5, 0x00])) // "Aå"
 */
export function decodeText(bytes: Uint8Array): string {
  // UTF-32's marks first: the little-endian one begins with UTF-16's.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    refuse(`Filen är sparad som UTF-32, som inte läses. ${SAVE_AS}`);
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeAs(bytes.subarray(3), 'utf-8', 'UTF-8');
  if (startsWith(bytes, [0xff, 0xfe])) return decodeAs(bytes.subarray(2), 'utf-16le', 'UTF-16');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeAs(bytes.subarray(2), 'utf-16be', 'UTF-16');
  const zeros = zeroPattern(bytes);
  if (zeros === 'utf-32') refuse(`Filen verkar vara sparad som UTF-32 (utan byteordningsmärke), som inte läses. ${SAVE_AS}`);
  if (zeros === 'utf-16le' || zeros === 'utf-16be') {
    if (bytes.length % 2 !== 0) refuse(`Filen verkar vara UTF-16 men har ett udda antal byte; den kan vara avkortad. ${SAVE_AS}`);
    return decodeAs(bytes, zeros, 'UTF-16');
  }
  if (zeros === 'binary') refuse(BINARY);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = windows1252(bytes);
  }
  if (looksBinary(text)) refuse(BINARY);
  return text;
}
