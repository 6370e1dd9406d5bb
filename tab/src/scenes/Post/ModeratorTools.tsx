import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Textarea,
} from '@fluentui/react-components';
import { EyeRegular, ShieldPersonRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { PostDto } from '../../../../contracts/content';
import type { MemberSummaryDto } from '../../../../contracts/schemas';
import type { ApiError } from '../../api/client';
import { IDEA_STATUSES } from '../../components/PostCard/postTypes';
import type { IdeaStatusDto } from '../../hooks/apiTypes';
import { useModeratePost } from '../../hooks/usePost';
import { useI18n } from '../../i18n/i18n';
import { usePostPageStyles } from './PostPage.styles';

const REVEAL_REASON_MIN = 10;

/** What moderators can do on a post page: move an idea along, reveal who asked a question. */
export function ModeratorTools({
  post,
  onPostChange,
}: {
  post: PostDto;
  onPostChange: (post: PostDto) => void;
}) {
  const styles = usePostPageStyles();
  const { t } = useI18n();
  const moderation = useModeratePost(post, onPostChange);
  const [revealing, setRevealing] = useState(false);
  const [revealed, setRevealed] = useState<MemberSummaryDto | undefined>();
  const isIdea = post.type === 'idea';
  const canReveal = post.anonymous && !post.isMine;
  if (!post.canModerate || (!isIdea && !canReveal)) return null;

  return (
    <>
      <div className={styles.tools} role="group" aria-label={t('postMod.tools')}>
        <span className={styles.toolsLabel}>
          <ShieldPersonRegular aria-hidden />
          {t('postMod.tools')}
        </span>
        {isIdea ? (
          <Menu
            checkedValues={{ status: post.ideaStatus ? [post.ideaStatus] : [] }}
            onCheckedValueChange={(_event, data) => {
              const next = data.checkedItems[0];
              if (next) moderation.setIdeaStatus(next as IdeaStatusDto);
            }}
          >
            <MenuTrigger disableButtonEnhancement>
              <Button size="small">
                {t('postMod.ideaStatus', { status: t(IDEA_STATUSES[post.ideaStatus ?? 'new'].label) })}
              </Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {(Object.keys(IDEA_STATUSES) as IdeaStatusDto[]).map((status) => (
                  <MenuItemRadio key={status} name="status" value={status}>
                    {t(IDEA_STATUSES[status].label)}
                  </MenuItemRadio>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
        ) : null}
        {canReveal && !revealed ? (
          <Button size="small" icon={<EyeRegular />} onClick={() => setRevealing(true)}>
            {t('postMod.reveal')}
          </Button>
        ) : null}
      </div>
      {moderation.error ? (
        <MessageBar intent="error">
          <MessageBarBody>{moderation.error.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {revealed ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('postMod.revealedTitle')}</MessageBarTitle>
            {t('postMod.revealed', { name: revealed.displayName })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {revealing ? (
        <RevealDialog
          onReveal={moderation.revealAuthor}
          onDone={(author) => {
            setRevealing(false);
            if (author) setRevealed(author);
          }}
        />
      ) : null}
    </>
  );
}

/** Revealing who asked is exceptional and audited: the dialog asks why, and says so. */
function RevealDialog({
  onReveal,
  onDone,
}: {
  onReveal: (reason: string) => Promise<MemberSummaryDto>;
  onDone: (author: MemberSummaryDto | undefined) => void;
}) {
  const styles = usePostPageStyles();
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [touched, setTouched] = useState(false);
  const short = reason.trim().length < REVEAL_REASON_MIN;
  const submit = () => {
    setTouched(true);
    if (short) return;
    setBusy(true);
    setError(undefined);
    onReveal(reason).then(onDone, (caught: ApiError) => {
      setBusy(false);
      setError(caught);
    });
  };
  return (
    <Dialog open onOpenChange={(_event, data) => !data.open && onDone(undefined)}>
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{t('postMod.revealTitle')}</DialogTitle>
            <DialogContent className={styles.dialogContent}>
              <Body1>{t('postMod.revealExplain')}</Body1>
              <Field
                label={t('postMod.revealReason')}
                required
                hint={t('postMod.revealHint', { min: REVEAL_REASON_MIN })}
                validationMessage={
                  touched && short ? t('postMod.revealShort', { min: REVEAL_REASON_MIN }) : undefined
                }
                validationState={touched && short ? 'error' : 'none'}
              >
                <Textarea value={reason} maxLength={500} onChange={(_event, data) => setReason(data.value)} />
              </Field>
              {error ? (
                <MessageBar intent="error">
                  <MessageBarBody>{error.message}</MessageBarBody>
                </MessageBar>
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => onDone(undefined)}>
                {t('feed.cancel')}
              </Button>
              <Button
                appearance="primary"
                type="submit"
                disabled={busy}
                icon={busy ? <Spinner size="tiny" /> : <EyeRegular />}
              >
                {t('postMod.revealConfirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
