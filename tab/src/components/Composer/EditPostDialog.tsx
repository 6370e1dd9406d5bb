import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { detailsOf } from '../../hooks/apiErrors';
import {
  fieldErrorsOf,
  isValidUrl,
  kudosChanges,
  needsUrl,
  type ComposerField,
} from '../../hooks/composerModel';
import type { PostActions } from '../../hooks/usePostActions';
import { useI18n } from '../../i18n/i18n';
import { BodyEditor } from './BodyEditor';
import { useComposerStyles } from './Composer.styles';
import { LinkField } from './LinkField';
import { TagInput } from './TagInput';

/**
 * Edits a post's title, body, link and tags (the post is then marked "edited"). Kudos keep their
 * type, receiver, value and tag: only their message can change.
 */
export default function EditPostDialog({ actions, onClose }: { actions: PostActions; onClose: () => void }) {
  const styles = useComposerStyles();
  const { t } = useI18n();
  const { post } = actions;
  const [title, setTitle] = useState(post.title);
  const [body, setBody] = useState(post.body);
  const [url, setUrl] = useState(post.url ?? '');
  const [tags, setTags] = useState(post.tags);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [fields, setFields] = useState<Partial<Record<ComposerField, string>>>({});

  const kudos = post.type === 'kudos';
  const titleProblem = kudos
    ? undefined
    : title.trim().length < 3
      ? t('composer.problem.titleShort')
      : undefined;
  const bodyProblem = kudos && !body.trim() ? t('postEdit.kudosEmpty') : undefined;
  const urlProblem =
    needsUrl(post.type) && !url.trim()
      ? t('composer.problem.urlRequired')
      : url.trim() && !isValidUrl(url)
        ? t('composer.problem.urlInvalid')
        : undefined;

  const handleSave = () => {
    if (titleProblem || urlProblem || bodyProblem) return;
    setSaving(true);
    setError(undefined);
    actions
      .edit(
        kudos
          ? kudosChanges(body)
          : {
              title: title.trim(),
              body,
              tags,
              ...(url.trim() ? { url: url.trim() } : post.url ? { url: null } : {}),
            },
      )
      .then(onClose, (caught: ApiError) => {
        setSaving(false);
        const parsed = caught.code === 'REQUEST.INVALID' ? fieldErrorsOf(detailsOf(caught)) : undefined;
        if (parsed && Object.keys(parsed.fields).length > 0) setFields(parsed.fields);
        else setError(caught);
      });
  };

  return (
    <Dialog open onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            handleSave();
          }}
        >
          <DialogBody>
            <DialogTitle>{t(kudos ? 'postEdit.kudosTitle' : 'postEdit.title')}</DialogTitle>
            <DialogContent className={styles.form}>
              {kudos ? null : (
                <Field
                  label={t('composer.title')}
                  required
                  validationMessage={titleProblem ?? fields.title}
                  validationState={titleProblem || fields.title ? 'error' : 'none'}
                >
                  <Input value={title} maxLength={200} onChange={(_event, data) => setTitle(data.value)} />
                </Field>
              )}
              {!kudos && (needsUrl(post.type) || post.url) ? (
                <LinkField
                  type={post.type}
                  value={url}
                  title={title}
                  onChange={setUrl}
                  validationMessage={urlProblem ?? fields.url}
                />
              ) : null}
              <BodyEditor
                label={t(kudos ? 'postEdit.kudosMessage' : 'composer.body')}
                value={body}
                onChange={setBody}
                onSubmitShortcut={handleSave}
                validationMessage={bodyProblem ?? fields.body}
              />
              {kudos ? null : <TagInput tags={tags} onChange={setTags} validationMessage={fields.tags} />}
              {error ? (
                <MessageBar intent="error">
                  <MessageBarBody>{error.message}</MessageBarBody>
                </MessageBar>
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>
                {t('feed.cancel')}
              </Button>
              <Button
                appearance="primary"
                type="submit"
                disabled={saving}
                icon={saving ? <Spinner size="tiny" /> : <SaveRegular />}
              >
                {t('postEdit.save')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
