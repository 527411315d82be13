import { z } from 'zod';
import { tryParseIsoDate } from './dates';
import { MAX_KRONOR, formatKronor, isKronorInRange } from './money';
import { yearlyFigureIssue } from './moneyRange';
import { parseOrgNumber } from './orgNumber';

// The task pane's CSP forbids eval: without this, zod probes `new Function` on its first parse and the browser
// reports a CSP violation (it then falls back to this same interpreted mode).
z.config({ jitless: true });

/**
 * The agreement model: the contract between import, workbook and task pane.
 * Amounts are whole kronor per year at the base year's level (before indexation).
 */
export const SECTORS = ['public', 'civil'] as const;
export type Sector = (typeof SECTORS)[number];

const isoDate = z
  .string()
  .refine((s) => tryParseIsoDate(s) !== null, { message: 'ska vara ett datum ÅÅÅÅ-MM-DD' });

// The one range for money (money.ts): every amount is at most MAX_KRONOR per year.
const kronor = z
  .number({ message: 'ska vara ett belopp i kronor' })
  .finite({ message: 'ska vara ett ändligt tal' })
  .nonnegative({ message: 'får inte vara negativt' })
  .max(MAX_KRONOR, { message: `är mer än taket ${formatKronor(MAX_KRONOR)} per år` });

const nonEmpty = z.string().trim().min(1, { message: 'får inte vara tomt' });

export const partySchema = z.object({
  name: nonEmpty,
  orgNumber: z
    .string()
    .nullable()
    .refine((s) => s === null || parseOrgNumber(s).ok, { message: 'är inget giltigt organisationsnummer' }),
  sector: z.enum(SECTORS, { message: 'ska vara "public" (offentlig) eller "civil" (idéburen)' }),
  unit: z.string().nullable(),
});

export const extensionSchema = z.object({
  years: z.number().int({ message: 'ska vara ett helt antal år' }).min(0).max(50),
  times: z.number().int({ message: 'ska vara ett helt antal gånger' }).min(0).max(50).nullable(),
});

export const validitySchema = z
  .object({
    start: isoDate.nullable(),
    end: isoDate.nullable(),
    extension: extensionSchema.nullable(),
    /** Notice period in months ("tills vidare med tre månaders uppsägningstid"); absent or null when none is stated. */
    noticeMonths: z.number().int().min(0).max(120).nullable().optional(),
    /** End date of an extension the parties have decided (recorded by the user); the base period's end stays in `end`. */
    extendedEnd: isoDate.nullable().optional(),
    /**
     * The year a committee's overview records the agreement as in force when it gives no start date (seed 004: "i
     * februari 2021 fem IOP"). The agreement counts from that year's first day, as an inferred fact, until a real
     * `start` is known; absent or null otherwise.
     */
    inForceYear: z.number().int().min(1900).max(9999).nullable().optional(),
  })
  .refine((v) => v.start === null || v.end === null || v.start <= v.end, {
    message: 'slutdatumet ligger före startdatumet',
    path: ['end'],
  });

export const indexationSchema = z.object({
  rate: z.number().gt(-1).lt(1, { message: 'ska anges som andel, t.ex. 0,02 för 2 %' }),
  baseYear: z.number().int().min(1900).max(9999).nullable(),
  /**
   * The month on whose first day the amounts step up each year: 1 (or absent) "per nytt kalenderår"; the first
   * month of the agreement year for "inför varje nytt avtalsår" (a February start: 2); 7 for a verksamhetsår July–June.
   * `baseYear` is then the year in which the base level's twelve months begin (see domain/indexation.ts, indexLevel).
   */
  stepMonth: z.number().int().min(1).max(12).nullable().optional(),
});

/**
 * An amount the document states for one calendar year ("2026: 1 213 000 kr", a column per year). The schedule uses
 * it for that year instead of indexing `annualAmount`; `annualAmount` stays the first year's level.
 */
export const yearAmountSchema = z.object({ year: z.number().int().min(1900).max(9999), amount: kronor });

export const costItemSchema = z.object({
  party: nonEmpty,
  label: nonEmpty,
  annualAmount: kronor,
  yearAmounts: z.array(yearAmountSchema).optional(),
  quantity: z.number().positive().optional(),
  fte: z.number().positive().optional(),
  hours: z.number().positive().optional(),
});

