import type { Provenance } from '../result';
import { provenance } from './field';
import type { SourceDoc } from '../text/source';

const MONTH = '(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)';

/**
 * The year a committee's overview describes: the partnerships it lists are those in force then. Read, in this
 * order, from a sentence that counts the committee's partnerships at a time ("finns i februari 2021 fem IOP",
 * "hade under 2024 sju partnerskap", "per den 31 december 2024 finns … överenskommelser"), else from a heading or
 * title that names the year followed up ("Sammanfattning och återrapport 2021", "Uppföljning av IOP 2024",
 * "Översikt 2025"). Null when the document names neither: then nothing is inferred.
 */
export function overviewYear(doc: SourceDoc): { year: number; provenance: Provenance } | null {
  const when = `(?:i\\s+${MONTH}|under(?:\\s+år)?|per\\s+(?:den\\s+)?\\d{1,2}\\s+${MONTH}|vid\\s+utgången\\s+av|i\\s+slutet\\s+av|år)\\s+((?:19|20)\\d{2})`;
  const counting = new RegExp(`\\b(?:finns|fanns|har|hade|ingår|ingick|pågår|pågick)\\b[^.!?\\n]{0,60}?\\b${when}\\b[^.!?\\n]{0,80}?(?:IOP|partnerskap|överenskommelser)`, 'i');
  const countingBefore = new RegExp(`(?:IOP|partnerskap|överenskommelser)[^.!?\\n]{0,80}?\\b${when}\\b`, 'i');
  for (const re of [counting, countingBefore]) {
    const m = re.exec(doc.prose);
    if (m) return { year: Number(m[1]), provenance: provenance('validity.inForceYear', doc.text, m.index, m.index + m[0].length) };
  }
  const heading = /^\s*#*\s*(?:sammanfattning och återrapport|återrapport(?:ering)?|uppföljning(?: av)?[^\n]{0,80}?|översikt[^\n]{0,60}?|redovisning(?: av)?[^\n]{0,60}?)\s+((?:19|20)\d{2})\s*$/im;
  const h = heading.exec(doc.text);
  if (h) return { year: Number(h[1]), provenance: provenance('validity.inForceYear', doc.text, h.index, h.index + h[0].length) };
  return null;
}
