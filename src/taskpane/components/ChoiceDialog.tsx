import { ReactNode, useCallback, useRef, useState } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';

export interface Choice<T extends string> {
  value: T;
  label: string;
  primary?: boolean;
}

export interface ChoiceRequest<T extends string> {
  title: string;
  body: ReactNode;
  choices: Choice<T>[];
  /** The button that answers "none of these" (also Escape). */
  cancel: string;
}

/**
 * A question the user must answer before the pane goes on (replace or keep, delete, leave unsaved edits),
 * as a Fluent modal dialog: focus moves into it, Escape cancels, and screen readers announce its title.
 * `ask` resolves with the chosen value, or null when cancelled.
 */
export function useChoiceDialog<T extends string>(): [(request: ChoiceRequest<T>) => Promise<T | null>, ReactNode] {
  const [request, setRequest] = useState<ChoiceRequest<T> | null>(null);
  const resolver = useRef<((value: T | null) => void) | null>(null);
  const ask = useCallback(
    (next: ChoiceRequest<T>) =>
      new Promise<T | null>((resolve) => {
        resolver.current?.(null);
        resolver.current = resolve;
        setRequest(next);
      }),
    [],
  );
  const answer = (value: T | null) => {
    resolver.current?.(value);
    resolver.current = null;
    setRequest(null);
  };
  const dialog = (
    <Dialog open={request !== null} modalType="modal" onOpenChange={(_, d) => !d.open && answer(null)}>
      <DialogSurface aria-describedby={undefined}>
        {request && (
          <DialogBody>
            <DialogTitle>{request.title}</DialogTitle>
            <DialogContent>{request.body}</DialogContent>
            <DialogActions fluid position="start">
              {request.choices.map((c) => (
                <Button key={c.value} appearance={c.primary ? 'primary' : 'secondary'} onClick={() => answer(c.value)}>
                  {c.label}
                </Button>
              ))}
              <Button appearance="subtle" onClick={() => answer(null)}>
                {request.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
  return [ask, dialog];
}
