import { useEffect, useState } from 'react';
import { Button } from '@fluentui/react-components';
import { useStyles } from '../styles';

/** How many of a long list are shown, and a way to show all of it. */
export interface Growing {
  shown: number;
  total: number;
  /** True while the rest is being added, a part per task. */
  growing: boolean;
  showAll(): void;
}

/**
 * A long list (over 100 items) shown a part at a time: the first `limit` items at once, and on request the rest in steps of
 * `step`, each rendered in a task of its own so the page's thread never stops for long (the IOP.* functions
 * share it). A list that grows or shrinks keeps what was shown.
 */
export function useGrowing(total: number, limit = 20, step = 50): Growing {
  // A list of ordinary length is shown whole (an item the user adds appears at once); a long one a part at a time.
  const first = total <= 100 ? total : limit;
  const [target, setTarget] = useState(first);
  const [shown, setShown] = useState(Math.min(first, total));
  useEffect(() => {
    const goal = Math.min(total, Math.max(target, first));
    if (shown === goal) return;
    if (shown > goal) {
      setShown(goal);
      return;
    }
    const timer = setTimeout(() => setShown((n) => Math.min(goal, n === 0 && goal <= first ? goal : n + step)), 0);
    return () => clearTimeout(timer);
  }, [shown, target, total, first, step]);
  return { shown: Math.min(shown, total), total, growing: shown < Math.min(total, target), showAll: () => setTarget(Number.MAX_SAFE_INTEGER) };
}

/** "20 av 8 006 kostnadsposter visas — Visa alla": nothing when the whole list is shown. */
export function ShowMore({ growing, noun }: { growing: Growing; noun: string }) {
  const s = useStyles();
  if (growing.shown >= growing.total) return null;
  const n = (v: number) => v.toLocaleString('sv-SE');
  return (
    <div className={s.row} role="status">
      <span className={s.muted}>
        {n(growing.shown)} av {n(growing.total)} {noun} visas{growing.growing ? ' (fler läggs till …)' : ''}.
      </span>
      {!growing.growing && (
        <Button size="small" onClick={growing.showAll}>
          Visa alla {n(growing.total)}
        </Button>
      )}
    </div>
  );
}
