import type { RefObject } from 'react';
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { errorTarget, focusField } from '../errorTargets';

/**
 * The errors that stop a save, each in the form's words and, where one field is meant, a link that opens its
 * section and puts the cursor in it.
 */
export function ErrorSummary({ title, errors, form }: { title: string; errors: readonly string[]; form: RefObject<HTMLElement> }) {
  if (errors.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className="iop-list">
          {errors.map((e) => {
            const target = errorTarget(e);
            return (
              <li key={e}>
                {target.label ? (
                  <Link inline onClick={() => focusField(form.current, target.label!)}>
                    {target.text}
                  </Link>
                ) : (
                  target.text
                )}
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
