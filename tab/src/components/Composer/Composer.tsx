import {
  Avatar,
  Button,
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
} from '@fluentui/react-components';
import { DismissRegular, EditRegular } from '@fluentui/react-icons';
import { useId, useRef, useState } from 'react';
import type { PostDto } from '../../../../contracts/content';
import { dateTime } from '../../hooks/relativeTime';
import { useComposer } from '../../hooks/useComposer';
import { hrefOf } from '../../hooks/useHashRoute';
import { useMediaQuery } from '../../hooks/useMediaQuery';
import { useSession } from '../../hooks/useSession';
import { useI18n } from '../../i18n/i18n';
import { useComposerStyles } from './Composer.styles';
import { ComposerForm } from './ComposerForm';

/** Phones get the composer as a full-screen dialog; wider screens expand it in place. */
const SMALL_SCREEN = '(max-width: 640px)';

/**
 * "Share something…": expands into the post composer. Published and held posts go to
 * `onPublished` (the feed puts them first); drafts and scheduled posts are confirmed here.
 */
export function Composer({
  defaultCircleId,
  onPublished,
  onSaved,
}: {
  defaultCircleId?: string;
  onPublished?: (post: PostDto) => void;
  /** Any post sent, whatever became of it (drafts and scheduled posts too). */
  onSaved?: (post: PostDto) => void;
}) {
  const styles = useComposerStyles();
  const { t } = useI18n();
  const { me } = useSession();
  const composer = useComposer({ defaultCircleId });
  const small = useMediaQuery(SMALL_SCREEN);
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<PostDto | undefined>();
  const promptRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();

  const close = () => {
    setOpen(false);
    // Back to where the member started, so keyboard users do not lose their place.
    requestAnimationFrame(() => promptRef.current?.focus());
  };
  const handleSubmitted = (post: PostDto) => {
    setOutcome(post);
    close();
    if (post.status === 'published' || post.status === 'held') onPublished?.(post);
    onSaved?.(post);
  };
  const form = <ComposerForm composer={composer} onSubmitted={handleSubmitted} onCancel={close} />;

  return (
    <div>
      {open && !small ? (
        <section className={styles.inline} aria-labelledby={headingId}>
          <Subtitle2 as="h2" id={headingId} className={styles.inlineTitle}>
            {t('composer.heading')}
          </Subtitle2>
          {form}
        </section>
      ) : (
        <div className={styles.prompt}>
          <Avatar name={me.displayName} color="colorful" size={32} aria-hidden />
          <Button
            ref={promptRef}
            appearance="outline"
            shape="circular"
            className={styles.promptButton}
            icon={composer.hasContent ? <EditRegular /> : undefined}
            onClick={() => {
              setOutcome(undefined);
              setOpen(true);
            }}
            aria-haspopup={small ? 'dialog' : undefined}
          >
            {composer.hasContent ? t('composer.continue') : t('composer.prompt')}
          </Button>
        </div>
      )}
      {small ? (
        <Dialog open={open} onOpenChange={(_event, data) => (data.open ? setOpen(true) : close())}>
          <DialogSurface className={styles.surface}>
            <DialogBody>
              <DialogTitle
                action={
                  <DialogTrigger action="close">
                    <Button appearance="subtle" aria-label={t('composer.close')} icon={<DismissRegular />} />
                  </DialogTrigger>
                }
              >
                {t('composer.heading')}
              </DialogTitle>
              <DialogContent>{form}</DialogContent>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      ) : null}
      <div aria-live="polite">
        {outcome ? <Outcome post={outcome} onDismiss={() => setOutcome(undefined)} /> : null}
      </div>
    </div>
  );
}

/** What became of the post just sent. */
function Outcome({ post, onDismiss }: { post: PostDto; onDismiss: () => void }) {
  const { t, locale } = useI18n();
  const view = <Link href={hrefOf('post', post.id)}>{t('composer.view')}</Link>;
  const dismiss = (
    <Button
      appearance="transparent"
      size="small"
      icon={<DismissRegular />}
      aria-label={t('composer.dismiss')}
      onClick={onDismiss}
    />
  );
  const [intent, title, body] =
    post.status === 'held'
      ? (['warning', t('composer.outcome.heldTitle'), t('composer.outcome.held')] as const)
      : post.status === 'draft'
        ? ([
            'info',
            t('composer.outcome.draftTitle'),
            t(post.ready ? 'composer.outcome.draftReady' : 'composer.outcome.draft'),
          ] as const)
        : post.status === 'scheduled'
          ? ([
              'info',
              t('composer.outcome.scheduledTitle'),
              t('composer.outcome.scheduled', {
                date: post.scheduledFor ? dateTime(post.scheduledFor, locale) : '',
              }),
            ] as const)
          : ([
              'success',
              t('composer.outcome.publishedTitle'),
              t('composer.outcome.published', { circle: post.circle.name }),
            ] as const);
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
      <MessageBarActions containerAction={dismiss}>{view}</MessageBarActions>
    </MessageBar>
  );
}
