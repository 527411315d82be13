import { useMemo } from 'react';
import { AgreementDraft, draftPartyAmounts } from '../agreementDraft';
import { PartyAmountText } from './PartyAmountText';
import { formatIsoDate, formatKr, parseSwedishNumber } from '../format';
import { useStyles } from '../styles';

const SECTOR = { public: 'offentlig', civil: 'idéburen' } as const;

/** What an official checks first: who, when, how much per party and in total, from the draft as it stands. */
export function KeyFigures({ draft }: { draft: AgreementDraft }) {
  const s = useStyles();
  const amounts = useMemo(() => draftPartyAmounts(draft), [draft]);
  const sum = amounts.reduce((acc, t) => acc + t.annualAmount, 0);
  const stated = parseSwedishNumber(draft.annualTotal);
  const date = (v: string) => (v.trim() ? formatIsoDate(v.trim()) : 'saknas');
  // Term above value: in a 350 px pane a column of long party names would squeeze the amounts to a sliver.
  return (
    <dl className={s.keyFigures} aria-label="Nyckeltal">
      <div>
        <dt className={s.keyTerm}>Parter</dt>
        <dd className={s.keyValue}>{draft.parties.map((p) => `${p.name || 'namn saknas'} (${SECTOR[p.sector]})`).join(', ') || 'inga'}</dd>
      </div>
      <div>
        <dt className={s.keyTerm}>Period</dt>
        <dd className={s.keyValue}>
          {draft.start.trim() === '' && draft.kept?.inForceYear ? `i kraft ${draft.kept.inForceYear} enligt nämndens översikt (startdatum saknas)` : date(draft.start)} –{' '}
          {date(draft.end)}
        </dd>
      </div>
      <div>
        <dt className={s.keyTerm}>Per part och år</dt>
        {amounts.map((t, i) => (
          <dd key={i} className={s.keyValue}>
            {t.party || `Part ${i + 1}`}: <PartyAmountText amount={t} all={amounts} />
          </dd>
        ))}
      </div>
      <div>
        <dt className={s.keyTerm}>Totalt</dt>
        <dd className={s.keyValue}>
          {formatKr(stated ?? sum)} per år
          {stated !== null && stated !== sum ? ` (parternas angivna belopp: ${formatKr(sum)})` : ''}
        </dd>
      </div>
    </dl>
  );
}
