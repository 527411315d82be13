import type { Agreement } from '../../src/domain/agreement';
import {
  draftFromAgreement,
  draftPartyAmounts,
  draftToAgreement,
  emptyDraft,
  errorsForStep,
  renameParty,
} from '../../src/taskpane/agreementDraft';

const seed000: Agreement = {
  name: 'IOP Östergötlands Stadsmission',
  parties: [
    { name: 'Linköpings kommun', orgNumber: '212000-0449', sector: 'public', unit: 'Arbetsmarknadsnämnden' },
    { name: 'Östergötlands Stadsmission', orgNumber: '822001-0022', sector: 'civil', unit: null },
  ],
  targetGroup: 'Kommuninvånare som uppbär ekonomiskt bistånd',
  purpose: null,
  places: 70,
  validity: { start: '2024-01-01', end: '2025-12-31', extension: { years: 2, times: 2 } },
  indexation: { rate: 0.02, baseYear: null },
  costItems: [
    { party: 'Linköpings kommun', label: 'Handläggare', annualAmount: 1710000, quantity: 3 },
    { party: 'Östergötlands Stadsmission', label: 'Yrkescoacher', annualAmount: 1750000, fte: 0.2 },
    { party: 'Östergötlands Stadsmission', label: 'Lokaler', annualAmount: 180000 },
  ],
  contributions: [],
  annualTotal: 3640000,
};

describe('agreement drafts', () => {
  it('round-trips an agreement through the editable form unchanged', () => {
    const result = draftToAgreement(draftFromAgreement(seed000));
    expect(result).toEqual({ ok: true, value: seed000 });
  });

  it('keeps an id so that saving replaces the stored agreement', () => {
    const result = draftToAgreement(draftFromAgreement({ ...seed000, id: 'iop-1' }));
    expect(result.ok && result.value.id).toBe('iop-1');
  });

  it('reads amounts and percentages typed in Swedish', () => {
    const draft = draftFromAgreement(seed000);
    draft.costItems[0].amount = '1 710 000 kr';
    draft.indexRate = '2,5';
    const result = draftToAgreement(draft);
    expect(result.ok && result.value.costItems[0].annualAmount).toBe(1710000);
    expect(result.ok && result.value.indexation?.rate).toBe(0.025);
  });

  it('reports unreadable numbers and schema errors in Swedish, sorted into wizard steps', () => {
    const draft = draftFromAgreement(seed000);
    draft.costItems[1].amount = 'mycket';
    draft.parties[0].orgNumber = '212000-0448';
    draft.end = '2023-01-01';
    const result = draftToAgreement(draft);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errorsForStep(errors, 'economy')).toEqual(['Kostnadsposter › rad 2 › belopp per år: "mycket" är inget tal']);
    expect(errorsForStep(errors, 'parties')).toEqual(['Parter › rad 1 › organisationsnummer: är inget giltigt organisationsnummer']);
    expect(errorsForStep(errors, 'validity')).toEqual(['Giltighet › slut: slutdatumet ligger före startdatumet']);
    expect(errorsForStep(errors, 'indexation')).toEqual([]);
  });

  it('rejects an empty new draft with the fields that are missing', () => {
    const result = draftToAgreement(emptyDraft());
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual(
      expect.arrayContaining(['Namn: får inte vara tomt', 'Parter › rad 1 › Namn: får inte vara tomt']),
    );
  });

  it('stores no indexation when the user turns it off', () => {
    const draft = { ...draftFromAgreement(seed000), indexChoice: 'none' as const, indexRate: 'x' };
    const result = draftToAgreement(draft);
    expect(result.ok && result.value.indexation).toBeNull();
  });

  it('assumes no indexation for a new agreement: the user must choose, and the workbook rate only when chosen', () => {
    expect(emptyDraft().indexChoice).toBe('');
    const filled = { ...draftFromAgreement(seed000), indexChoice: '' as const };
    const unchosen = draftToAgreement(filled, { indexRate: 0.02, baseYear: 2026 });
    expect(unchosen.ok ? [] : unchosen.errors).toEqual([expect.stringMatching(/^Indexering: välj om beloppen räknas upp/)]);
    const workbook = draftToAgreement({ ...filled, indexChoice: 'workbook' }, { indexRate: 0.035, baseYear: 2025 });
    expect(workbook.ok && workbook.value.indexation).toEqual({ rate: 0.035, baseYear: 2025 });
  });

  it.each([
    ['150', 'Indexering › sats: 150 % är orimligt hög för en årlig uppräkning (högst 20 %). Skriv procent, t.ex. 2 eller 2,5.'],
    ['-5', 'Indexering › sats: -5 % är negativt: en uppräkning anges som 0 % eller mer.'],
    ['', 'Indexering › sats: ange uppräkningen i procent, t.ex. 2'],
  ])('refuses an own rate of "%s" in the user\'s notation', (rate, message) => {
    const result = draftToAgreement({ ...draftFromAgreement(seed000), indexChoice: 'own', indexRate: rate });
    expect(result.ok ? [] : result.errors).toEqual([message]);
  });

  it('keeps cost items attached when a party is renamed', () => {
    const renamed = renameParty(draftFromAgreement(seed000), 1, 'Stadsmissionen');
    expect(renamed.costItems.map((c) => c.party)).toEqual(['Linköpings kommun', 'Stadsmissionen', 'Stadsmissionen']);
    expect(draftToAgreement(renamed).ok).toBe(true);
  });

  it('sums each party: stated contributions win over cost items', () => {
    const draft = draftFromAgreement(seed000);
    expect(draftPartyAmounts(draft).map((p) => [p.party, p.annualAmount, p.known])).toEqual([
      ['Linköpings kommun', 1710000, true],
      ['Östergötlands Stadsmission', 1930000, true],
    ]);
    draft.contributions = [{ party: 'Linköpings kommun', amount: '1 000 000' }];
    expect(draftPartyAmounts(draft)[0].annualAmount).toBe(1000000);
  });

  it('shows a party the document gives no amount as unknown, and a stated total\'s rest as the civil side\'s own row (Bro-modellen)', () => {
    const draft = {
      ...emptyDraft(),
      parties: [
        { name: 'Linköpings kommun', orgNumber: '', sector: 'public' as const, unit: 'Arbetsmarknadsnämnden' },
        { name: 'Bilda', orgNumber: '', sector: 'civil' as const, unit: '' },
        { name: 'Erikshjälpen', orgNumber: '', sector: 'civil' as const, unit: '' },
      ],
      contributions: [{ party: 'Linköpings kommun', amount: '1 150 000' }],
      annualTotal: '1 791 200',
    };
    expect(draftPartyAmounts(draft).map((p) => [p.party, p.annualAmount, p.known])).toEqual([
      ['Linköpings kommun', 1150000, true],
      ['Bilda', 0, false],
      ['Erikshjälpen', 0, false],
      ['Idéburen part (ej fördelat)', 641200, true],
    ]);
  });

  it('prefills amounts with Swedish grouping and reads a compact typed date', () => {
    const draft = draftFromAgreement(seed000);
    expect(draft.costItems[0].amount).toBe('1 710 000');
    expect(draft.annualTotal).toBe('3 640 000');
    expect(draft.places).toBe('70');
    const result = draftToAgreement({ ...draft, end: '20261231' });
    expect(result.ok && result.value.validity.end).toBe('2026-12-31');
  });
});

