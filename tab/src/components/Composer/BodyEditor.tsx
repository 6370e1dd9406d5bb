import { Caption1, Field, Tab, TabList } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Markdown } from '../Markdown/Markdown';
import { MentionTextarea } from '../MemberPicker/MentionTextarea';
import { useComposerStyles } from './Composer.styles';

/** The markdown body with Write and Preview tabs; `@` mentions people while writing. */
export function BodyEditor({
  value,
  onChange,
  onSubmitShortcut,
  label,
  validationMessage,
  rows = 6,
}: {
  value: string;
  onChange: (value: string) => void;
  onSubmitShortcut?: () => void;
  label: string;
  validationMessage?: string | undefined;
  rows?: number;
}) {
  const styles = useComposerStyles();
  const { t } = useI18n();
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  return (
    <div>
      <div className={styles.bodyTabs}>
        <TabList
          size="small"
          selectedValue={tab}
          onTabSelect={(_event, data) => setTab(data.value as 'write' | 'preview')}
          aria-label={t('composer.bodyMode')}
        >
          <Tab value="write">{t('composer.write')}</Tab>
          <Tab value="preview">{t('composer.preview')}</Tab>
        </TabList>
      </div>
      {tab === 'write' ? (
        <Field
          label={label}
          hint={t('composer.bodyHint')}
          validationMessage={validationMessage}
          validationState={validationMessage ? 'error' : 'none'}
        >
          {(fieldProps) => (
            <MentionTextarea
              {...fieldProps}
              value={value}
              onValueChange={onChange}
              onSubmitShortcut={onSubmitShortcut}
              rows={rows}
              resize="vertical"
            />
          )}
        </Field>
      ) : (
        <div className={styles.preview} aria-label={t('composer.previewLabel')} role="region">
          {value.trim() ? (
            <Markdown source={value} />
          ) : (
            <Caption1 className={styles.previewEmpty}>{t('composer.previewEmpty')}</Caption1>
          )}
        </div>
      )}
    </div>
  );
}
