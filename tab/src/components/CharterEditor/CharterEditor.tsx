import {
  Body1,
  Button,
  Caption1,
  Card,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Subtitle2,
  Title2,
  ToggleButton,
  Tooltip,
} from '@fluentui/react-components';
import {
  AddRegular,
  ArrowClockwiseRegular,
  ArrowDownRegular,
  ArrowUpRegular,
  DeleteRegular,
  EyeRegular,
  SendRegular,
} from '@fluentui/react-icons';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { CharterDto } from '../../../../contracts/schemas';
import { useCharterDraft, type CharterList } from '../../hooks/useCharterDraft';
import { usePlural } from '../../hooks/usePlural';
import { useI18n } from '../../i18n/i18n';
import { BilingualField } from './BilingualField';
import { CHARTER_LIMITS } from './charterDraft';
import { useCharterEditorStyles } from './CharterEditor.styles';

const Markdown = lazy(() => import('../Markdown/Markdown').then((module) => ({ default: module.Markdown })));

/**
 * The charter editor (administrators, key 1): purpose, values, code of conduct and rituals in
 * English and French side by side, checked like the API checks them, published as a new version.
 * If someone else published meanwhile, it says so and offers to reload instead of overwriting.
 */
export default function CharterEditor({
  charter,
  onClose,
  onPublished,
  onReloadLatest,
}: {
  charter: CharterDto;
  onClose: () => void;
  onPublished: (charter: CharterDto) => void;
  onReloadLatest: () => void;
}) {
  const styles = useCharterEditorStyles();
  const { t } = useI18n();
  const plural = usePlural();
  const editor = useCharterDraft(charter, onPublished);
  const { draft, problems } = editor;
  const [preview, setPreview] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);

  const handleCancel = () => {
    if (editor.dirty && !confirmDiscard) setConfirmDiscard(true);
    else onClose();
  };
  const handlePublish = async () => {
    const published = await editor.publish();
    if (!published) {
      // Bring the first field to fix into view (after React has rendered the messages).
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    }
  };

  return (
    <form
      className={styles.page}
      aria-labelledby="charter-editor-title"
      onSubmit={(event) => {
        event.preventDefault();
        void handlePublish();
      }}
      noValidate
    >
      <header className={styles.header}>
        <Title2 as="h1" id="charter-editor-title" className={styles.title}>
          {t('charterEditor.title')}
        </Title2>
        <Body1 className={styles.intro}>
          {t('charterEditor.intro', { version: charter.version, next: charter.version + 1 })}
        </Body1>
      </header>

      {editor.conflict ? (
        <MessageBar intent="error" layout="multiline" data-testid="charter-conflict">
          <MessageBarBody>
            <MessageBarTitle>{t('charterEditor.conflictTitle')}</MessageBarTitle> {editor.conflict.message}{' '}
            {t('charterEditor.conflictBody')}
          </MessageBarBody>
          <MessageBarActions>
            <Button icon={<ArrowClockwiseRegular />} onClick={onReloadLatest}>
              {t('charterEditor.reloadLatest')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {editor.error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{editor.error.message}</MessageBarBody>
        </MessageBar>
      ) : null}

      <Section title={t('home.purpose')}>
        <BilingualField
          label={t('charterEditor.purpose')}
          value={draft.purpose}
          onChange={(text) => editor.setText('purpose', text)}
          max={CHARTER_LIMITS.purpose}
          problem={problems.get('purpose')}
          multiline
        />
      </Section>

      <Section
        title={t('home.values')}
        action={<AddButton list="values" count={draft.values.length} onAdd={() => editor.add('values')} />}
      >
        {draft.values.map((value, index) => (
          <Card key={value.key} className={styles.item}>
            <ItemHeader
              label={t('charterEditor.valueN', { n: index + 1 })}
              index={index}
              count={draft.values.length}
              onMove={(delta) => editor.reorder('values', index, delta)}
              onRemove={() => editor.remove('values', index)}
            />
            <BilingualField
              label={t('charterEditor.valueTitle', { n: index + 1 })}
              value={value.title}
              onChange={(text) => editor.setValue(index, 'title', text)}
              max={CHARTER_LIMITS.valueTitle}
              problem={problems.get(`values.${index}.title`)}
            />
            <BilingualField
              label={t('charterEditor.valueDescription', { n: index + 1 })}
              value={value.description}
              onChange={(text) => editor.setValue(index, 'description', text)}
              max={CHARTER_LIMITS.valueDescription}
              problem={problems.get(`values.${index}.description`)}
              multiline
              rows={2}
            />
          </Card>
        ))}
      </Section>

      <Section
        title={t('home.codeOfConduct')}
        action={
          <ToggleButton checked={preview} icon={<EyeRegular />} onClick={() => setPreview((p) => !p)}>
            {t('charterEditor.preview')}
          </ToggleButton>
        }
      >
        <Caption1>{t('charterEditor.markdownHint')}</Caption1>
        {preview ? (
          <div className={styles.pair} data-testid="conduct-preview">
            {(['en', 'fr'] as const).map((language) => (
              <div key={language} lang={language}>
                <Caption1 className={styles.previewLabel}>
                  {t(language === 'en' ? 'form.english' : 'form.french')}
                </Caption1>
                <div className={styles.preview}>
                  <Suspense fallback={<Spinner size="tiny" />}>
                    <Markdown source={draft.codeOfConduct[language]} />
                  </Suspense>
                </div>
              </div>
            ))}
          </div>
        ) : (
          <BilingualField
            label={t('home.codeOfConduct')}
            value={draft.codeOfConduct}
            onChange={(text) => editor.setText('codeOfConduct', text)}
            max={CHARTER_LIMITS.codeOfConduct}
            problem={problems.get('codeOfConduct')}
            multiline
            rows={8}
          />
        )}
      </Section>

      <Section
        title={t('home.rituals')}
        action={<AddButton list="rituals" count={draft.rituals.length} onAdd={() => editor.add('rituals')} />}
      >
        {draft.rituals.map((ritual, index) => (
          <Card key={ritual.key} className={styles.item}>
            <ItemHeader
              label={t('charterEditor.ritualN', { n: index + 1 })}
              index={index}
              count={draft.rituals.length}
              onMove={(delta) => editor.reorder('rituals', index, delta)}
              onRemove={() => editor.remove('rituals', index)}
            />
            <BilingualField
              label={t('charterEditor.ritualTitle', { n: index + 1 })}
              value={ritual.title}
              onChange={(text) => editor.setRitual(index, 'title', text)}
              max={CHARTER_LIMITS.ritualTitle}
              problem={problems.get(`rituals.${index}.title`)}
            />
            <BilingualField
              label={t('charterEditor.ritualDescription', { n: index + 1 })}
              value={ritual.description}
              onChange={(text) => editor.setRitual(index, 'description', text)}
              max={CHARTER_LIMITS.ritualDescription}
              problem={problems.get(`rituals.${index}.description`)}
              multiline
              rows={2}
            />
            <BilingualField
              label={t('charterEditor.ritualCadence', { n: index + 1 })}
              value={ritual.cadence}
              onChange={(text) => editor.setRitual(index, 'cadence', text)}
              max={CHARTER_LIMITS.ritualCadence}
              problem={problems.get(`rituals.${index}.cadence`)}
            />
          </Card>
        ))}
      </Section>

      <div className={styles.actionBar}>
        <Caption1 className={styles.actionHint} role="status">
          {confirmDiscard
            ? t('charterEditor.discardQuestion')
            : problems.size > 0
              ? plural('charterEditor.problems', problems.size)
              : t('charterEditor.publishHint')}
        </Caption1>
        {confirmDiscard ? (
          <>
            <Button onClick={() => setConfirmDiscard(false)}>{t('charterEditor.keepEditing')}</Button>
            <Button appearance="primary" onClick={onClose}>
              {t('charterEditor.discard')}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={handleCancel}>{t('common.cancel')}</Button>
            <Button
              appearance="primary"
              type="submit"
              icon={editor.publishing ? <Spinner size="tiny" /> : <SendRegular />}
              disabled={editor.publishing || Boolean(editor.conflict)}
            >
              {t('charterEditor.publish', { next: charter.version + 1 })}
            </Button>
          </>
        )}
      </div>
    </form>
  );
}

function Section({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  const styles = useCharterEditorStyles();
  return (
    <section className={styles.section}>
      <div className={styles.sectionHeader}>
        <Subtitle1 as="h2" className={styles.sectionTitle}>
          {title}
        </Subtitle1>
        {action}
      </div>
      {children}
    </section>
  );
}

function AddButton({ list, count, onAdd }: { list: CharterList; count: number; onAdd: () => void }) {
  const { t } = useI18n();
  const full = count >= CHARTER_LIMITS[list];
  return (
    <Button icon={<AddRegular />} onClick={onAdd} disabled={full}>
      {full
        ? t('charterEditor.full', { max: CHARTER_LIMITS[list] })
        : t(list === 'values' ? 'charterEditor.addValue' : 'charterEditor.addRitual')}
    </Button>
  );
}

function ItemHeader({
  label,
  index,
  count,
  onMove,
  onRemove,
}: {
  label: string;
  index: number;
  count: number;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  const styles = useCharterEditorStyles();
  const { t } = useI18n();
  return (
    <div className={styles.itemHeader}>
      <Subtitle2 as="h3" className={styles.itemTitle}>
        {label}
      </Subtitle2>
      <div className={styles.itemActions}>
        <Tooltip content={t('charterEditor.moveUp', { item: label })} relationship="label">
          <Button
            appearance="subtle"
            icon={<ArrowUpRegular />}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          />
        </Tooltip>
        <Tooltip content={t('charterEditor.moveDown', { item: label })} relationship="label">
          <Button
            appearance="subtle"
            icon={<ArrowDownRegular />}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          />
        </Tooltip>
        <Tooltip content={t('charterEditor.remove', { item: label })} relationship="label">
          <Button appearance="subtle" icon={<DeleteRegular />} onClick={onRemove} />
        </Tooltip>
      </div>
    </div>
  );
}
