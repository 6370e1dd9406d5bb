import {
  Button,
  Checkbox,
  Field,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { hrefOf } from '../../hooks/useHashRoute';
import { useI18n } from '../../i18n/i18n';
import { MentionTextarea } from '../MemberPicker/MentionTextarea';
import { useCommentsStyles } from './Comments.styles';

/** Writes a comment, a reply or an edit: markdown with @mentions, Ctrl+Enter sends. */
export function CommentBox({
  label,
  submitLabel,
  initial = '',
  autoFocus = false,
  anonymousOption = false,
  onSubmit,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  initial?: string;
  autoFocus?: boolean;
  /** Offer "reply anonymously" (the author of an anonymous question). */
  anonymousOption?: boolean;
  onSubmit: (body: string, anonymous: boolean) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const styles = useCommentsStyles();
  const { t } = useI18n();
  const [body, setBody] = useState(initial);
  const [anonymous, setAnonymous] = useState(anonymousOption);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [touched, setTouched] = useState(false);
  const empty = !body.trim();

  const send = () => {
    setTouched(true);
    if (empty || sending) return;
    setSending(true);
    setError(undefined);
    onSubmit(body.trim(), anonymous).then(
      () => {
        setSending(false);
        setBody('');
        setTouched(false);
      },
      (caught: ApiError) => {
        setSending(false);
        setError(caught);
      },
    );
  };

  return (
    <form
      className={styles.box}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <Field
        label={label}
        validationMessage={touched && empty ? t('comments.empty') : undefined}
        validationState={touched && empty ? 'error' : 'none'}
      >
        {(fieldProps) => (
          <MentionTextarea
            {...fieldProps}
            value={body}
            onValueChange={setBody}
            onSubmitShortcut={send}
            autoFocus={autoFocus}
            rows={3}
            resize="vertical"
            placeholder={t('comments.placeholder')}
          />
        )}
      </Field>
      {error ? (
        <MessageBar
          intent={
            error.code.endsWith('RATE_LIMITED') || error.code === 'CHARTER.NOT_ACKNOWLEDGED'
              ? 'warning'
              : 'error'
          }
          layout="multiline"
        >
          <MessageBarBody>{error.message}</MessageBarBody>
          {error.code === 'CHARTER.NOT_ACKNOWLEDGED' ? (
            <MessageBarActions>
              <Link href={hrefOf('home')}>{t('composer.charterLink')}</Link>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      <div className={styles.boxActions}>
        {anonymousOption ? (
          <Checkbox
            className={styles.boxOption}
            checked={anonymous}
            onChange={(_event, data) => setAnonymous(data.checked === true)}
            label={t('comments.anonymous')}
          />
        ) : null}
        {onCancel ? (
          <Button appearance="secondary" size="small" onClick={onCancel}>
            {t('feed.cancel')}
          </Button>
        ) : null}
        <Button
          appearance="primary"
          size="small"
          type="submit"
          disabled={sending}
          icon={sending ? <Spinner size="extra-tiny" /> : <SendRegular />}
        >
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
