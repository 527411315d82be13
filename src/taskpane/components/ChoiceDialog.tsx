import { ReactNode, Suspense, lazy, useCallback, useRef, useState } from 'react';

// The dialog's code is loaded with the first question: no view needs it to show.
const ChoiceDialogView = lazy(() => import(/* webpackChunkName: "dialog" */ './ChoiceDialogView'));

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
  const dialog = request ? (
    <Suspense fallback={null}>
      <ChoiceDialogView request={request} answer={answer} />
    </Suspense>
  ) : null;
  return [ask, dialog];
}
