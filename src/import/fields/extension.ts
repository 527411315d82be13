import { Extracted, found, missing, provenance, warning } from './field';
import { NUMBER_WORD, numberWord } from './numbers';
import { SourceDoc, sentences } from '../text/source';

export interface Extension {
  years: number;
  times: number | null;
}

const N = NUMBER_WORD;
/** Each pattern names its groups; the first that matches a sentence about extension wins. */
const PATTERNS: RegExp[] = [
  new RegExp(`(?<times>${N})\\s+gånger?\\s+(?:med\\s+|om\\s+|à\\s+|á\\s+)?(?<years>${N})\\s+år`, 'i'),
  new RegExp(`(?<years>${N})\\s+år\\s+i\\s+taget(?:[^.]*?(?:högst|maximalt|max|som mest|upp till)\\s+(?<times>${N})\\s+gånger)?`, 'i'),
  new RegExp(`(?<years>${N})\\s+år\\s+(?:åt\\s+gången\\s+)?(?:och\\s+|,\\s*|i\\s+)?(?:högst\\s+|maximalt\\s+)?(?<times>${N})\\s+gånger`, 'i'),
  new RegExp(`(?<times>${N})\\s*(?:st\\s+)?förlängning(?:ar)?\\s+(?:om|med|på)\\s+(?<years>${N})\\s+år`, 'i'),
  new RegExp(`förläng\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?(?:med|i|på)\\s+(?<once>${N})\\s+år(?!\\s+i\\s+taget)`, 'iu'),
  new RegExp(`förläng\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?(?:med|i|på)\\s+(?<months>\\d{1,2}|sex|tolv|arton|tjugofyra)\\s+månader(?<each>\\s+i\\s+taget|\\s+åt\\s+gången)?`, 'iu'),
];
const MONTH_WORDS: Record<string, number> = { sex: 6, tolv: 12, arton: 18, tjugofyra: 24 };

export function extractExtension(doc: SourceDoc): Extracted<Extension | null> {
  const field = 'validity.extension';
  const about = sentences(doc).filter((s) => /förläng|option/i.test(s.text));
  for (const s of about) {
    for (const re of PATTERNS) {
      const m = re.exec(doc.prose.slice(s.start, s.end));
      if (!m?.groups) continue;
      const g = m.groups;
      const start = s.start + m.index;
      const prov = [provenance(field, doc.text, start, start + m[0].length)];
      if (g.months) {
        // "kan förlängas med 12 månader": whole years only; the model has no months.
        const months = MONTH_WORDS[g.months.toLowerCase()] ?? Number(g.months);
        if (months % 12 === 0) return found<Extension>({ years: months / 12, times: g.each ? null : 1 }, prov);
        return {
          value: null,
          provenance: prov,
          warnings: [warning('AMBIGUOUS', field, `Förlängning med ${months} månader kan inte anges i hela år; ange förlängningen för hand.`)],
        };
      }
      const years = numberWord(g.years ?? g.once ?? '');
      const times = g.once ? 1 : g.times ? numberWord(g.times) : null;
      if (years === null || years === 0) continue;
      return found<Extension>({ years, times }, prov);
    }
  }
  if (about.length) {
    const s = about[0];
    return {
      value: null,
      provenance: [provenance(field, doc.text, s.start, s.end)],
      warnings: [warning('AMBIGUOUS', field, `Förlängning nämns men längd och antal gånger kunde inte läsas: "${s.text.slice(0, 120)}".`)],
    };
  }
  return missing(null, field, 'Dokumentet anger ingen möjlighet till förlängning.');
}
