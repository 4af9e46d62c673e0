import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, Result, Typography } from 'antd';
import { translate } from '../../../shared/i18n/messages';
import { currentLanguage } from '../stores/settings';

interface Props {
  children: ReactNode;
  /** When it changes (e.g. the route), a caught error is forgotten so the next screen renders. */
  resetKey?: string;
}

interface State {
  error: Error | null;
}

/**
 * Catches a screen that throws while rendering, so one broken screen never blanks the
 * whole window: the sidebar stays usable and the user can reload. The fallback reads the
 * language from the store directly because it must work even when hooks above it failed.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('screen crashed', error, info.componentStack);
  }

  override componentDidUpdate(prev: Props): void {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const language = currentLanguage();
    return (
      <Result
        status="error"
        title={<h1 className="result-heading">{translate(language, 'errorBoundary.title')}</h1>}
        subTitle={translate(language, 'errorBoundary.body')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {translate(language, 'errorBoundary.reload')}
          </Button>
        }
      >
        <Typography.Text type="secondary" code>
          {translate(language, 'errorBoundary.detail', { message: error.message })}
        </Typography.Text>
      </Result>
    );
  }
}
