import type { Sector } from '../../domain/agreement';
import type { SourceDoc } from '../text/source';

/**
 * A consortium's role words: "huvudman" (the lead non-profit: "Huvudman för de idéburna parterna", "huvudman för
 * konsortiet") and "medpart". They say how the civil parties share the work, not a party's sector (never a name).
 */
export const CONSORTIUM_ROLE = String.raw`(?:huvudman(?:nen)?|medpart(?:en|er|erna)?)(?:\s+för\s+(?:\p{L}+\s+){0,3}?\p{L}+)?(?!\p{L})`;

/**
 * A party table's role column: "Offentlig part", "Idéburen part", "Den idéburna parten", "Idéburen organisation",
 * "Part 1". A role names the kind of party, never the party: it is no part of any name. Public and civil roles say
 * the party's sector; a numbered "Part 1" says nothing.
 */
const ROLE = new RegExp(
  String.raw`(?<!\p{L})(?:den\s+)?(?:(?<public>offentlig|kommunal|regional)|(?<civil>idéburen|idéburna|ideell|ideella|civilsamhällets))(?:a|t)?\s+(?:part|aktör|organisation|sektor)(?:en|er|erna)?(?:\s+(?:\d|[A-C]))?(?!\p{L})|(?<!\p{L})(?:avtals)?part\s+(?:\d|[A-C])(?![\p{L}\d])|(?<!\p{L})${CONSORTIUM_ROLE}`,
  'iu',
);
/** A role alone, perhaps a list item, perhaps with a form's instruction in parentheses: "Idéburen part (föreningens namn enligt stadgar)", "- medpart". */
const ROLE_LINE = new RegExp(`^\\s*(?:[-–•*]\\s+)?(?:${ROLE.source})(?:\\s*\\([^()\\n]{0,60}\\))?\\s*:?\\s*$`, 'iu');
/** A consortium role closing a party's line after its number: "Föreningen X, org.nr 802…, huvudman", "… 802… (medpart)". */
const ROLE_AFTER_NUMBER = new RegExp(`(?<=\\d{6}\\s?[-–]?\\s?\\d{4})\\s*(?:[,;]\\s*|[ \\t]+[–-][ \\t]+|[ \\t]*(?=\\())\\(?(?:${CONSORTIUM_ROLE})\\)?[ \\t]*[.,;]?[ \\t]*$`, 'iu');
/** A role that opens a line before the party's name or number: "Idéburen part Org.nr …", "Offentlig part: Region X". */
const ROLE_START = new RegExp(`^\\s*(?:${ROLE.source})(?:\\s*[:–-]\\s*|\\s+(?:är\\s+)?)`, 'iu');
/** What a role at a line's start must be followed by: a capitalised name or the number's label (case matters). */
const NAME_NEXT = /^(?:\p{Lu}|[Oo]rg)/u;

/**
 * Address and contact lines in a party table ("Box 654, 831 27 Östersund", "Storgatan 10", "Tel 0611-…", "Företrädd
 * av …"): they describe the party above, and a name never starts with them.
 */
const STREET = String.raw`\p{Lu}\p{Ll}+(?:gatan|vägen|gränd|torget|platsen|backen|allén|stigen|leden|plan)\s+\d`;
const ADDRESS_LINE = new RegExp(
  String.raw`^\s*[,;]?\s*(?:(?:[Bb]ox|BOX|[Pp]ostadress|[Bb]esöksadress|[Aa]dress|[Tt]el(?:efon)?|[Ee]-?post|[Ww]ebbplats|[Hh]emsida|[Kk]ontaktperson|[Ff]öreträdd\s+av|[Ff]irmatecknare)(?!\p{L})|\d{3}\s?\d{2}\s+\p{Lu}\p{Ll}|${STREET})`,
  'u',
);
/** An org number: a line that holds one is never blanked as an address. */
const HAS_NUMBER = /(?<!\d)\d{6}\s?[-–]?\s?\d{4}(?!\d)/;
/** What follows a party's org number on its own line: ", Box 33, 872 21 Kramfors". */
const ADDRESS_AFTER_NUMBER = new RegExp(String.raw`(?<=\d{6}\s?[-–]?\s?\d{4})\s*[,;]\s*(?:[Bb]ox\s+\d|\d{3}\s?\d{2}\s+\p{Lu}|${STREET}).*$`, 'u');

