/*
 * The IOP.* custom functions. Each is a plain named export so Node code (tests, tools) can call it;
 * registration with Excel happens elsewhere (register.ts and the metadata plugin), guarded for Node.
 * Errors: #VALUE! or #N/A with a Swedish message, never a wrong number, NaN or Infinity.
 */
import { dateToExcelSerial } from '../domain/dates';
import { DomainError } from '../domain/errors';
import { indexedAmount, indexedMonthsWeight, indexedTotal, requireIndexedInRange, requireRate, requireYear } from '../domain/indexation';
import { multiply, ratioOf, requireAmount, roundHalfUp, toKronor } from '../domain/money';
import { parseOrgNumber } from '../domain/orgNumber';
import { extendedEnd, yearShare } from '../domain/validity';
import { hoursCost, salaryCost } from '../domain/valuation';
import { isOmitted, optionalNumber, requireDate, requireNumber, requireWholeNumber } from './arguments';
import { contributionFromItems } from './bidrag';
import { functionError, guarded } from './functionError';
import { functionSettings } from './settingsStore';

function baseYearAndRate(baseYear: unknown, rate: unknown): { baseYear: number; rate: number } {
  const settings = functionSettings();
  return {
    baseYear: requireYear(isOmitted(baseYear) ? settings.baseYear : requireWholeNumber(baseYear, 'Basåret'), 'Basåret'),
    rate: requireRate(optionalNumber(rate, 'Indexsatsen') ?? settings.indexRate),
  };
}

/** The month the amount steps up, 1–12; null when left out (per calendar year, the functions' first form). */
function stepMonthOf(value: unknown): number | null {
  if (isOmitted(value)) return null;
  const month = requireWholeNumber(value, 'Uppräkningsmånaden');
  if (month < 1 || month > 12) throw new DomainError('OUT_OF_RANGE', 'Uppräkningsmånaden anges som 1–12 (1 = januari: per kalenderår).');
  return month;
}

/**
 * A calendar year's amount of a yearly base. Without a step month: base × (1 + rate)^(year − baseYear), as
 * documented since the first version (before the base year too). With one: each month at its index level, as an
 * agreement's schedule counts a whole year (`indexedMonthsWeight`, the same function); exact, rounded once.
 */
function yearAmount(base: number, year: number, baseYear: number, rate: number, stepMonth: number | null): number {
  if (stepMonth === null) return indexedAmount(base, year, baseYear, rate);
  requireYear(year);
  requireRate(rate);
  return requireIndexedInRange(roundHalfUp(multiply(ratioOf(requireAmount(base)), indexedMonthsWeight({ early: stepMonth - 1, late: 13 - stepMonth }, year, { rate, baseYear, stepMonth }))), year);
}

/**
 * Räknar upp ett belopp till ett visst år: belopp × (1 + sats)^(år − basår), avrundat till hela kronor.
 * @customfunction INDEX INDEX
 * @param belopp Beloppet i basårets nivå (kronor per år).
 * @param år Året som beloppet ska räknas upp till.
 * @param [basår] Året beloppet gäller för. Utelämnat: basåret i bladet Inställningar.
 * @param [sats] Uppräkning per nytt kalenderår, t.ex. 2 %. Utelämnad: indexsatsen i bladet Inställningar.
 * @param [uppräkningsmånad] Månaden beloppet räknas upp varje år, 1–12 (7: varje juli); månaderna före den står i förra årets nivå, aldrig under basårets. Utelämnad: per kalenderår.
 * @returns Uppräknat belopp i hela kronor.
 */
export function index(belopp: number, år: number, basår?: number, sats?: number, uppräkningsmånad?: number): number {
  return guarded(() => {
    const { baseYear, rate } = baseYearAndRate(basår, sats);
    return yearAmount(requireAmount(requireNumber(belopp, 'Beloppet')), requireWholeNumber(år, 'Året'), baseYear, rate, stepMonthOf(uppräkningsmånad));
  });
}

/**
 * Summerar ett uppräknat belopp över flera kalenderår; varje år avrundas till hela kronor och summeras.
 * @customfunction SUMMA SUMMA
 * @param belopp Beloppet i basårets nivå (kronor per år).
 * @param från_år Första året i summan.
 * @param till_år Sista året i summan.
 * @param [basår] Året beloppet gäller för. Utelämnat: basåret i bladet Inställningar.
 * @param [sats] Uppräkning per nytt kalenderår, t.ex. 2 %. Utelämnad: indexsatsen i bladet Inställningar.
 * @param [uppräkningsmånad] Månaden beloppet räknas upp varje år, 1–12, som i IOP.INDEX. Utelämnad: per nytt kalenderår.
 * @returns Summan i hela kronor.
 */
