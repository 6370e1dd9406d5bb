import { Field, Input, Textarea } from '@fluentui/react-components';
import { useI18n } from '../../i18n/i18n';
import type { Bilingual, TextProblem } from './charterDraft';
import { useCharterEditorStyles } from './CharterEditor.styles';

/**
 * One text in English and French, side by side. The problem (nothing written, or too long) shows
 * under the English field, where the eye starts; each field says how long it may be.
 */
export function BilingualField({
  label,
  value,
  onChange,
  max,
  problem,
  multiline = false,
  rows = 3,
}: {
  label: string;
  value: Bilingual;
  onChange: (value: Bilingual) => void;
  max: number;
  problem: TextProblem | undefined;
  multiline?: boolean;
  rows?: number;
}) {
  const styles = useCharterEditorStyles();
  const { t, formatNumber } = useI18n();
  const required = problem?.kind === 'required';
  const field = (language: 'en' | 'fr') => {
    // Too long shows while typing; "write it in one language" waits for the first try to publish.
    const message =
      value[language].length > max
        ? t('form.tooLong', { max: formatNumber(max) })
        : language === 'en' && required
          ? t('form.oneLanguage')
          : undefined;
    const control = multiline ? (
      <Textarea
        lang={language}
        rows={rows}
        resize="vertical"
        value={value[language]}
        onChange={(_event, data) => onChange({ ...value, [language]: data.value })}
      />
    ) : (
      <Input
        lang={language}
        value={value[language]}
        onChange={(_event, data) => onChange({ ...value, [language]: data.value })}
      />
    );
    return (
      <Field
        label={`${label} (${t(language === 'en' ? 'form.english' : 'form.french')})`}
        hint={t('form.length', { count: formatNumber(value[language].length), max: formatNumber(max) })}
        {...(message ? { validationState: 'error' as const, validationMessage: message } : {})}
      >
        {control}
      </Field>
    );
  };
  return (
    <div className={styles.pair}>
      {field('en')}
      {field('fr')}
    </div>
  );
}