export interface Role {
  /** Offsets in the document of the role label. */
  start: number;
  end: number;
  sector: Sector | null;
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

function sectorOfRole(m: RegExpExecArray): Sector | null {
  return m.groups?.public ? 'public' : m.groups?.civil ? 'civil' : null;
}

/**
 * The prose of a party list with its role labels and address lines blanked (same length, same offsets), and where
 * the roles stood. Works on the document's lines (a PDF puts a table's role cell on a line of its own, between the
 * lines of the name beside it) and on table cells (a Word table's "Idéburen part<tab>Föreningen X").
 * @example withoutRoles(buildSource('Parter\nRegion Kronoberg\nOffentlig part\nOrg.nr 232100-0065'), 0, 60).region
 *   // 'Parter Region Kronoberg                Org.nr 232100-0065' (the prose, the role blanked)
 */
export function withoutRoles(doc: SourceDoc, from: number, to: number): { region: string; roles: Role[] } {
  const chars = doc.prose.slice(from, to).split('');
  const roles: Role[] = [];
  const put = (at: number, text: string) => {
    for (let i = 0; i < text.length; i++) if (text[i] !== '\n') chars[at - from + i] = ' ';
  };
  for (const line of doc.lines) {
    if (line.end <= from || line.start >= to || line.blank) continue;
    if (line.cells) {
      // Cells of a table row: a role cell is blanked whole; an address cell too.
      let at = line.start;
      for (const cell of line.text.split('\t')) {
        const m = ROLE.exec(cell);
        if (m && ROLE_LINE.test(cell)) {
          roles.push({ start: at, end: at + cell.length, sector: sectorOfRole(m) });
          put(at, cell);
        } else if (ADDRESS_LINE.test(cell) && !HAS_NUMBER.test(cell)) put(at, cell);
        at += cell.length + 1;
      }
      continue;
    }
    const m = ROLE.exec(line.text);
    if (m && ROLE_LINE.test(line.text)) {
      roles.push({ start: line.start, end: line.end, sector: sectorOfRole(m) });
      put(line.start, blank(line.text));
      continue;
    }
    const lead = m ? ROLE_START.exec(line.text) : null;
    if (m && lead && NAME_NEXT.test(line.text.slice(lead[0].length))) {
      roles.push({ start: line.start, end: line.start + lead[0].length, sector: sectorOfRole(m) });
      put(line.start, lead[0]);
      continue;
    }
    if (ADDRESS_LINE.test(line.text) && !HAS_NUMBER.test(line.text)) put(line.start, line.text);
    const role = ROLE_AFTER_NUMBER.exec(line.text);
    if (role) {
      roles.push({ start: line.start + role.index, end: line.end, sector: null });
      put(line.start + role.index, role[0]);
    }
    const tail = ADDRESS_AFTER_NUMBER.exec(line.text);
    // Only an address that ends the line: another party's number after it means the line goes on with that party.
    if (tail && !HAS_NUMBER.test(tail[0])) put(line.start + tail.index, tail[0]);
  }
  return { region: chars.join(''), roles };
}

/**
 * The role that belongs to a party whose name and number stand between two offsets: one role inside that stretch, or
 * one right after the number on the same line. Two roles there, or none, say nothing.
 */
export function roleOf(roles: Role[], start: number, end: number, lineEnd: number): Role | null {
  const inside = roles.filter((r) => r.start >= start && r.end <= end);
  if (inside.length === 1) return inside[0];
  if (inside.length > 1) return null;
  const after = roles.filter((r) => r.start >= end && r.start < lineEnd);
  return after.length === 1 ? after[0] : null;
}

/**
 * The sector a form's role label states, when the cell is a role alone ("Offentlig part", "Idéburen part (föreningens
 * namn enligt stadgar)", "Part 2:"): `null` for a numbered part, `undefined` when the cell is no role.
 * @example roleLabel('Idéburen part (föreningens namn)') // 'civil'
 */
export function roleLabel(cell: string): Sector | null | undefined {
  const m = ROLE.exec(cell);
  return m && ROLE_LINE.test(cell) ? sectorOfRole(m) : undefined;
}
