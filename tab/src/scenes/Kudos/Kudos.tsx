import {
  Avatar,
  Body1,
  Button,
  Combobox,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Subtitle1,
  Textarea,
  ToggleButton,
} from '@fluentui/react-components';
import { HeartFilled, HeartRegular, SendRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { PostDto } from '../../../../contracts/content';
import type { KudosInfoDto } from '../../../../contracts/gamification';
import type { MemberSummaryDto } from '../../../../contracts/schemas';
import { GamePage, GameSkeleton } from '../../components/GameNav/GameNav';
import { PostCard } from '../../components/PostCard/PostCard';
import { PostNotifyProvider } from '../../components/PostCard/PostNotify';
import { EmptyState, ErrorState } from '../../components/StateViews/StateViews';
import {
  allowanceAfter,
  KUDOS_MESSAGE_MAX,
  kudosProblems,
  type KudosDraft,
  type KudosField,
} from '../../hooks/gameModel';
import { useAction } from '../../hooks/useAction';
import { useGameApi, useKudos } from '../../hooks/useGame';
import { useMemberSearch } from '../../hooks/useMemberSearch';
import { useNotify } from '../../hooks/useNotify';
import { useSession } from '../../hooks/useSession';
import '../../i18n/game-messages';
import { useI18n } from '../../i18n/i18n';
import { useKudosStyles } from './Kudos.styles';

const EMPTY: KudosDraft = { to: undefined, value: undefined, message: '' };

/** Hearts drawn for the allowance at most (a larger allowance is said in words only). */
const MAX_HEARTS = 10;

/**
 * Kudos (key 8): thank someone for one of the charter's values, within a weekly allowance; the
 * kudos goes to the feed and pays them points. The latest kudos are listed beside the form.
 */
export default function Kudos() {
  const styles = useKudosStyles();
  const { t } = useI18n();
  const kudos = useKudos();
  const { toaster, notify } = useNotify();
  // Kudos sent from this page show at once, before the list is reloaded from the server.
  const [sent, setSent] = useState<PostDto[]>([]);

  return (
    <GamePage current="kudos" title={t('kudos.title')} intro={t('kudos.intro')}>
      {toaster}
      {kudos.status === 'loading' ? <GameSkeleton rows={3} /> : null}
      {kudos.status === 'error' ? <ErrorState error={kudos.error} onRetry={kudos.reload} /> : null}
      {kudos.status === 'ready'
        ? (() => {
            const pending = sent.filter((post) => !kudos.data.recent.some((r) => r.id === post.id));
            const allowance = allowanceAfter(kudos.data.allowance, pending.length);
            const recent = [...pending, ...kudos.data.recent];
            return (
              <div className={styles.columns}>
                <KudosForm
                  info={kudos.data}
                  allowance={allowance}
                  onSent={(post) => {
                    setSent((current) => [post, ...current]);
                    notify(t('kudos.sent', { name: post.kudos?.to.displayName ?? '' }));
                    kudos.reload();
                  }}
                  onStale={kudos.reload}
                />
                <section className={styles.recent} aria-labelledby="recent-kudos-title">
                  <Subtitle1 as="h2" id="recent-kudos-title" className={styles.sectionTitle}>
                    {t('kudos.recent')}
                  </Subtitle1>
                  {recent.length === 0 ? (
                    <EmptyState
                      icon={<HeartRegular />}
                      title={t('kudos.recent')}
                      body={t('kudos.recentEmpty')}
                    />
                  ) : (
                    <PostNotifyProvider>
                      <ul className={styles.list} data-testid="recent-kudos">
                        {recent.map((post) => (
                          <li key={post.id}>
                            <PostCard post={post} />
                          </li>
                        ))}
                      </ul>
                    </PostNotifyProvider>
                  )}
                </section>
              </div>
            );
          })()
        : null}
    </GamePage>
  );
}

/** Who, for which value, and why; with what is left of the week's allowance. */
function KudosForm({
  info,
  allowance,
  onSent,
  onStale,
}: {
  info: KudosInfoDto;
  allowance: KudosInfoDto['allowance'];
  onSent: (post: PostDto) => void;
  /** The allowance was used up elsewhere: reload it. */
  onStale: () => void;
}) {
  const styles = useKudosStyles();
  const { t, pick } = useI18n();
  const { me } = useSession();
  const game = useGameApi();
  const { run, busy, error, clearError } = useAction();
  const [draft, setDraft] = useState<KudosDraft>(EMPTY);
  const [query, setQuery] = useState('');
  // Opens on any change of the text, pasted or typed, not only on key presses.
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<KudosField[]>([]);
  const valuesId = useId();
  const results = useMemberSearch(query);
  const none = allowance.remaining <= 0;
  const noValues = info.values.length === 0;
  const disabled = none || noValues;
  const options =
    results.status === 'ready' ? results.data.filter((member: MemberSummaryDto) => member.id !== me.id) : [];

  const problem = (field: KudosField, message: string) =>
    shown.includes(field)
      ? { validationState: 'error' as const, validationMessage: message }
      : { validationState: 'none' as const };

  const handleSubmit = async () => {
    const problems = kudosProblems(draft, me.id);
    setShown(problems);
    const { to, value } = draft;
    if (problems.length > 0 || !to || !value) return;
    const outcome = await run('send', () =>
      game.giveKudos({ toId: to.id, value, message: draft.message.trim() }),
    );
    if (outcome.ok) {
      setDraft(EMPTY);
      setQuery('');
      onSent(outcome.value);
    } else if (outcome.error.code === 'KUDOS.ALLOWANCE_REACHED') {
      onStale();
    }
  };

  return (
    <form
      className={styles.form}
      aria-labelledby="kudos-form-title"
      data-testid="kudos-form"
      // Our own messages say what is missing, in the member's language, under each field.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void handleSubmit();
      }}
    >
      <Subtitle1 as="h2" id="kudos-form-title" className={styles.formTitle}>
        {t('kudos.form')}
      </Subtitle1>
      <div className={styles.allowance} data-testid="kudos-allowance">
        {allowance.perWeek <= MAX_HEARTS ? (
          <span className={styles.hearts} aria-hidden>
            {Array.from({ length: allowance.perWeek }, (_, i) =>
              i < allowance.remaining ? (
                <HeartFilled key={i} className={styles.heartLeft} />
              ) : (
                <HeartRegular key={i} className={styles.heartUsed} />
              ),
            )}
          </span>
        ) : null}
        <Body1>{t('kudos.left', { remaining: allowance.remaining, perWeek: allowance.perWeek })}</Body1>
      </div>
      {none ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('kudos.noneLeft', { perWeek: allowance.perWeek })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {noValues ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('kudos.noValues')}</MessageBarBody>
        </MessageBar>
      ) : null}

      <Field label={t('kudos.to')} required {...problem('to', t('kudos.problem.to'))}>
        <Combobox
          className={styles.picker}
          freeform
          disabled={disabled}
          placeholder={t('kudos.toPlaceholder')}
          value={query}
          open={open}
          onOpenChange={(_event, data) => setOpen(data.open)}
          selectedOptions={draft.to ? [draft.to.id] : []}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(event.target.value.trim().length > 0);
            setDraft((d) => ({ ...d, to: undefined }));
          }}
          onOptionSelect={(_event, data) => {
            const member = options.find((m) => m.id === data.optionValue);
            if (!member) return;
            setDraft((d) => ({ ...d, to: { id: member.id, displayName: member.displayName } }));
            setQuery(member.displayName);
            clearError();
          }}
        >
          {results.status === 'loading' || results.settling ? (
            <Option value="" text="" disabled>
              {t('kudos.searching')}
            </Option>
          ) : options.length === 0 ? (
            <Option value="" text="" disabled>
              {results.status === 'error' ? results.error.message : t('kudos.noMatch')}
            </Option>
          ) : (
            options.map((member) => {
              const details = [member.department, member.jobRole].filter(Boolean).join(' · ');
              return (
                <Option key={member.id} value={member.id} text={member.displayName}>
                  <span className={styles.option}>
                    <Avatar name={member.displayName} color="colorful" size={24} aria-hidden />
                    <span className={styles.optionText}>
                      <span>{member.displayName}</span>
                      {details ? <span className={styles.optionDetails}>{details}</span> : null}
                    </span>
                  </span>
                </Option>
              );
            })
          )}
        </Combobox>
      </Field>

      <Field
        label={{ children: t('kudos.value'), id: valuesId }}
        required
        {...problem('value', t('kudos.problem.value'))}
      >
        <div className={styles.chips} role="group" aria-labelledby={valuesId}>
          {info.values.map((value) => {
            const label = pick(value);
            const selected = draft.value === label;
            return (
              <ToggleButton
                key={label}
                className={styles.chip}
                shape="circular"
                size="small"
                disabled={disabled}
                checked={selected}
                appearance={selected ? 'primary' : 'outline'}
                icon={selected ? <HeartFilled /> : <HeartRegular />}
                onClick={() => setDraft((d) => ({ ...d, value: selected ? undefined : label }))}
              >
                {label}
              </ToggleButton>
            );
          })}
        </div>
      </Field>

      <Field
        label={t('kudos.message')}
        required
        hint={t('kudos.messageCount', { count: draft.message.length, max: KUDOS_MESSAGE_MAX })}
        {...problem('message', t('kudos.problem.message'))}
      >
        <Textarea
          resize="vertical"
          rows={4}
          maxLength={KUDOS_MESSAGE_MAX}
          disabled={disabled}
          placeholder={t('kudos.messagePlaceholder')}
          value={draft.message}
          onChange={(_event, data) => setDraft((d) => ({ ...d, message: data.value }))}
        />
      </Field>

      {error && error.code !== 'CLIENT.BUSY' ? (
        <MessageBar intent="error" data-testid="kudos-error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          disabled={disabled || Boolean(busy)}
          icon={busy ? <Spinner size="tiny" /> : <SendRegular />}
        >
          {t('kudos.send')}
        </Button>
      </div>
    </form>
  );
}
