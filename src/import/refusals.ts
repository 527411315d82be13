import type { ImportResult } from './result';
import { ownPaperworkNotAgreement, publicOnly, rulesNotAgreement } from './kind';
import { intentNotAgreement, statesNoEconomicCommitment } from './intent';
import type { SourceDoc } from './text/source';

/**
 * The families of documents refused as no IOP once their agreements were read (an overview is never refused here),
 * in one list, tried in order (among them the non-profit's own paperwork: an application, its own plan or budget); the first that holds gives the plain message of the NOT_IOP error. The families
 * refused from the text alone, before anything is read (no IOP words; IOP named only as not chosen, not decided or
 * denied; a grant under a committee's rules; a procurement contract; another instrument), are kind.ts's notAnIop.
 */
type Agreement = ImportResult['agreements'][number];

/**
 * An agreement with no civil party and no money read at all. An amount the rules could not attribute is still money:
 * such a document is an agreement read badly, which the official must see with its warnings, not a refusal.
 */
function withoutCounterpartOrMoney(a: Agreement): boolean {
  return !a.parties.some((p) => p.sector === 'civil') && a.contributions.length === 0 && a.costItems.length === 0 && a.annualTotal === null;
}
/** Any word of money: an amount, or a table's unit ("tkr" in a header over bare figures). */
const MONEY = /(?<!\p{L})(?:kr|kronor|tkr|kkr|sek|ksek|mnkr|msek|mkr|miljon(?:er)?)(?!\p{L})/iu;
/** The civil sector as a whole as the counterpart: "den idéburna sektorn", "civilsamhället", "föreningslivet". */
const WHOLE_SECTOR = /(?<!\p{L})(?:(?:idéburna|ideella|civila)\s+sektorn|civilsamhället|det\s+civila\s+samhället|föreningslivet)(?!\p{L})/iu;

/**
 * An agreement on principles for cooperation ("partnerskapsöverenskommelse", "samverkansöverenskommelse", a "lokal
 * överenskommelse" (LÖK) between a kommun and the civil sector as a whole) is no IOP agreement: either it has no civil
 * party and no money at all — neither read nor written — or it says of itself that it carries no economic
 * commitments for anyone (intent.ts statesNoEconomicCommitment), has the whole civil sector for its counterpart and no
 * civil party with an org number. Amounts it mentions then are others' (the kommun's grant budget beside it). A real
 * IOP that "innebär inga ytterligare ekonomiska åtaganden utöver …" limits the statement and is never refused here.
 * @example principlesOnly(buildSource('Lokal överenskommelse mellan X kommun och den idéburna sektorn … innehåller inga ekonomiska åtaganden …'), agreements) // true
 */
function principlesOnly(doc: SourceDoc, agreements: Agreement[]): boolean {
  if (agreements.every(withoutCounterpartOrMoney) && !MONEY.test(doc.prose)) return true;
  if (agreements.some((a) => a.parties.some((p) => p.sector === 'civil' && p.orgNumber))) return false;
  return WHOLE_SECTOR.test(doc.prose) && statesNoEconomicCommitment(doc);
}

const REFUSALS: readonly { refuses: (doc: SourceDoc, agreements: Agreement[]) => boolean; message: string }[] = [
  {
    refuses: principlesOnly,
    message:
      'Dokumentet är en principöverenskommelse om samverkan (partnerskapsöverenskommelse, lokal överenskommelse) utan en idéburen motpart med organisationsnummer och utan ekonomiska åtaganden; det är inget IOP-avtal eller beslutsunderlag.',
  },
  {
    refuses: publicOnly,
    message: 'Dokumentet är en överenskommelse mellan offentliga parter (kommuner, regioner, myndigheter) utan någon idéburen part; det är inget IOP-avtal.',
  },
  {
    refuses: rulesNotAgreement,
    message: 'Dokumentet är regler, riktlinjer, en policy eller ett program som bara nämner IOP; det är ingen IOP-överenskommelse, inget beslutsunderlag och ingen översikt över IOP.',
  },
  {
    refuses: (doc) => ownPaperworkNotAgreement(doc) === 'application',
    message:
      'Dokumentet är en ansökan från en förening (om bidrag, verksamhetsbidrag, föreningsstöd, projektmedel eller om att få ingå ett partnerskap) eller en bekräftelse på en sådan; det är ingen IOP-överenskommelse, inget beslutsunderlag och ingen översikt över IOP.',
  },
  {
    refuses: (doc) => ownPaperworkNotAgreement(doc) === 'plan',
    message:
      'Dokumentet är en förenings egen verksamhetsplan, budget eller verksamhetsberättelse, där ingen motpart åtar sig något; det är ingen IOP-överenskommelse, inget beslutsunderlag och ingen översikt över IOP.',
  },
  {
    refuses: intentNotAgreement,
    message:
      'Dokumentet är en avsiktsförklaring: parterna avser att utreda eller ingå ett partnerskap senare, utan ekonomiska åtaganden; det är ingen IOP-överenskommelse, inget beslutsunderlag och ingen översikt över IOP.',
  },
];

/**
 * The message refusing a document read as agreements (not an overview) as no IOP, or null when it is one.
 * @example refusalAfterReading(buildSource('Riktlinjer för föreningsstöd …'), agreements) // 'Dokumentet är regler, …'
 */
export function refusalAfterReading(doc: SourceDoc, agreements: Agreement[]): string | null {
  return REFUSALS.find((r) => r.refuses(doc, agreements))?.message ?? null;
}
