import fc from 'fast-check';
import { overlapTest } from '../../../src/import/text/spans';

// The fast overlap test must answer exactly as the plain scan it replaces, for any spans (empty, nested, touching).
const span = fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 30 })).map(([start, length]) => ({ start, end: start + length }));

describe('overlapTest', () => {
  it('answers as spans.some((r) => r.start < s.end && r.end > s.start)', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), fc.array(span, { maxLength: 20 }), (spans, questions) => {
        const overlaps = overlapTest(spans);
        for (const s of questions) expect(overlaps(s)).toBe(spans.some((r) => r.start < s.end && r.end > s.start));
      }),
      { numRuns: 500 },
    );
  });

  it('touching spans do not overlap; a span inside a long earlier one does', () => {
    const overlaps = overlapTest([{ start: 0, end: 100 }, { start: 150, end: 160 }]);
    expect(overlaps({ start: 100, end: 150 })).toBe(false);
    expect(overlaps({ start: 90, end: 95 })).toBe(true);
    expect(overlaps({ start: 120, end: 151 })).toBe(true);
    expect(overlapTest([])({ start: 0, end: 10 })).toBe(false);
  });
});