export function summa(belopp: number, från_år: number, till_år: number, basår?: number, sats?: number, uppräkningsmånad?: number): number {
  return guarded(() => {
    const { baseYear, rate } = baseYearAndRate(basår, sats);
    const base = requireAmount(requireNumber(belopp, 'Beloppet'));
    const from = requireWholeNumber(från_år, 'Från-året');
    const to = requireWholeNumber(till_år, 'Till-året');
    const stepMonth = stepMonthOf(uppräkningsmånad);
    if (stepMonth === null) return indexedTotal(base, from, to, baseYear, rate);
    // The same range as indexedTotal allows.
    if (to < from) throw new DomainError('END_BEFORE_START', 'Till-året ligger före från-året.');
    if (to - from > 200) throw new DomainError('OUT_OF_RANGE', 'Perioden får vara högst 200 år.');
    let sum = 0;
    for (let year = from; year <= to; year++) sum += yearAmount(base, year, baseYear, rate, stepMonth);
    return sum;
  });
}

/**
 * Andel av ett kalenderår som en period täcker, räknat i hela månader (0 till 1).
 * @customfunction ANDEL_AV_AR ANDEL_AV_AR
 * @param start Periodens första dag (datum eller text ÅÅÅÅ-MM-DD).
 * @param slut Periodens sista dag (datum eller text ÅÅÅÅ-MM-DD).
 * @param år Kalenderåret.
 * @returns Andelen av året, t.ex. 0,5 för juli–december.
 */
export function andelAvAr(start: number | string, slut: number | string, år: number): number {
  return guarded(() =>
    yearShare(requireDate(start, 'Startdatumet'), requireDate(slut, 'Slutdatumet'), requireYear(requireWholeNumber(år, 'Året'))),
  );
}

/**
 * Sista giltighetsdag med alla förlängningar, som Excel-datum.
 * @customfunction GILTIG_TILL GILTIG_TILL
 * @param slut Sista dag utan förlängning (datum eller text ÅÅÅÅ-MM-DD).
 * @param år_per_förlängning Antal år per förlängning.
 * @param antal_förlängningar Antal möjliga förlängningar.
 * @returns Sista giltighetsdag (formatera cellen som datum).
 */
export function giltigTill(slut: number | string, år_per_förlängning: number, antal_förlängningar: number): number {
  return guarded(() => {
    const end = requireDate(slut, 'Slutdatumet');
    const years = requireWholeNumber(år_per_förlängning, 'År per förlängning');
    const times = requireWholeNumber(antal_förlängningar, 'Antal förlängningar');
    if (years < 0 || times < 0) throw new DomainError('OUT_OF_RANGE', 'Förlängningar anges med positiva tal.');
    return dateToExcelSerial(extendedEnd(end, years, times));
  });
}

/**
 * Lönekostnad: månadslön × omfattning × månader × (1 + påslag), avrundad till hela kronor.
 * @customfunction LON LON
 * @param månadslön Månadslön i kronor.
 * @param omfattning Andel av heltid, t.ex. 20 % eller 1 för heltid.
 * @param [månader] Antal månader. Utelämnat: 12.
 * @param [påslag] Sociala avgifter (PO-pålägg), t.ex. 31,42 %. Utelämnat: PO-pålägget i bladet Inställningar (0 om inget angetts).
 * @returns Lönekostnaden i hela kronor.
 */
export function lon(månadslön: number, omfattning: number, månader?: number, påslag?: number): number {
  return guarded(() =>
    salaryCost(
      requireNumber(månadslön, 'Månadslönen'),
      requireNumber(omfattning, 'Omfattningen'),
      optionalNumber(månader, 'Antalet månader') ?? 12,
      optionalNumber(påslag, 'Påslaget') ?? functionSettings().socialFeeRate,
    ),
  );
}

/**
 * Kostnad för timmar: timmar × timpris, avrundad till hela kronor.
 * @customfunction TIMKOSTNAD TIMKOSTNAD
 * @param timmar Antal timmar.
 * @param timpris Pris per timme i kronor.
 * @returns Kostnaden i hela kronor.
 */
