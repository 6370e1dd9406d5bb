import { Body1, Button, Caption1, Spinner, Subtitle2 } from '@fluentui/react-components';
import { ArrowClockwiseRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useStateStyles } from './StateViews.styles';

/** Shown while something loads. */
export function LoadingState({ label }: { label?: string }) {
  const styles = useStateStyles();
  const { t } = useI18n();
  return (
    <div className={styles.center} role="status" aria-live="polite">
      <Spinner label={label ?? t('state.loading')} />
    </div>
  );
}

/** Shown when loading failed: the server's own words, a reference for support, and a retry. */
export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const styles = useStateStyles();
  const { t } = useI18n();
  return (
    <div className={styles.center} role="alert">
      <ErrorCircleRegular className={styles.icon} aria-hidden />
      <Subtitle2>{t('state.errorTitle')}</Subtitle2>
      <Body1 className={styles.body}>{error.message}</Body1>
      {error.requestId ? (
        <Caption1 className={styles.code}>
          {error.code} · {error.requestId}
        </Caption1>
      ) : null}
      {onRetry ? (
        <Button appearance="primary" icon={<ArrowClockwiseRegular />} onClick={onRetry}>
          {t('state.retry')}
        </Button>
      ) : null}
    </div>
  );
}

/** Shown when there is nothing (yet): says what will be here and, when possible, how to start. */
export function EmptyState({
  icon,
  title,
  body,
  action,
}: {
  icon: ReactNode;
  title: string;
  body: string;
  action?: ReactNode;
}) {
  const styles = useStateStyles();
  return (
    <div className={styles.center}>
      <span className={styles.icon} aria-hidden>
        {icon}
      </span>
      <Subtitle2 as="h2">{title}</Subtitle2>
      <Body1 className={styles.body}>{body}</Body1>
      {action}
    </div>
  );
}
