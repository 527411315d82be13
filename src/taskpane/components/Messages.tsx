import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ActionState } from '../useAction';

export function ActionMessages({ state }: { state: ActionState }) {
  return (
    <div aria-live="polite">
      {state.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}
      {state.success && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{state.success}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

export function ErrorList({ title, errors }: { title: string; errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className="iop-list">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

export function WarningBar({ title, children }: { title?: string; children: React.ReactNode }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