export function timkostnad(timmar: number, timpris: number): number {
  return guarded(() => hoursCost(requireNumber(timmar, 'Antalet timmar'), requireNumber(timpris, 'Timpriset')));
}

/**
 * Kontrollerar ett organisationsnummer (Luhn) och skriver det som NNNNNN-NNNN.
 * @customfunction ORGNR ORGNR
 * @param text Organisationsnumret, med eller utan bindestreck, 10 eller 12 siffror.
 * @returns Organisationsnumret i formen NNNNNN-NNNN.
 */
export function orgnr(text: string): string {
  return guarded(() => {
    if (isOmitted(text)) throw functionError('#VALUE!', 'Ange ett organisationsnummer.');
    // A number typed into a cell loses leading zeros (personal numbers of people born 2000–2009).
    const raw = typeof text === 'number' ? String(text).padStart(String(text).length > 10 ? 12 : 10, '0') : String(text);
    const parsed = parseOrgNumber(raw);
    if (!parsed.ok) throw functionError('#VALUE!', parsed.message);
    return parsed.value;
  });
}

/**
 * En parts bidrag per år ur avtalens poster; med tabellen IOP_Avtal som bladen räknar det, även den idéburna sidans ej fördelade del.
 * @customfunction BIDRAG BIDRAG
 * @param poster Tabellen med poster, t.ex. IOP_Poster[#Alla] eller IOP_Poster.
 * @param part Partens namn, eller "Offentlig" eller "Idéburen" för hela sidan.
 * @param [år] Året. Utelämnat: första årets nivå. Utan IOP_Avtal räknas beloppet upp med basår och indexsats från bladet Inställningar.
 * @param [avtal] Tabellen IOP_Avtal[#Alla]: då räknas året som bladen gör (avtalets period, basår, sats och uppräkningsmånad) och den idéburna sidan får avtalets ej fördelade belopp.
 * @param [parter] Tabellen IOP_Parter[#Alla]; behövs när IOP_Avtal anges.
 * @param [belopp] Tabellen IOP_Belopp[#Alla] med belopp som avtalen anger för enskilda år.
 * @returns Bidraget i hela kronor per år.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- ranges of mixed cells; the metadata generator maps only any[][]
export function bidrag(poster: any[][], part: string, år?: number, avtal?: any[][], parter?: any[][], belopp?: any[][]): number | Promise<number> {
  if (!isOmitted(avtal)) return bidragFromTables(poster, part, år, avtal, parter, belopp);
  return guarded(() => {
    const who = partName(part);
    let base: number;
    try {
      base = contributionFromItems(poster, who);
    } catch (e) {
      if (e instanceof DomainError && e.code === 'INVALID_AGREEMENT' && /finns inte/.test(e.message)) {
        throw functionError('#N/A', e.message);
      }
      throw e;
    }
    if (isOmitted(år)) return toKronor(base);
    const { baseYear, rate } = baseYearAndRate(null, null);
    return indexedAmount(base, requireWholeNumber(år, 'Året'), baseYear, rate);
  });
}

function partName(part: unknown): string {
  if (isOmitted(part) || typeof part !== 'string') throw functionError('#VALUE!', 'Ange partens namn.');
  return part;
}

/** IOP.BIDRAG with the agreements' table: the reading and the domain's figures are loaded on first use. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as bidrag
async function bidragFromTables(poster: any[][], part: string, år: unknown, avtal: any[][], parter: any[][] | undefined, belopp: any[][] | undefined): Promise<number> {
  const { contributionFromTables } = await import(/* webpackChunkName: "bidrag-tabeller" */ './bidragTables');
  return guarded(() => {
    const year = isOmitted(år) ? null : requireYear(requireWholeNumber(år, 'Året'));
    const optional = (range: unknown) => (isOmitted(range) ? null : (range as unknown[][]));
    return contributionFromTables({ avtal, parter: optional(parter), poster, belopp: optional(belopp) }, partName(part), year);
  });
}

/** All functions by their Excel name, for tools and tests. */
export const IOP = {
  INDEX: index,
  SUMMA: summa,
  ANDEL_AV_AR: andelAvAr,
  GILTIG_TILL: giltigTill,
  LON: lon,
  TIMKOSTNAD: timkostnad,
  ORGNR: orgnr,
  BIDRAG: bidrag,
} as const;
