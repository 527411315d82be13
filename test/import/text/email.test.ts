import { buildSource } from '../../../src/import/text/source';
import { emailEnvelope, frontStart } from '../../../src/import/text/email';

/** An e-mail's envelope: its header lines, its subject and where a pasted document starts. Written for these tests. */
describe('emailEnvelope', () => {
  const MAIL = 'Från: Eva Lind <eva@x.se>\nSkickat: den 9 juni 2026\nTill: Kalle <k@y.se>\nÄmne: SV: VB: IOP Träffpunkten\n\nHej Kalle!\n\nHär är texten.\n\n----------\n\nÖVERENSKOMMELSE\nTräffpunkten\n';

  test('the subject without reply prefixes, the body after the headers and the pasted text after the rule', () => {
    const doc = buildSource(MAIL);
    const envelope = emailEnvelope(doc);
    expect(envelope?.subject?.text).toBe('IOP Träffpunkten');
    expect(doc.text.slice(envelope!.subject!.start, envelope!.subject!.end)).toBe('IOP Träffpunkten');
    expect(doc.lines[envelope!.bodyFrom].text).toBe('');
    expect(doc.lines[frontStart(doc)].text).toBe('ÖVERENSKOMMELSE');
  });

  test('without a pasted rule line the front starts after the headers', () => {
    const doc = buildSource(MAIL.replace('----------\n\n', ''));
    expect(emailEnvelope(doc)?.pastedFrom).toBeNull();
    expect(frontStart(doc)).toBe(4);
  });

  test.each([
    ['an agreement', 'Överenskommelse om IOP\n\nFrån: 2026-01-01\nTill: 2026-12-31\n'],
    ['one header line only', 'Från: Eva Lind\n\nÖverenskommelse\n'],
    ['headers without a sender first', 'Till: Kalle\nÄmne: IOP\n\nText\n'],
  ])('%s is no e-mail', (_, text) => {
    expect(emailEnvelope(buildSource(text))).toBeNull();
    expect(frontStart(buildSource(text))).toBe(0);
  });
});
