import { ImportError, type DocumentKind } from './result';
import { findAmounts } from './fields/amounts';
import { findOverviewTable, OverviewTable } from './fields/overview';
import { SourceDoc } from './text/source';

const IOP = /\bIOP\b|idéburet offentligt partnerskap|idéburna offentliga partnerskap|partnerskap|överenskommelse/i;
const DECISION = /förslag till (?:\p{L}+\s+)?beslut|beslutsunderlag|tjänsteskrivelse|^\s*ärende\s*$/imu;
const AGREEMENT = /tecknar|parterna|org(?:anisations)?\.?\s*-?\s*n(?:umme)?r|giltighet|gäller från och med/i;

export interface Kind {
  kind: DocumentKind;
  overview: OverviewTable | null;
}

/** Overview (a table of agreements), decision memo (proposal for a committee decision) or the agreement itself. */
export function detectKind(doc: SourceDoc): Kind {
  if (!IOP.test(doc.text)) {
    throw new ImportError('NOT_IOP', 'Dokumentet verkar inte vara en IOP-överenskommelse, ett beslutsunderlag eller en översikt över IOP.');
  }
  const overview = findOverviewTable(doc);
  if (overview && overview.rows.length >= 2) return { kind: 'overview', overview };
  const head = doc.text.slice(0, 5000);
  if (DECISION.test(head) && !/tecknar härmed/i.test(head)) return { kind: 'decision', overview: null };
  if (AGREEMENT.test(doc.text) || findAmounts(doc.text).length > 0) return { kind: 'agreement', overview: null };
  throw new ImportError('NOT_IOP', 'Dokumentet nämner partnerskap men saknar parter, belopp och giltighet; det kan inte läsas som en IOP.');
}