export const contributionSchema = z.object({
  party: nonEmpty,
  annualAmount: kronor,
  yearAmounts: z.array(yearAmountSchema).optional(),
});

/** The follow-up an agreement requires; every key absent or null when the document does not state it. */
export const followUpSchema = z.object({
  meetingsPerYear: z.number().int().min(0).max(366).nullable().optional(),
  reportsPerYear: z.number().int().min(0).max(366).nullable().optional(),
  /** Day the yearly report is due, "MM-DD" of the year after the reported year ("senast den 15 februari året efter"). */
  reportDue: z.string().regex(/^\d{2}-\d{2}$/).nullable().optional(),
  /** Months before the period's end by which an extension must be decided. */
  extensionDecisionMonths: z.number().int().min(0).max(120).nullable().optional(),
});

/** How often the civil party invoices: once a year (helår), per half-year, quarter or month. */
export const INVOICE_PERIODS = ['year', 'halfYear', 'quarter', 'month'] as const;
export type InvoicePeriodKind = (typeof INVOICE_PERIODS)[number];
/** Whether an invoice comes before its period (i förskott) or after it (i efterskott). */
export const INVOICE_TIMINGS = ['advance', 'arrears'] as const;
export type InvoiceTiming = (typeof INVOICE_TIMINGS)[number];

const optionalText = z.string().trim().min(1, { message: 'får inte vara tomt' }).nullable().optional();

/**
 * The agreement's invoicing terms (issue 18), each as the agreement states it; a term it does not state is absent
 * or null, never a default. The civil party invoices each public party for that party's share (the invoice plan,
 * src/domain/invoicePlan.ts); `issuer` names the civil party when the agreement says who invoices.
 */
export const invoicingSchema = z.object({
  /** Who receives the invoice: "Linköpings Kommun, Integration- och arbetsmarknadsförvaltningen". */
  recipient: optionalText,
  /** The postal or scanning address, lines joined by ", ": "Skanningcentralen 150Z, 581 81 LINKÖPING". */
  address: optionalText,
  /** Global Location Number of the e-invoice recipient: 13 digits. */
  gln: z.string().regex(/^\d{13}$/, { message: 'ska vara 13 siffror' }).nullable().optional(),
  /** PEPPOL participant id, "0007:2120000449". */
  peppolId: z.string().regex(/^\d{4}:[0-9A-Za-z]+$/, { message: 'ska skrivas som 0007:2120000449' }).nullable().optional(),
  /** The recipient's organisation number as the invoicing terms give it. */
  orgNumber: z
    .string()
    .nullable()
    .optional()
    .refine((s) => s === null || s === undefined || parseOrgNumber(s).ok, { message: 'är inget giltigt organisationsnummer' }),
  /** The reference the invoice must carry: "Referenskod: 150Z", "referensnummer: 385-612". */
  reference: optionalText,
  /** The marking the invoice must carry: "ID 150010, AKTIVITET: 450211". */
  marking: optionalText,
  /** The text the invoice must carry: 'Ange: "IOP Östergötlands Stadsmission" samt faktureringsperiod'. */
  text: optionalText,
  period: z.enum(INVOICE_PERIODS, { message: 'ska vara helår, halvår, kvartal eller månad' }).nullable().optional(),
  timing: z.enum(INVOICE_TIMINGS, { message: 'ska vara i förskott eller i efterskott' }).nullable().optional(),
  /** The civil party that invoices, when the agreement says so. */
  issuer: optionalText,
});

