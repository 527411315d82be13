import { agreementChanges } from '../../src/taskpane/agreementDiff';
import { errorTarget } from '../../src/taskpane/errorTargets';
import { findConflict, freshKey } from '../../src/taskpane/useSafeSave';
import { axisTicks, labelEvery } from '../../src/taskpane/components/ContributionChart';
import { hoppfullFramtid, inkludering } from '../fixtures/workbook/agreements';

describe('the review: what changes, what is wrong, where', () => {
  it('lists a replacement field by field in the form\'s words', () => {
    const after = { ...hoppfullFramtid, validity: { ...hoppfullFramtid.validity, end: '2020-12-31' }, parties: [hoppfullFramtid.parties[0], { ...hoppfullFramtid.parties[1], name: 'Stadsmissionen' }] };
    const changes = agreementChanges(hoppfullFramtid, after);
    expect(changes.map((c) => c.field)).toEqual(['Gäller till och med', 'Part 2']);
    expect(changes[0]).toEqual({ field: 'Gäller till och med', before: '2019-12-31', after: '2020-12-31' });
    expect(agreementChanges(hoppfullFramtid, hoppfullFramtid)).toEqual([]);
  });

  it.each([
    ['Parter › rad 2 › Namn: får inte vara tomt', 'Part 2 › namn: får inte vara tomt', 'Namn, part 2'],
    ['Parter › rad 1 › organisationsnummer: är inget giltigt organisationsnummer', 'Part 1 › organisationsnummer: är inget giltigt organisationsnummer', 'Organisationsnummer, part 1'],
    ['Kostnadsposter › rad 3 › belopp per år: "x" är inget tal', 'Kostnadspost 3 › belopp per år: "x" är inget tal', 'Belopp per år (kr), post 3'],
    ['Bidrag › rad 1 › part: "X" är ingen av parterna', 'Bidrag 1 › part: "X" är ingen av parterna', 'Part, bidrag 1'],
    ['Giltighet › slut: slutdatumet ligger före startdatumet', 'Gäller till och med: slutdatumet ligger före startdatumet', 'Gäller till och med'],
    ['Namn: får inte vara tomt', 'Överenskommelsens namn: får inte vara tomt', 'Överenskommelsens namn'],
  ])('words "%s" as the form does and links it to its field', (message, text, label) => {
    expect(errorTarget(message)).toEqual({ text, label });
  });

  it('asks before a save replaces a stored agreement of the same name or key, not when editing that one', () => {
    const stored = [{ ...hoppfullFramtid, id: 'iop-hoppfull-framtid' }, { ...inkludering, id: 'iop-inkludering-pa-lika-villkor' }];
    expect(findConflict(hoppfullFramtid, stored)?.id).toBe('iop-hoppfull-framtid');
    expect(findConflict({ ...hoppfullFramtid, name: 'HOPPFULL  framtid' }, stored)?.id).toBe('iop-hoppfull-framtid');
    expect(findConflict({ ...hoppfullFramtid, id: 'iop-hoppfull-framtid' }, stored)).toBeNull();
    expect(findConflict({ ...hoppfullFramtid, name: 'Något annat' }, stored)).toBeNull();
    expect(freshKey(hoppfullFramtid, stored)).toBe('iop-hoppfull-framtid-2');
  });

  it('gives the chart round kronor steps and year labels that do not overlap', () => {
    expect(axisTicks(4_914_972)).toEqual([0, 2_000_000, 4_000_000, 6_000_000]);
    expect(axisTicks(0)).toEqual([0]);
    expect(labelEvery(258 / 14)).toBe(2);
    expect(labelEvery(60)).toBe(1);
  });
});