describe('what the form does not edit', () => {
  it('survives a round trip through the draft: the overview\'s year and texts, follow-up and invoicing terms, step month and per-year amounts', () => {
    const a: Agreement = {
      ...seed000,
      validity: { start: null, end: '2023-12-31', extension: null, inForceYear: 2021 },
      indexation: { rate: 0.02, baseYear: 2021, stepMonth: 2 },
      followUp: { reportsPerYear: 1, reportDue: '02-15' },
      invoicing: { period: 'year', reference: '150Z', marking: 'ID 150010, AKTIVITET: 450211' } as Agreement['invoicing'],
      overviewText: { targetGroup: 'arbetslik aktivitet', purpose: 'språk' },
      contributions: [{ party: 'Linköpings kommun', annualAmount: 100, yearAmounts: [{ year: 2022, amount: 120 }] }],
    };
    const back = draftToAgreement(draftFromAgreement(a));
    expect(back.ok && back.value).toMatchObject({
      validity: { inForceYear: 2021 },
      indexation: { stepMonth: 2 },
      followUp: { reportsPerYear: 1, reportDue: '02-15' },
      invoicing: { period: 'year', reference: '150Z', marking: 'ID 150010, AKTIVITET: 450211' },
      overviewText: { targetGroup: 'arbetslik aktivitet', purpose: 'språk' },
      contributions: [{ party: 'Linköpings kommun', annualAmount: 100, yearAmounts: [{ year: 2022, amount: 120 }] }],
    });
  });
});
