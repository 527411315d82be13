import { useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { usePane } from '../context';
import { useAction } from '../useAction';
import type { UndoableChange } from '../workbookApi';
import { ActionMessages } from './Messages';

/**
 * The last save or delete and a way to undo it. The record lives in the workbook, so the bar is there again
 * after the pane (or the workbook) was closed.
 */
export function UndoBar() {
  const { workbook, changes, notifyChange } = usePane();
  const [last, setLast] = useState<UndoableChange | null>(null);
  const [state, run] = useAction();

  useEffect(() => {
    let live = true;
    workbook.lastChange().then(
      (c) => live && setLast(c),
      () => live && setLast(null),
    );
    return () => {
      live = false;
    };
  }, [workbook, changes]);

  const undo = () =>
    run(
      async () => {
        const undone = await workbook.undoLastChange();
        notifyChange();
        return undone;
      },
      (undone) => (undone ? `Ångrat: ${undone.label}. De tidigare raderna är tillbaka i tabellerna.` : 'Det fanns inget att ångra.'),
    );

  return (
    <div>
      {last && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>Senaste ändringen: {last.label}.</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void undo()} disabledFocusable={state.busy}>
              {state.busy ? 'Ångrar…' : 'Ångra'}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ActionMessages state={state} />
    </div>
  );
}
