import { Caption1, Field, Input, Spinner } from '@fluentui/react-components';
import { LinkRegular } from '@fluentui/react-icons';
import type { PostTypeDto } from '../../../../contracts/content';
import { useLinkPreview } from '../../hooks/useLinkPreview';
import { useI18n } from '../../i18n/i18n';
import { LinkPreviewCard, VideoPlayer } from '../PostCard/PostMedia';
import { useComposerStyles } from './Composer.styles';

/** The URL of a link or video, with a live preview of what members will see. */
export function LinkField({
  type,
  value,
  title,
  onChange,
  validationMessage,
}: {
  type: PostTypeDto;
  value: string;
  title: string;
  onChange: (value: string) => void;
  validationMessage?: string | undefined;
}) {
  const styles = useComposerStyles();
  const { t } = useI18n();
  const preview = useLinkPreview(value);
  const isVideo = type === 'video';
  return (
    <div className={styles.mediaPreview}>
      <Field
        label={t(isVideo ? 'composer.videoUrl' : 'composer.url')}
        hint={t(isVideo ? 'composer.videoUrlHint' : 'composer.urlHint')}
        required={isVideo || type === 'link'}
        validationMessage={validationMessage}
        validationState={validationMessage ? 'error' : 'none'}
      >
        <Input
          type="url"
          inputMode="url"
          value={value}
          contentBefore={<LinkRegular aria-hidden />}
          placeholder="https://"
          onChange={(_event, data) => onChange(data.value)}
        />
      </Field>
      <div aria-live="polite">
        {preview.status === 'loading' ? (
          <Spinner size="tiny" label={t('composer.previewLoading')} labelPosition="after" />
        ) : null}
        {preview.status === 'error' ? (
          <Caption1 className={styles.muted}>{t('composer.previewFailed')}</Caption1>
        ) : null}
        {preview.status === 'ready' && preview.result.video ? (
          <VideoPlayer
            video={preview.result.video}
            title={title || t('composer.videoPreview')}
            autoLoad={false}
          />
        ) : null}
        {preview.status === 'ready' && !preview.result.video && isVideo ? (
          <Caption1 className={styles.muted}>{t('composer.videoUnsupported')}</Caption1>
        ) : null}
        {preview.status === 'ready' && !preview.result.video && preview.result.preview ? (
          <LinkPreviewCard preview={preview.result.preview} />
        ) : null}
        {preview.status === 'ready' && !preview.result.video && !preview.result.preview && !isVideo ? (
          <Caption1 className={styles.muted}>{t('composer.previewNone')}</Caption1>
        ) : null}
      </div>
    </div>
  );
}
