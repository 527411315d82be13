import type { Agreement } from '../domain/agreement';
import { addMonths } from '../domain/followUp';
import { effectiveEnd, plannableEnd } from '../domain/validity';
import { tableColumn } from './calculation';
import { TABLES } from './names';
import { DATE_FORMAT, INTEGER_FORMAT, PlanCell, SheetPlan, formula, formulaString, num, text } from './plan';
import { effectiveEndFormula, isoToSerial } from './status';

/**
 * Sheet "Förlängningar": every agreement of the committee with its end (a decided extension's, else the base period's), the day the decision on extending it
 * is due (the end minus the months the agreement gives for deciding, else its notice period) and whether it
 * ends within the watched number of months (cell B3, the user's to change) of the status date. Formulas over
 * IOP_Avtal, so a changed end or notice period shows at once; the values written beside them are the
 * domain core's (src/domain/followUp.ts).
 */
export const WATCH_SHEET = 'Förlängningar';
export const WATCH_COLUMNS = ['Avtal', 'Slut', 'Månader före slut', 'Beslut senast', 'Kan förlängas till', 'Bevakas', 'Avtals-id', 'Rad'] as const;
export const DEFAULT_WATCH_MONTHS = 12;
const HEADER_ROW = 4;

export function buildWatchSheet(
  agreements: readonly Agreement[],
  keys: readonly string[],
  positions: ReadonlyMap<string, number>,
  statusDate: string,
  months = DEFAULT_WATCH_MONTHS,
): SheetPlan {
  const rows = agreements.map((a, i) => ({ a, key: keys[i], due: decisionDue(a) }));
  // Soonest decision first; agreements without an end last, by name.
  rows.sort((x, y) => (x.due ?? '9999').localeCompare(y.due ?? '9999') || x.a.name.localeCompare(y.a.name, 'sv'));
  const horizon = addMonths(statusDate, months);
  const cells: (PlanCell | null)[][] = [
    [text('Förlängningsbevakning', { bold: true })],
    [text('Statusdatum'), num(isoToSerial(statusDate), DATE_FORMAT)],
    [text('Bevaka månader'), num(months, INTEGER_FORMAT), text('Avtal vars period slutar inom så många månader från statusdatum markeras "Ja". Beslut senast = slut minus avtalets tid för beslut om förlängning (annars uppsägningstiden).')],
    [],
    WATCH_COLUMNS.map((h) => text(h, { bold: true })),
  ];
  rows.forEach(({ a, key, due }, i) => {
    const r = HEADER_ROW + 2 + i;
    const at = (column: string) => `INDEX(${tableColumn(TABLES.agreements, column)},$H${r})`;
    const end = effectiveEnd(a.validity);
    const monthsBefore = a.followUp?.extensionDecisionMonths ?? a.validity.noticeMonths ?? 0;
    const last = a.validity.extension && a.validity.extension.years > 0 ? plannableEnd(a.validity) : null;
    const watched = !!end && end >= statusDate && end <= horizon;
    cells.push([
      formula(`=${at('Namn')}&""`, a.name),
      formula(`=IF(ISNUMBER(${at('Slut')}),${effectiveEndFormula(at)},"")`, end ? isoToSerial(end) : '', DATE_FORMAT),
      formula(`=IF(ISNUMBER(${at('Förlängningsbeslut mån')}),${at('Förlängningsbeslut mån')},N(${at('Uppsägningstid mån')}))`, monthsBefore, INTEGER_FORMAT),
      formula(`=IF(ISNUMBER(B${r}),EDATE(B${r},-C${r}),"")`, due ? isoToSerial(due) : '', DATE_FORMAT),
      // IOP_Avtal's own column (lastPossibleEnd: every planned extension, or a decided one beyond them).
      formula(`=IF(AND(ISNUMBER(${at('Slut')}),N(${at('Förlängning år')})>0),${at('Till med förlängningar')},"")`, last ? isoToSerial(last) : '', DATE_FORMAT),
      formula(`=IF(AND(ISNUMBER(B${r}),B${r}>=$B$2,B${r}<=EDATE($B$2,$B$3)),"Ja","")`, watched ? 'Ja' : ''),
      text(key),
      formula(`=MATCH(${formulaString(key)},${tableColumn(TABLES.agreements, 'Avtals-id')},0)`, positions.get(key) ?? i + 1, INTEGER_FORMAT),
    ]);
  });
  return { name: WATCH_SHEET, cells, tables: [], columnWidths: [34, 12, 10, 13, 16, 9, 26, 6], frozenRows: HEADER_ROW + 1 };
}

/** The decided end minus the months for deciding; null without an end. */
function decisionDue(a: Agreement): string | null {
  const end = effectiveEnd(a.validity);
  if (!end) return null;
  return addMonths(end, -(a.followUp?.extensionDecisionMonths ?? a.validity.noticeMonths ?? 0));
}
