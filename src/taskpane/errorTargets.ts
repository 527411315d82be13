/**
 * The schema's error lines ("Parter › rad 2 › namn: får inte vara tomt") in the form's own words ("Part 2 ›
 * namn: …") with the label of the field they are about, so the error summary can link to it.
 */
export interface ErrorTarget {
  /** The message as the form words it. */
  text: string;
  /** The label of the input to focus (exactly as the form labels it), or null when no one field is meant. */
  label: string | null;
}

type Rule = [RegExp, (m: RegExpExecArray) => { where: string; label: string | null }];

const PARTY_FIELDS: Record<string, string> = { namn: 'Namn', organisationsnummer: 'Organisationsnummer', sektor: 'Sektor', enhet: 'Enhet eller nämnd' };
const ITEM_FIELDS: Record<string, string> = { part: 'Part', benämning: 'Benämning', 'belopp per år': 'Belopp per år (kr)' };

const RULES: Rule[] = [
  [/^Parter › rad (\d+) › (namn|organisationsnummer|sektor|enhet)/i, (m) => ({ where: `Part ${m[1]} › ${m[2].toLowerCase()}`, label: `${PARTY_FIELDS[m[2].toLowerCase()]}, part ${m[1]}` })],
  [/^Parter › rad (\d+)/, (m) => ({ where: `Part ${m[1]}`, label: `Namn, part ${m[1]}` })],
  [/^Kostnadsposter › rad (\d+) › (part|benämning|belopp per år)/, (m) => ({ where: `Kostnadspost ${m[1]} › ${m[2]}`, label: `${ITEM_FIELDS[m[2]]}, post ${m[1]}` })],
  [/^Kostnadsposter › rad (\d+)(?: › [^:]+)?/, (m) => ({ where: `Kostnadspost ${m[1]}`, label: `Benämning, post ${m[1]}` })],
  [/^Bidrag › rad (\d+) › (part|belopp per år)/, (m) => ({ where: `Bidrag ${m[1]} › ${m[2]}`, label: `${ITEM_FIELDS[m[2]]}, bidrag ${m[1]}` })],
  [/^Bidrag › rad (\d+)/, (m) => ({ where: `Bidrag ${m[1]}`, label: `Belopp per år (kr), bidrag ${m[1]}` })],
  [/^Giltighet › start/, () => ({ where: 'Gäller från och med', label: 'Gäller från och med' })],
  [/^Giltighet › slut/, () => ({ where: 'Gäller till och med', label: 'Gäller till och med' })],
  [/^Giltighet › förlängning › år/, () => ({ where: 'Förlängning, år per gång', label: 'Förlängning, år per gång' })],
  [/^Giltighet › förlängning › gånger/, () => ({ where: 'Antal möjliga förlängningar', label: 'Antal möjliga förlängningar' })],
  [/^Giltighet › förlängt till/, () => ({ where: 'Beslutad förlängning till och med', label: 'Beslutad förlängning till och med' })],
  [/^Indexering › sats/, () => ({ where: 'Uppräkning per år', label: 'Uppräkning per år (%)' })],
  [/^Indexering › basår/, () => ({ where: 'Basår för uppräkningen', label: 'Basår för uppräkningen' })],
  [/^Indexering/, () => ({ where: 'Indexering', label: null })],
  [/^Totalt per år/, () => ({ where: 'Totalt per år enligt avtalet', label: 'Totalt per år enligt avtalet (kr)' })],
  [/^Platser/, () => ({ where: 'Antal platser', label: 'Antal platser' })],
  [/^Målgrupp/, () => ({ where: 'Målgrupp', label: 'Målgrupp' })],
  [/^Syfte/, () => ({ where: 'Syfte', label: 'Syfte' })],
  [/^Namn(?= ?:)/, () => ({ where: 'Överenskommelsens namn', label: 'Överenskommelsens namn' })],
];

export function errorTarget(message: string): ErrorTarget {
  for (const [pattern, to] of RULES) {
    const m = pattern.exec(message);
    if (!m) continue;
    const { where, label } = to(m);
    const rest = message.slice(m[0].length).replace(/^(?: › [^:]+)?:\s*/, '');
    return { text: `${where}: ${rest}`, label };
  }
  return { text: message, label: null };
}

/**
 * Focuses the input labelled `label` inside `container`, opening a closed <details> around it first.
 * Returns false when the form has no such field (the summary then stays where it is).
 */
export function focusField(container: HTMLElement | null, label: string): boolean {
  if (!container) return false;
  const match = Array.from(container.querySelectorAll('label')).find((l) => (l.textContent ?? '').replace(/\s*\*$/, '').trim() === label);
  const input = match?.htmlFor ? container.ownerDocument.getElementById(match.htmlFor) : null;
  if (!input) return false;
  for (let el: HTMLElement | null = input; el && el !== container; el = el.parentElement) {
    if (el instanceof HTMLDetailsElement) el.open = true;
  }
  input.focus();
  input.scrollIntoView?.({ block: 'center' });
  return true;
}
