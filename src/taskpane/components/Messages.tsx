import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStyles } from '../styles';
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

/** A warning; `snippets` are the source text it is about, quoted inside the bar so the two are read together. */
export function WarningBar({ title, snippets = [], children }: { title?: string; snippets?: readonly string[]; children: React.ReactNode }) {
  const s = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
        {snippets.length > 0 && (
          <figure className={s.warningSource}>
            <figcaption className={s.muted}>Källtext:</figcaption>
            {snippets.map((snippet, i) => (
              <blockquote key={i} className={s.snippet}>
                {snippet}
              </blockquote>
            ))}
          </figure>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
