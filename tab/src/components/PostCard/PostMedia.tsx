import { Caption1, Text } from '@fluentui/react-components';
import { GlobeRegular, PlayCircleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { PostDto } from '../../../../contracts/content';
import { useI18n } from '../../i18n/i18n';
import { usePostMediaStyles } from './PostMedia.styles';

type Preview = NonNullable<PostDto['preview']>;
type Video = NonNullable<PostDto['video']>;

const PROVIDERS: Record<Video['provider'], string> = {
  youtube: 'YouTube',
  vimeo: 'Vimeo',
  stream: 'Microsoft Stream',
};

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url; // not a URL we can parse: show it as written
  }
}

/** A link's card: image, site, title and description; the whole card opens the link in a new tab. */
export function LinkPreviewCard({ preview }: { preview: Preview }) {
  const styles = usePostMediaStyles();
  const site = preview.siteName ?? hostOf(preview.url);
  return (
    <a className={styles.preview} href={preview.url} target="_blank" rel="noopener noreferrer">
      {preview.imageUrl ? (
        <img
          className={styles.previewImage}
          src={preview.imageUrl}
          alt=""
          loading="lazy"
          referrerPolicy="no-referrer"
        />
      ) : null}
      <span className={styles.previewText}>
        <Caption1 className={styles.previewSite}>
          <GlobeRegular aria-hidden />
          {site}
        </Caption1>
        <Text className={styles.previewTitle}>{preview.title ?? preview.url}</Text>
        {preview.description ? (
          <Caption1 className={styles.previewDescription}>{preview.description}</Caption1>
        ) : null}
      </span>
    </a>
  );
}

/**
 * The video player. In lists it waits for a click (no third-party player loads until someone wants
 * to watch); on the post page it loads lazily at once. The sandbox allows what players need and no
 * more: scripts and their own origin, and presentation for fullscreen.
 */
export function VideoPlayer({ video, title, autoLoad }: { video: Video; title: string; autoLoad: boolean }) {
  const styles = usePostMediaStyles();
  const { t } = useI18n();
  const [playing, setPlaying] = useState(autoLoad);
  const provider = PROVIDERS[video.provider];
  return (
    <div className={styles.frame}>
      {playing ? (
        <iframe
          className={styles.iframe}
          src={video.embedUrl}
          title={t('postMedia.videoTitle', { title, provider })}
          allow="encrypted-media; picture-in-picture; fullscreen"
          allowFullScreen
          sandbox="allow-scripts allow-same-origin allow-presentation"
          loading="lazy"
          referrerPolicy="strict-origin-when-cross-origin"
        />
      ) : (
        <button type="button" className={styles.play} onClick={() => setPlaying(true)}>
          <PlayCircleRegular className={styles.playIcon} aria-hidden />
          <span>{t('postMedia.play', { provider })}</span>
        </button>
      )}
    </div>
  );
}

/** What a post links to: its video player, or its link card, or a plain link when there is no preview. */
export function PostMedia({
  post,
  autoLoadVideo = false,
}: {
  post: Pick<PostDto, 'url' | 'preview' | 'video' | 'title'>;
  autoLoadVideo?: boolean;
}) {
  if (post.video) return <VideoPlayer video={post.video} title={post.title} autoLoad={autoLoadVideo} />;
  if (post.preview) return <LinkPreviewCard preview={post.preview} />;
  if (post.url) return <LinkPreviewCard preview={{ url: post.url }} />;
  return null;
}
