import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Switch,
} from '@fluentui/react-components';
import { LockClosedRegular, SendRegular } from '@fluentui/react-icons';
import { useRef, type KeyboardEvent } from 'react';
import type { PostDto } from '../../../../contracts/content';
import type { ApiError } from '../../api/client';
import { retryTimeOf } from '../../hooks/apiErrors';
import { needsUrl } from '../../hooks/composerModel';
import { dateTime } from '../../hooks/relativeTime';
import type { Composer, FieldMessage } from '../../hooks/useComposer';
import { hrefOf } from '../../hooks/useHashRoute';
import { useNow } from '../../hooks/useNow';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { BodyEditor } from './BodyEditor';
import { useComposerStyles } from './Composer.styles';
import { LinkField } from './LinkField';
import { PublishOptions } from './PublishOptions';
import { TagInput } from './TagInput';
import { TypePicker } from './TypePicker';

const SUBMIT_LABELS: Record<'now' | 'draft' | 'schedule', MessageKey> = {
  now: 'composer.submit.now',
  draft: 'composer.submit.draft',
  schedule: 'composer.submit.schedule',
};

/** The composer's fields and buttons (inline on wide screens, in a dialog on phones). */
export function ComposerForm({
  composer,
  onSubmitted,
  onCancel,
}: {
  composer: Composer;
  onSubmitted: (post: PostDto) => void;
  onCancel: () => void;
}) {
  const styles = useComposerStyles();
  const { t } = useI18n();
  const { draft, set, fieldMessages } = composer;
  const message = (field: keyof typeof fieldMessages): string | undefined =>
    messageText(fieldMessages[field], t);
  const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

  const formRef = useRef<HTMLFormElement>(null);
  const handleSubmit = async () => {
    if (composer.submitting) return;
    const post = await composer.submit();
    if (post) {
      onSubmitted(post);
      return;
    }
    // Take people to what needs fixing: the first field marked invalid, once React has marked it.
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.defaultPrevented) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void handleSubmit();
    }
  };
  const selectedCircle = composer.circles.find((c) => c.id === draft.circleId);

  return (
    <form
      ref={formRef}
      className={styles.form}
      noValidate
      onKeyDown={handleKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void handleSubmit();
      }}
    >
      <TypePicker value={draft.type} types={composer.types} onChange={(type) => set({ type })} />
      <div className={styles.row}>
        <Field
          label={t('composer.circle')}
          required
          validationMessage={message('circleId') ?? composer.circlesError?.message}
          validationState={message('circleId') || composer.circlesError ? 'error' : 'none'}
        >
          <Dropdown
            value={selectedCircle?.name ?? ''}
            selectedOptions={draft.circleId ? [draft.circleId] : []}
            onOptionSelect={(_event, data) => data.optionValue && set({ circleId: data.optionValue })}
            placeholder={t('composer.circlePlaceholder')}
          >
            {composer.circles.map((circle) => (
              <Option key={circle.id} value={circle.id} text={circle.name}>
                {circle.visibility === 'private' ? (
                  <LockClosedRegular aria-label={t('composer.private')} />
                ) : null}
                {circle.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field
          label={t('composer.title')}
          required
          validationMessage={message('title')}
          validationState={message('title') ? 'error' : 'none'}
        >
          <Input
            value={draft.title}
            maxLength={200}
            autoFocus
            placeholder={t(
              draft.type === 'question' ? 'composer.titlePlaceholderQuestion' : 'composer.titlePlaceholder',
            )}
            onChange={(_event, data) => set({ title: data.value })}
          />
        </Field>
      </div>
      {needsUrl(draft.type) || draft.url ? (
        <LinkField
          type={draft.type}
          value={draft.url}
          title={draft.title}
          onChange={(url) => set({ url })}
          validationMessage={message('url')}
        />
      ) : null}
      <BodyEditor
        label={t('composer.body')}
        value={draft.body}
        onChange={(body) => set({ body })}
        onSubmitShortcut={() => void handleSubmit()}
        validationMessage={message('body')}
      />
      <TagInput tags={draft.tags} onChange={(tags) => set({ tags })} validationMessage={message('tags')} />
      {draft.type === 'question' ? (
        <Field hint={t('composer.anonymousHint')} validationMessage={message('anonymous')}>
          <Switch
            checked={draft.anonymous}
            onChange={(_event, data) => set({ anonymous: data.checked })}
            label={t('composer.anonymous')}
          />
        </Field>
      ) : null}
      <PublishOptions
        publish={draft.publish}
        ready={draft.ready}
        scheduledFor={draft.scheduledFor}
        canSchedule={composer.canSchedule}
        onChange={set}
        scheduleMessage={message('scheduledFor')}
      />
      <ComposerError error={composer.error} />
      {composer.otherProblems.length > 0 ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{composer.otherProblems.join(' · ')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Caption1 className={styles.shortcut}>
          {t(isMac ? 'composer.shortcutMac' : 'composer.shortcut')}
        </Caption1>
        {composer.hasContent ? (
          <Button appearance="subtle" onClick={composer.discard}>
            {t('composer.discard')}
          </Button>
        ) : null}
        <Button appearance="secondary" onClick={onCancel}>
          {t('composer.close')}
        </Button>
        <Button
          appearance="primary"
          type="submit"
          disabled={composer.submitting}
          icon={composer.submitting ? <Spinner size="tiny" /> : <SendRegular />}
        >
          {t(SUBMIT_LABELS[draft.publish === 'schedule' && !composer.canSchedule ? 'now' : draft.publish])}
        </Button>
      </div>
    </form>
  );
}

function messageText(
  message: FieldMessage | undefined,
  t: (key: MessageKey, vars?: Record<string, string | number>) => string,
): string | undefined {
  if (!message) return undefined;
  return 'server' in message ? message.server : t(`composer.problem.${message.problem}`);
}

/** Errors that belong to no field: the charter to accept, the posting rate, anything else. */
function ComposerError({ error }: { error: ApiError | undefined }) {
  const { t, locale } = useI18n();
  const now = useNow();
  if (!error) return null;
  if (error.code === 'CHARTER.NOT_ACKNOWLEDGED') {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('composer.charterTitle')}</MessageBarTitle>
          {error.message}
        </MessageBarBody>
        <MessageBarActions>
          <Link href={hrefOf('home')}>{t('composer.charterLink')}</Link>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (error.code === 'POST.RATE_LIMITED') {
    const retry = retryTimeOf(error, now);
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('composer.rateLimitedTitle')}</MessageBarTitle>
          {error.message}
          {retry ? ` ${t('composer.retryAt', { time: dateTime(retry.toISOString(), locale) })}` : ''}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {error.message}
        {error.requestId ? (
          <Caption1 as="p">
            {error.code} · {error.requestId}
          </Caption1>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
