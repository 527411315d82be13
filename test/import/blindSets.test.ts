import { join } from 'path';
import { requires } from '../requirements';
import { buildCli, fixture, misses, scoreSet } from './scoreSet';

/**
 * The blind sets (test/fixtures/blind/a to l): agreements, memos and overviews written by a colleague who never saw
 * the importer, in styles it was not written against. Scored with the shared corpus's scorer (it lives in
 * ../shared). The floors are what the importer reaches now; they only ever go up, towards every field right and
 * nothing silently wrong.
 */
const FLOORS = {
  a: { right: 188, scored: 188, silent: 0 },
  b: { right: 246, scored: 246, silent: 0 },
  c: { right: 159, scored: 159, silent: 0 },
  // Set d was first scored at 77.1 % with 14 silently wrong (its README); the ceiling on silent only goes down.
  // Then premises valued in the sentence after the one that lends them: 197/204.
  // Then a shares table across a page break and counterparts in wrapped decision clauses: 202/204.
  // Then (2026-12-07 night) an overview row's months and years read by the agreement's rules: 203/204.
  // 2026-12-08 night (helpers on the older sets' leftovers and on prose economies): a compound share noun (egeninsats), a short name for '…skola': 204/204.
  d: { right: 204, scored: 204, silent: 0 },
  // Set e was held back until the rules for a–d were in: its first score, 80.1 % with 9 silently wrong, is the honest
  // measure of how the rules generalise (2026-12-06). The ceiling on silent only goes down. Since then trained on
  // (names in label/value rows, defined in a clause or pasted into an e-mail; the period in a label/value row;
  // extensions in months and with the count in the next sentence; a rules document that mentions IOP refused; the
  // padded landscape overview and the table over two pages read): 183/198, 2 silent. Then who pays what (one
  // municipality through two committees, two public parties, a shares table, varav/colon parts, an amendment's new
  // amounts, a heading run into its sentence with an amount per termin): 194/198, 0 silent. Then an agreement year's
  // column named with the years it spans ("Avtalsår 1 2026/27"): 198/198.
  e: { right: 198, scored: 198, silent: 0 },
  // Set f was written blind and held back until set e's classes were in (2026-12-07): its first score, 72.5 % with 15
  // silently wrong, is the honest measure of how the rules generalise now. The ceiling on silent only goes down. Since
  // then: decisions titled as minutes or a chair's decision, a semicolon-separated overview export: 183/224, 8 silent.
  // Then amounts per kvartal and a side named as a group in prose, a list with leader dots, minutes of a whole
  // meeting read for the partnership's item only; economy tables: an overview row's two partners' joint civil amount,
  // rate × count columns, parts of a year summed, footnote markers and ceilings in cells; parties, names, kinds and
  // validity (several kommuner in one sentence, names in definitions/front matter/§ headings, letters of intent
  // refused, months from a start): 222/224, 1 silent. That one is the contract, not a misreading: an overview row
  // naming two partners gives neither of them the joint civil amount; the domain shows it as the civil side's
  // unassigned remainder ("Idéburen part (ej fördelat)", the same kronor), which the scorer counts as civil 0 kr.
  // Then (2026-12-07 evening: an overview's civil column read as such, co-funders in brackets): 223/224, 0 silent.
  // 2026-12-08 night (helpers on the older sets' leftovers and on prose economies): a sentence restating one of a party's rows and its instalments: 224/224.
  f: { right: 224, scored: 224, silent: 0 },
  // Set g was written blind and scored once before any rule looked at it (2026-12-07): 86.1 % with 4 silently wrong.
  // Since then: prices per unit with their counts elsewhere, multi-year tables and a merged Part column; a procurement
  // contract refused, abbreviated months, number words with digits, a memo's name after the activity's kind, a parish
  // as civil party, a counterpart on the line after "med": 199/202, 0 silent.
  // Then a title that is only the document's kind followed by "avseende … – X": 200/202.
  // 2026-12-08 night (helpers on the older sets' leftovers and on prose economies): 'och X samt med' inside a paying sentence's object is no new subject: 202/202.
  g: { right: 202, scored: 202, silent: 0 },
  // Set h was written blind at the same time as g and held back until every rule of the session was in (2026-12-07):
  // its first score, 86.8 % with 3 silently wrong, is the honest measure. The ceiling on silent only goes down.
  // Since then trained on (filled-in forms whose unchecked options say nothing, rates in words, commitments written
  // as "X åtar sig att …" clauses, money passed on inside the grant it came from, a changed number of places, an
  // extension memo's counterpart): 190/190.
  h: { right: 190, scored: 190, silent: 0 },
  // Set i (Word's and PDF's own structures: tracked changes, comments, footnotes, text boxes, merged cells, two
  // columns, Unicode spaces) was written blind and scored once before any rule looked at it (2026-12-07): 87.3 % with
  // 3 silently wrong. The ceiling on silent only goes down.
  // Since then trained on (two partnerships approved in one decision, text boxes, footnotes, committee headings over a
  // leader list, two-column PDFs): 184/190, 0 silent.
  // Then (2026-12-07 afternoon) a monospace typed space, a committee on the line after the org number, year columns
  // named with a word, an appendix the economy refers to, commitments as items: 190/190.
  i: { right: 190, scored: 190, silent: 0 },
  // Set j (how officials in small municipalities write: sloppy amounts, part first years, Q&A and checklist
  // agreements, a follow-up memo, grant and LOV look-alikes) was written blind at the same time as i and held back
  // until every rule of the session was in (2026-12-07): its first score, 81.0 % with 6 silently wrong, is the
  // honest measure. The ceiling on silent only goes down.
  // Since then trained on (naming verbs and name questions, numbered checklist rows, generic titles, minutes of a
  // whole meeting read for the partnership's item, grants under bidragsregler refused, ends and durations in words,
  // indexation tied to an index with only a bound, currency before the number, "450' kr", e-mail budgets): 167/174, 0
  // silent.
  // Then a table cell with its own period (per kvartal), price × counts restated with '=': 171/174.
  // Then (2026-12-07 night) a leading initialism names its club, an amount named after its period: 173/174.
  // 2026-12-08 night (helpers on the older sets' leftovers and on prose economies): a Part column run into a part year's column split again: 174/174.
  j: { right: 174, scored: 174, silent: 0 },
  // Set k (an agreement's life in larger municipalities and a region, in formal clause-numbered language: a
  // tilläggsavtal, a förlängningsbeslut, stepped amounts, indexation per avtalsår, a consortium, kommun and region
  // together, shares in per cent, a budget in a bilaga, an overview per förvaltning) was written blind and scored once
  // before any rule looked at it (2026-12-07 10:48): 87.8 % with 4 silently wrong. The ceiling on silent only goes down.
  // Since then trained on (an amendment's own dates are not the period, a förlängningsbeslut's later indexed level,
  // "benämns i det följande", a PDF row wrapped round its party, shares in per cent of a total and a consortium's
  // split, an overview in one table per förvaltning with subtotals): 180/180.
  k: { right: 180, scored: 180, silent: 0 },
  // Set l (templates with guidance and placeholders left in, a form PDF with tick boxes, budget per party and year with
  // in-kind items, a bilingual agreement, a register export, an application and an activity plan as look-alikes) was
  // written blind at the same time as k and held back until every rule of the session was in (2026-12-07 12:11): its
  // first score, 83.6 % with 11 silently wrong, is the honest measure. The ceiling on silent only goes down.
  // Since then trained on (an application and a förening's own plan refused, template guidance and placeholders
  // blanked, a denied automatic renewal, a decided period that replaces a proposal's, an English kind line is no
  // name): 183/207, 1 silent; then a proposal changed by the decision, a form PDF's tick boxes and role rows, a table
  // cell's own period, a bilingual party header: 206/207.
  // 2026-12-08 night (helpers on the older sets' leftovers and on prose economies): lines under a party's label in a plain-text economy: 207/207.
  l: { right: 207, scored: 207, silent: 0 },
  // Set m (an agreement's economy as it varies: fixed + capped variable parts, per-year amounts, a consolidated version,
  // a decision not to extend, a quarterly payment beside lokaler in kind, a proposal the committee changes, an overview
  // with a column per year, an LOU ramavtal and a föreningsbidrag as look-alikes) was written blind and scored once
  // before any rule looked at it (2026-12-07 14:01): 83.8 % of 148 counted with 6 silently wrong (the overview was
  // refused whole). Since then trained on: 187/190, 0 silent.
  m: { right: 187, scored: 190, silent: 0 },
  // Set n (page furniture in long PDFs, footnotes with the figure, a bilaga after the signatures, two agreements in one
  // file, a landscape overview with wrapped cells, big-city stadsdelsnämnder) was written blind at the same time as m
  // and held back until every rule of the session was in (2026-12-07 15:34): its first score, 68.4 % with 17 silently
  // wrong, is the honest measure (n04, the landscape overview, is 33 of the 40 misses). The ceiling on silent only goes down.
  // Since then trained on (two agreements in one file, a reference to another memo is no decision, a centred landscape
  // table's cell that runs into the next column): 200/225 (n03's second agreement now counted), 5 silent (n11 and n12,
  // a sponsorship agreement and a LÖK, are imported). Then (2026-12-07 evening: look-alikes refused, two partnerships
  // in one minutes with shared clauses split, page furniture inside a sentence, "budget 2029 tkr" as a year column):
  // 218/225, 0 silent. Then (2026-12-07 night: a broken att-clause, run-together PDF rows, role words opening a label,
  // aliases after an address, money passed on): 225/225.
  n: { right: 225, scored: 225, silent: 0 },
  // Set o (money written every way — in words, ":-" with points, apostrophes, SEK, tkr and Mkr with decimals — and
  // partnerships paid by several public funders, a consortium of two föreningar, in-kind contributions) was written
  // blind and scored once before any rule looked at it (2026-12-07 17:10): 86.3 % (164/190) with 6 silently wrong.
  // Since then trained on: 190/190, 0 silent.
  o: { right: 190, scored: 190, silent: 0 },
  // Set p (what document systems and e-mail do to agreements: Word's tracked changes and comments, diarium headers,
  // e-signature logs, forwarded e-mails, Excel pasted as tabs, a meeting system's export) was written blind at the same
  // time as o and held back until every rule of the session was in (2026-12-07 18:27): its first score, 96.8 %
  // (183/189) with 1 silently wrong, is the honest measure — with one caveat: a helper training on o's look-alikes saw
  // a few of p's denial sentences in a text dump (its rule was written from o's wordings). Then tracked changes in
  // Markdown accepted: 188/189, 0 silent.
  // Then volunteers' hours with an adjective at a rate: 189/189.
  p: { right: 189, scored: 189, silent: 0 },
  // Set q (time written every way: dates in many forms, amounts per month/quarter/termin/läsår, part first years,
  // stepped amounts, indexation and extensions worded many ways) was written blind and scored once before any rule
  // looked at it (2026-12-07 20:16): 91.1 % (175/192) with 3 silently wrong. Since then trained on (an overview row's
  // period by the agreement's rules, several partners in a decision's clause, extensions in clauses of their own and up
  // to a cap date, amounts per läsår/verksamhetsår, opening periods, "från och med beslutsdagen"): 192/192, 0 silent.
  q: { right: 192, scored: 192, silent: 0 },
  // Set r (budgets that are not just the committee's money: income and cost sides, other funders, overhead, a budget in
  // a bilaga, in-kind on both sides) was written blind at the same time as q and held back until every rule of the
  // session was in (2026-12-07 21:41): its first score, 89.9 % (161/179) with 2 silently wrong, is the honest measure.
  // The ceiling on silent only goes down. Then an uplift on a party's amount ("jämte ett påslag om 10 procent på det
  // beloppet") is that party's: 163/179, 0 silent.
  // 2026-12-08: the overview's value column named for the partnership, a PDF budget table whose party cell wraps above
  // and below its row, money from funders that are no parties (a heading, a gross sum, "Stiftelsen X" on a financing
  // row), a party's row sum over its cash grant: 177/179.
  // 2026-12-08 night (helpers on the older sets' leftovers and on prose economies): 'har ställt … till förfogande' as a paying verb: 179/179.
  r: { right: 179, scored: 179, silent: 0 },
  // Set s (who and how many: org numbers beside VAT/bankgiro numbers, civil parties of many legal forms, a
  // kommunalförbund, places beside distractor numbers) was written blind and held back with r (2026-12-07 21:41): its
  // first score, 83.7 % (164/196) with 6 silently wrong. The ceiling on silent only goes down. Then org numbers with
  // the century prefix 16, a contract that denies being a partnership refused, a "Partnerskap:" line as the name, a
  // minutes' meeting-detail line no title: 176/196, 0 silent.
  // 2026-12-08: an overview PDF's header cells that ran together, places in words in its column, two partners in one
  // cell; a kommunalförbund as the public party, a local branch's own number, an ekonomisk förening and a quoted name in
  // the att-clause, "Samverkan … benämns X": 196/196.
  s: { right: 196, scored: 196, silent: 0 },
  // Sets t (regions, health care, more than two parties), u (documents as they arrive: e-mails, copied PDF text, messy
  // numbers, text boxes and nested tables) and v (agreements that change over time) were written blind on 2026-12-07
  // and scored once before any rule looked at them (23:05): t 85.0 % (181/213) with 11 silently wrong, u
  // 78.1 % (139/178) with 4, v 90.6 % (164/181) with 4. Then trained on (consortia and huvudman roles, kommun + region
  // lists in decisions, leader lists in tkr; Markdown escapes, DrawingML text boxes, layout tables, a foreseen decision
  // no decision; old and new columns, an early end, follow-ups, split-year columns).
  // 2026-12-08 night (helpers on the older sets' leftovers and on prose economies): the public side's amount split by percentage between kommun and region: 212/213.
  t: { right: 212, scored: 213, silent: 0 },
  u: { right: 178, scored: 178, silent: 0 },
  v: { right: 181, scored: 181, silent: 0 },
  // Set w (one municipality's year of IOP paperwork, in fields of work the other sets used little) was written blind
  // and held back until every rule of the session was merged (2026-12-08 00:45): its first score, 92.2 % (214/232)
  // with 5 silently wrong, is the honest measure. Then a grant decision that says it enters no partnership refused and
  // a "Partnerskap | X" row before a heading below it: 217/232 with 2 silently wrong — w08's two partnerships decided
  // in one paragraph ("dels med A om X, dels med B om Y … respektive") are read as one, which no warning can cover.
  // 2026-12-08 night: the "dels … dels" clause split into one agreement per part, "Lillmyra byalag" read whole, a
  // decided grant that the case writes as part of a larger share: 241/254 (w08's two agreements now scored), 0 silent.
  // Then (helpers) numbered party paragraphs run together, an overview partner acting through its section, money
  // applied for and a price per event no share: 249/254.
  w: { right: 249, scored: 254, silent: 0 },
  // Sets x (several partnerships in one document, registers), y (contributions in prose and in kind) and z (bilingual
  // and project-speak documents) were written blind on 2026-12-08 and scored once before any rule looked at them
  // (01:56): x 90.7 % (245/270) with 14 silently wrong, y 95.7 % (202/211) with 0, z 83.1 % (123/148) with 3. x and y
  // were trained on (delområden, a dels clause beside a clause of its own, one § per partnership, a decision or an
  // agreement that denies a partnership or an idéburen counterpart; staff lent, valued openers, amounts in one word,
  // a public total split by percentage). x08's table of three proposed partnerships in a centred PDF is still unread:
  // its 3 missing agreements are silent (no warning can cover a missing agreement).
  x: { right: 291, scored: 294, silent: 3 },
  y: { right: 211, scored: 211, silent: 0 },
  // Set z was held back until every rule of the session was merged: 85.1 % (126/148) with 3 silently wrong (03:40), the
  // honest measure. The ceiling on silent only goes down. Then a short round on its silent fields (a register's header
  // cells followed by their translation, a document type followed by its translation): 157/176 (the register's rows
  // now scored), 0 silent.
  z: { right: 157, scored: 176, silent: 0 },
  // Set aa (sparse, partial and short documents) was written blind later the same night and held back likewise: 93.0 %
  // (173/186) with 3 silently wrong both before the helpers' rules (02:16) and after every rule was merged (03:40).
  // Then a short round on its silent fields (notes of a meeting that agreed and decided nothing refused, a list of
  // delegated decisions: the span they were taken in is no period, a row's "Period X – Y" is): 177/186, 0 silent.
  aa: { right: 177, scored: 186, silent: 0 },
};

requires('shared').describe('the blind sets', () => {
  beforeAll(() => buildCli(), 600_000);

  it.each(Object.entries(FLOORS))('set %s: at least its floor of fields right, no more silently wrong', (set, floor) => {
    const dir = fixture('blind', set);
    const score = scoreSet(join(dir, 'expected.json'), dir);
    if (score.right < floor.right || score.silent > floor.silent) console.log(misses(score));
    expect(score.scored).toBeGreaterThanOrEqual(floor.scored);
    expect(score.right).toBeGreaterThanOrEqual(floor.right);
    expect(score.silent).toBeLessThanOrEqual(floor.silent);
  }, 1_200_000);
});
