import { invalidArgument } from './errors';
import { LIMITS } from './limits';

/**
 * Excel's rules for names, from Microsoft's support articles "Rename a worksheet" and "Names in formulas" /
 * "Rename an Excel table": a sheet name is 1–31 characters, not blank, without : \ / ? * [ ], does not begin or
 * end with an apostrophe and is not "History" (reserved). A table or defined name begins with a letter, an
 * underscore or a backslash, continues with letters, digits, periods and underscores (no spaces), is at most 255
 * characters and may not look like a cell reference ("A1", "R1C1", "R", "C"). Names are unique without regard
 * to case; tables and defined names share one namespace in the workbook.
 */
export function checkSheetName(name: string): void {
  if (typeof name !== 'string' || name.trim() === '') throw invalidArgument('Ett bladnamn får inte vara tomt.');
  if (name.length > LIMITS.sheetNameCharacters) throw invalidArgument(`Bladnamnet "${name}" är längre än ${LIMITS.sheetNameCharacters} tecken.`);
  if (/[:\\/?*[\]]/.test(name)) throw invalidArgument(`Bladnamnet "${name}" innehåller något av tecknen : \\ / ? * [ ].`);
  if (name.startsWith("'") || name.endsWith("'")) throw invalidArgument(`Bladnamnet "${name}" får inte börja eller sluta med apostrof.`);
  if (name.toLowerCase() === 'history') throw invalidArgument('Bladnamnet "History" är reserverat av Excel.');
}

/** True for text Excel would read as a cell reference in A1 or R1C1 form. */
export function looksLikeCellReference(name: string): boolean {
  const a1 = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(name);
  if (a1) {
    const column = a1[1].toUpperCase().split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(a1[2]);
    if (column <= LIMITS.columns && row >= 1 && row <= LIMITS.rows) return true;
  }
  return /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]\d+$/.test(name);
}

export function checkName(name: string, what: 'Tabellnamnet' | 'Namnet'): void {
  if (typeof name !== 'string' || name === '') throw invalidArgument(`${what} får inte vara tomt.`);
  if (name.length > LIMITS.nameCharacters) throw invalidArgument(`${what} "${name}" är längre än ${LIMITS.nameCharacters} tecken.`);
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) {
    throw invalidArgument(`${what} "${name}" måste börja med en bokstav, _ eller \\ och får bara innehålla bokstäver, siffror, punkt och _ (inga mellanslag).`);
  }
  if (looksLikeCellReference(name)) throw invalidArgument(`${what} "${name}" ser ut som en cellreferens.`);
}