export const agreementSchema = z
  .object({
    id: z.string().optional(),
    name: nonEmpty,
    parties: z.array(partySchema),
    targetGroup: z.string().nullable(),
    purpose: z.string().nullable(),
    places: z.number().nonnegative().nullable(),
    validity: validitySchema,
    indexation: indexationSchema.nullable(),
    costItems: z.array(costItemSchema),
    contributions: z.array(contributionSchema),
    annualTotal: kronor.nullable(),
    followUp: followUpSchema.nullable().optional(),
    /**
     * The committee overview's own short category and purpose for this partnership (seed 004: "arbetslik aktivitet
     * (40 helårsplatser)"), kept when the agreement document's longer texts win the merge: the committee's memo
     * table uses them. Absent when no overview row was merged in.
     */
    overviewText: z.object({ targetGroup: z.string().nullable(), purpose: z.string().nullable() }).nullable().optional(),
    /** The invoicing terms (invoicingSchema); absent when the agreement states none. */
    invoicing: invoicingSchema.nullable().optional(),
  })
  .superRefine((a, ctx) => {
    const names = new Set(a.parties.map((p) => p.name));
    a.costItems.forEach((item, i) => {
      if (!names.has(item.party)) {
        ctx.addIssue({ code: 'custom', path: ['costItems', i, 'party'], message: `"${item.party}" är ingen av parterna` });
      }
    });
    a.contributions.forEach((c, i) => {
      if (!names.has(c.party)) {
        ctx.addIssue({ code: 'custom', path: ['contributions', i, 'party'], message: `"${c.party}" är ingen av parterna` });
      }
    });
    // What the amounts become together (all parties, a year's stated amounts, the plan's indexed years), once each
    // amount is within the range on its own field.
    const amounts = [...a.costItems, ...a.contributions].flatMap((x) => [x.annualAmount, ...(x.yearAmounts ?? []).map((y) => y.amount)]);
    if (amounts.every(isKronorInRange) && (a.annualTotal === null || isKronorInRange(a.annualTotal))) {
      const issue = yearlyFigureIssue(a as Agreement);
      if (issue) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
    const issuer = a.invoicing?.issuer;
    if (issuer && !a.parties.some((p) => p.name === issuer && p.sector === 'civil')) {
      ctx.addIssue({ code: 'custom', path: ['invoicing', 'issuer'], message: `"${issuer}" är ingen av de idéburna parterna` });
    }
  });

export type Party = z.infer<typeof partySchema>;
export type CostItem = z.infer<typeof costItemSchema>;
export type Contribution = z.infer<typeof contributionSchema>;
export type YearAmount = z.infer<typeof yearAmountSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;
export type Invoicing = z.infer<typeof invoicingSchema>;
export type Agreement = z.infer<typeof agreementSchema>;

const FIELD_NAMES: Record<string, string> = {
  name: 'Namn',
  parties: 'Parter',
  orgNumber: 'organisationsnummer',
  sector: 'sektor',
  unit: 'enhet',
  targetGroup: 'Målgrupp',
  purpose: 'Syfte',
  places: 'Platser',
  validity: 'Giltighet',
  start: 'start',
  end: 'slut',
  extension: 'förlängning',
  years: 'år',
  times: 'gånger',
  indexation: 'Indexering',
  rate: 'sats',
  baseYear: 'basår',
  stepMonth: 'uppräkningsmånad',
  inForceYear: 'i kraft enligt översikt år',
  costItems: 'Kostnadsposter',
  contributions: 'Bidrag',
  party: 'part',
  label: 'benämning',
  annualAmount: 'belopp per år',
  annualTotal: 'Totalt per år',
  yearAmounts: 'belopp per kalenderår',
  year: 'år',
  amount: 'belopp',
  noticeMonths: 'uppsägningstid (månader)',
  extendedEnd: 'förlängt till',
  followUp: 'Uppföljning',
  meetingsPerYear: 'möten per år',
  reportsPerYear: 'rapporter per år',
  reportDue: 'rapport senast',
  extensionDecisionMonths: 'beslut om förlängning (månader före slut)',
  overviewText: 'översiktens korta texter',
  invoicing: 'Fakturering',
  recipient: 'mottagare',
  address: 'adress',
  gln: 'GLN',
  peppolId: 'PEPPOL-ID',
  reference: 'referens',
  marking: 'märkning',
  text: 'text på fakturan',
  period: 'faktureringsperiod',
  timing: 'förskott eller efterskott',
  issuer: 'fakturerar',
};

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `rad ${p + 1}` : (FIELD_NAMES[String(p)] ?? String(p))))
    .join(' › ');
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Turns untrusted input into an Agreement once, at the edge, with readable Swedish errors. */
export function parseAgreement(input: unknown): ParseResult<Agreement> {
  const result = agreementSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => {
      const where = describePath(issue.path);
      return where ? `${where}: ${issue.message}` : issue.message;
    }),
  };
}
