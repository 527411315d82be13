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
