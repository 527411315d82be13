import type { FieldChange } from '../agreementDiff';
import { useStyles } from '../styles';

/** What a replacement would change, field by field: the stored value and the new one. */
export function ChangesList({ changes }: { changes: readonly FieldChange[] }) {
  const s = useStyles();
  if (changes.length === 0) return <p>Inga fält skiljer sig från det sparade avtalet.</p>;
  return (
    <dl className={s.changes} aria-label="Ändringar fält för fält">
      {changes.map((c) => (
        <div key={c.field} className={s.change}>
          <dt className={s.changeField}>{c.field}</dt>
          <dd className={s.changeValue}>
            <span className={s.muted}>Sparat: </span>
            <del>{c.before}</del>
          </dd>
          <dd className={s.changeValue}>
            <span className={s.muted}>Nytt: </span>
            <ins>{c.after}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}
