import { useCallback, useRef, useState } from 'react';
import { userMessage } from './errors';

export interface ActionState {
  busy: boolean;
  error: string | null;
  success: string | null;
}

/**
 * Runs one user action at a time and keeps what the user should see about it: busy, an error sentence or a
 * success sentence. Errors never escape to a blank pane.
 */
export function useAction(): [ActionState, <T>(fn: () => Promise<T>, success?: (value: T) => string | null) => Promise<T | undefined>, () => void] {
  const [state, setState] = useState<ActionState>({ busy: false, error: null, success: null });
  const running = useRef(false);
  const run = useCallback(async <T,>(fn: () => Promise<T>, success?: (value: T) => string | null): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setState({ busy: true, error: null, success: null });
    try {
      const value = await fn();
      setState({ busy: false, error: null, success: success ? success(value) : null });
      return value;
    } catch (error) {
      setState({ busy: false, error: userMessage(error), success: null });
      return undefined;
    } finally {
      running.current = false;
    }
  }, []);
  const reset = useCallback(() => setState({ busy: false, error: null, success: null }), []);
  return [state, run, reset];
}
