import type { Agreement } from '../../src/domain/agreement';
import { addMonths, costPerParticipant, extensionWatch, nextExtensionEnd, reportDueDate, reportStatus, REPORT_STATUS, type FollowUpRecord } from '../../src/domain/followUp';

function agreement(name: string, validity: Partial<Agreement['validity']>, followUp?: Agreement['followUp']): Agreement {
  return {
    name,
    parties: [],
    targetGroup: null,
    purpose: null,
    places: null,
    validity: { start: '2024-01-01', end: null, extension: null, ...validity },
    indexation: null,
    costItems: [],
    contributions: [],
    annualTotal: null,
    ...(followUp !== undefined ? { followUp } : {}),
  };
}

const record = (over: Partial<FollowUpRecord> = {}): FollowUpRecord => ({
  agreement: 'A',
  year: 2025,
  participants: null,
  placesUsed: null,
  reportReceived: null,
  meetingsHeld: null,
  comment: '',
  ...over,
});

describe('addMonths', () => {
  test.each([
    ['2025-12-31', -6, '2025-06-30'],
    ['2025-08-31', -6, '2025-02-28'],
    ['2024-08-31', -6, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-12-31', 0, '2025-12-31'],
    ['2025-11-15', 3, '2026-02-15'],
  ])('%s %i months → %s', (from, months, to) => expect(addMonths(from, months)).toBe(to));
});

describe('report status', () => {
  const due = { reportDue: '02-15', reportsPerYear: 1 };
  test('the due day is in the year after the reported year', () => {
    expect(reportDueDate(due, 2025)).toBe('2026-02-15');
    expect(reportDueDate({ reportDue: '02-29' }, 2026)).toBe('2027-02-28');
    expect(reportDueDate({ reportDue: null }, 2025)).toBeNull();
  });
  test('Inkommen once received, also when it came late', () => {
    expect(reportStatus(record({ reportReceived: '2026-03-01' }), due, 2025, '2026-04-01')).toBe(REPORT_STATUS.received);
  });
  test('Saknas until the due day, Försenad after it', () => {
    expect(reportStatus(record(), due, 2025, '2026-02-15')).toBe(REPORT_STATUS.missing);
    expect(reportStatus(record(), due, 2025, '2026-02-16')).toBe(REPORT_STATUS.late);
    expect(reportStatus(null, due, 2025, '2026-02-16')).toBe(REPORT_STATUS.late);
  });
  test('without a due day a missing report is never late; no report required gives no status', () => {
    expect(reportStatus(null, { reportsPerYear: 1 }, 2025, '2030-01-01')).toBe(REPORT_STATUS.missing);
    expect(reportStatus(null, { reportsPerYear: 0 }, 2025, '2030-01-01')).toBe('');
  });
});

test('cost per participant is whole kronor, half up, and empty without participants', () => {
  expect(costPerParticipant(1100000, 40)).toBe(27500);
  expect(costPerParticipant(295000, 40)).toBe(7375);
  expect(costPerParticipant(100, 3)).toBe(33);
  expect(costPerParticipant(5, 2)).toBe(3);
  expect(costPerParticipant(1100000, 0)).toBeNull();
  expect(costPerParticipant(1100000, null)).toBeNull();
});

describe('extension watch', () => {
  const today = '2025-03-01';
  const list = [
    agreement('Notice', { end: '2025-12-31', noticeMonths: 6, extension: { years: 1, times: null } }),
    agreement('Decision', { end: '2025-09-30', extension: { years: 2, times: 1 } }, { extensionDecisionMonths: 6 }),
    agreement('Plain', { end: '2025-06-30' }),
    agreement('Later', { end: '2026-12-31' }),
    agreement('Ended', { end: '2025-02-28' }),
    agreement('Extended', { end: '2024-12-31', extendedEnd: '2025-12-31', extension: { years: 1, times: 1 } }),
  ];

  test('lists what ends within the months, soonest decision first, with the decision day', () => {
    const items = extensionWatch(list, today, 12);
    expect(items.map((i) => [i.agreement.name, i.end, i.decisionDue, i.canExtend, i.overdue])).toEqual([
      ['Decision', '2025-09-30', '2025-03-30', true, false],
      ['Notice', '2025-12-31', '2025-06-30', true, false],
      ['Plain', '2025-06-30', '2025-06-30', false, false],
      ['Extended', '2025-12-31', '2025-12-31', false, false],
    ]);
  });

  test('a shorter horizon and a passed decision day', () => {
    const items = extensionWatch(list, '2025-05-01', 6);
    expect(items.map((i) => [i.agreement.name, i.overdue])).toEqual([
      ['Decision', true],
      ['Plain', false],
    ]);
  });
});

describe('next extension end', () => {
  it('adds one period to the decided end, as often as the agreement allows', () => {
    const base = { end: '2025-12-31', extension: { years: 1, times: 2 } };
    expect(nextExtensionEnd(agreement('A', base))).toBe('2026-12-31');
    expect(nextExtensionEnd(agreement('A', { ...base, extendedEnd: '2026-12-31' }))).toBe('2027-12-31');
    expect(nextExtensionEnd(agreement('A', { ...base, extendedEnd: '2027-12-31' }))).toBeNull();
  });

  it('gives none without an extension clause or an end', () => {
    expect(nextExtensionEnd(agreement('A', { end: '2025-12-31' }))).toBeNull();
    expect(nextExtensionEnd(agreement('A', { end: null, extension: { years: 2, times: 1 } }))).toBeNull();
  });
});
