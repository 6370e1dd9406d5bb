import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { PostDto } from '../../../../contracts/content';
import { dateTime } from '../../hooks/relativeTime';
import { useI18n } from '../../i18n/i18n';

/** Says why a post is not (yet) visible to everyone: held, hidden, a draft, or scheduled. */
export function PostStatusNotice({
  post,
  onPublish,
}: {
  post: Pick<PostDto, 'status' | 'heldReason' | 'ready' | 'scheduledFor'>;
  /** Offered to the author of a draft or scheduled post. */
  onPublish?: (() => Promise<void>) | undefined;
}) {
  const { t, locale } = useI18n();
  const [publishing, setPublishing] = useState(false);
  const publishNow = onPublish ? (
    <MessageBarActions>
      <Button
        size="small"
        appearance="primary"
        disabled={publishing}
        icon={publishing ? <Spinner size="extra-tiny" /> : <SendRegular />}
        onClick={() => {
          setPublishing(true);
          void onPublish().finally(() => setPublishing(false));
        }}
      >
        {t('postStatus.publishNow')}
      </Button>
    </MessageBarActions>
  ) : null;
  switch (post.status) {
    case 'held':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('postStatus.held.title')}</MessageBarTitle>
            {t('postStatus.held.body')}
            {post.heldReason ? ` ${t('postStatus.reason', { reason: post.heldReason })}` : ''}
          </MessageBarBody>
        </MessageBar>
      );
    case 'hidden':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('postStatus.hidden.title')}</MessageBarTitle>
            {t('postStatus.hidden.body')}
          </MessageBarBody>
        </MessageBar>
      );
    case 'draft':
      return (
        <MessageBar intent="info">
          <MessageBarBody>{t(post.ready ? 'postStatus.draftReady' : 'postStatus.draft')}</MessageBarBody>
          {publishNow}
        </MessageBar>
      );
    case 'scheduled':
      return (
        <MessageBar intent="info">
          <MessageBarBody>
            {t('postStatus.scheduled', {
              date: post.scheduledFor ? dateTime(post.scheduledFor, locale) : '',
            })}
          </MessageBarBody>
          {publishNow}
        </MessageBar>
      );
    default:
      return null;
  }
}
