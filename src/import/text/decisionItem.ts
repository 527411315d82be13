/** Where a decision's next "att"-clause begins: ", att …", "; att …", "samt att …", "och att …". */
const ATT_ITEM = /(?:[,;]\s*(?:(?:samt|och)\s+)?|\s(?:samt|och)\s+)att\s/giu;

/**
 * The "att"-clause of a decision's list that holds the amount at `at` ("… för perioden 1 april 2027 – 31 mars 2029,
 * samt att bidraget för 2027 uppgår till …"): the period another clause names is not the amount's. The whole
 * sentence when it is no such list.
 *
 * @example decisionItem('att ingå … under perioden 2027–2028, samt att bidraget uppgår till 310 000 kronor.', 60) // 'att bidraget uppgår till 310 000 kronor.'
 */
export function decisionItem(sentence: string, at: number): string {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(ATT_ITEM)) {
    const start = (m.index ?? 0) + m[0].length - 4;
    if (start <= at) from = start;
    else {
      to = m.index ?? to;
      break;
    }
  }
  return sentence.slice(from, to);
}
