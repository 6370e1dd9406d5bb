import { Field, Input, Tag, TagGroup } from '@fluentui/react-components';
import { useState, type KeyboardEvent } from 'react';
import { addTags, MAX_TAGS } from '../../hooks/composerModel';
import { useI18n } from '../../i18n/i18n';
import { useComposerStyles } from './Composer.styles';

/** Tags as chips: Enter, comma or leaving the field adds what was typed; a chip's ✕ removes it. */
export function TagInput({
  tags,
  onChange,
  validationMessage,
}: {
  tags: string[];
  onChange: (tags: string[]) => void;
  validationMessage?: string | undefined;
}) {
  const styles = useComposerStyles();
  const { t } = useI18n();
  const [text, setText] = useState('');
  const full = tags.length >= MAX_TAGS;

  const commit = () => {
    if (!text.trim()) return;
    onChange(addTags(tags, text));
    setText('');
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      // Enter adds a tag; it must not submit the form.
      event.preventDefault();
      commit();
    } else if (event.key === 'Backspace' && !text && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };

  return (
    <Field
      label={t('composer.tags')}
      hint={full ? t('composer.tagsFull', { max: MAX_TAGS }) : t('composer.tagsHint', { max: MAX_TAGS })}
      validationMessage={validationMessage}
      validationState={validationMessage ? 'error' : 'none'}
    >
      {(fieldProps) => (
        <div>
          <Input
            {...fieldProps}
            value={text}
            disabled={full}
            placeholder={t('composer.tagsPlaceholder')}
            onChange={(_event, data) => setText(data.value)}
            onKeyDown={handleKeyDown}
            onBlur={commit}
          />
          {tags.length > 0 ? (
            <TagGroup
              className={styles.tagList}
              aria-label={t('composer.tagsChosen')}
              onDismiss={(_event, data) => onChange(tags.filter((tag) => tag !== data.value))}
              size="small"
            >
              {tags.map((tag) => (
                <Tag
                  key={tag}
                  value={tag}
                  dismissible
                  dismissIcon={{ 'aria-label': t('composer.tagRemove', { tag }) }}
                  shape="circular"
                  appearance="brand"
                >
                  #{tag}
                </Tag>
              ))}
            </TagGroup>
          ) : null}
        </div>
      )}
    </Field>
  );
}
