import { Component, ErrorInfo, ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { userMessage } from '../errors';

interface Props {
  /** Names the view in the message, e.g. "Importera". */
  area: string;
  children: ReactNode;
}

interface State {
  error: unknown;
}

/**
 * React catches render errors only in class components, hence the one class in the pane: a crash in a view
 * shows a message and a way back instead of a blank pane.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Fel i vyn ${this.props.area}`, error, info.componentStack);
  }

  render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Vyn {this.props.area} kunde inte visas.</MessageBarTitle>
          {userMessage(this.state.error)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState({ error: null })}>Försök igen</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
