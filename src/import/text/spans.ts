/** A stretch of the document's prose, [start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * A test "does this span overlap any of these?" that stays fast when both are many (an economy of 20 000 rows read
 * against its 20 000 sentences): the spans sorted by start with the furthest end reached so far, and one binary
 * search per question. Answers exactly as `spans.some((r) => r.start < s.end && r.end > s.start)`.
 */
export function overlapTest(spans: readonly Span[]): (s: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((r) => r.start);
  const furthestEnd: number[] = [];
  for (const r of sorted) furthestEnd.push(Math.max(r.end, furthestEnd.length ? furthestEnd[furthestEnd.length - 1] : -Infinity));
  return (s) => {
    // The last span that starts before s ends; any overlap is among it and those before it.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < s.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthestEnd[lo - 1] > s.start;
  };
}
