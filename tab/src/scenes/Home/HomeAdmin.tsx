import {
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Text,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular, SaveRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { CommunitySettingsDtoType } from '../../../../contracts/schemas';
import { useAction } from '../../hooks/useAction';
import { useCommunityApi, type SettingsChanges } from '../../hooks/useCommunity';
import { useI18n } from '../../i18n/i18n';
import { useHomeAdminStyles } from './HomeAdmin.styles';

/** Bounds of CommunitySettings (contracts/schemas.ts), checked before sending. */
const BOUNDS = {
  targetPostsPerWeek: { min: 0, max: 100, whole: false },
  stockWarningDays: { min: 0, max: 365, whole: true },
  postsPerHour: { min: 1, max: 1000, whole: true },
  commentsPerHour: { min: 1, max: 5000, whole: true },
} as const;
type NumberField = keyof typeof BOUNDS;

interface SettingsDraft {
  nameEn: string;
  nameFr: string;
  taglineEn: string;
  taglineFr: string;
  numbers: Record<NumberField, string>;
}

function draftOf(settings: CommunitySettingsDtoType): SettingsDraft {
  return {
    nameEn: settings.name.en ?? '',
    nameFr: settings.name.fr ?? '',
    taglineEn: settings.tagline.en ?? '',
    taglineFr: settings.tagline.fr ?? '',
    numbers: {
      targetPostsPerWeek: String(settings.targetPostsPerWeek),
      stockWarningDays: String(settings.stockWarningDays),
      postsPerHour: String(settings.rateLimits.postsPerHour),
      commentsPerHour: String(settings.rateLimits.commentsPerHour),
    },
  };
}

/** A number field's value, or undefined when it is not a number within its bounds. */
function numberOf(field: NumberField, text: string): number | undefined {
  const bounds = BOUNDS[field];
  const value = Number(text.replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value)) return undefined;
  if (bounds.whole && !Number.isInteger(value)) return undefined;
  return value >= bounds.min && value <= bounds.max ? value : undefined;
}

const localized = (en: string, fr: string) => ({
  ...(en.trim() ? { en: en.trim() } : {}),
  ...(fr.trim() ? { fr: fr.trim() } : {}),
});

/** The administrators' corner of Home: community settings (loaded only for administrators). */
export default function HomeAdmin({
  settings,
  onSaved,
}: {
  settings: CommunitySettingsDtoType;
  onSaved: () => void;
}) {
  const styles = useHomeAdminStyles();
  const { t, formatNumber } = useI18n();
  const api = useCommunityApi();
  const { run, busy, error } = useAction();
  const [draft, setDraft] = useState(() => draftOf(settings));
  const [saved, setSaved] = useState(false);
  const [submitted, setSubmitted] = useState(false);

  const invalid = (Object.keys(BOUNDS) as NumberField[]).filter(
    (field) => numberOf(field, draft.numbers[field]) === undefined,
  );
  const nameMissing = !draft.nameEn.trim() && !draft.nameFr.trim();

  const numberField = (field: NumberField, label: string, hint: string) => {
    const bad = submitted && invalid.includes(field);
    return (
      <Field
        label={label}
        hint={hint}
        {...(bad
          ? {
              validationState: 'error' as const,
              validationMessage: t('form.between', {
                min: formatNumber(BOUNDS[field].min),
                max: formatNumber(BOUNDS[field].max),
              }),
            }
          : {})}
      >
        <Input
          type="number"
          inputMode={BOUNDS[field].whole ? 'numeric' : 'decimal'}
          min={BOUNDS[field].min}
          max={BOUNDS[field].max}
          value={draft.numbers[field]}
          onChange={(_event, data) => {
            setSaved(false);
            setDraft((d) => ({ ...d, numbers: { ...d.numbers, [field]: data.value } }));
          }}
        />
      </Field>
    );
  };
  const textField = (key: 'nameEn' | 'nameFr' | 'taglineEn' | 'taglineFr', label: string, lang: string) => (
    <Field
      label={label}
      {...(submitted && key === 'nameEn' && nameMissing
        ? { validationState: 'error' as const, validationMessage: t('form.oneLanguage') }
        : {})}
    >
      <Input
        lang={lang}
        value={draft[key]}
        onChange={(_event, data) => {
          setSaved(false);
          setDraft((d) => ({ ...d, [key]: data.value }));
        }}
      />
    </Field>
  );

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (invalid.length > 0 || nameMissing) return;
    const n = (field: NumberField) => numberOf(field, draft.numbers[field])!;
    const changes: SettingsChanges = {
      name: localized(draft.nameEn, draft.nameFr),
      tagline: localized(draft.taglineEn, draft.taglineFr),
      targetPostsPerWeek: n('targetPostsPerWeek'),
      stockWarningDays: n('stockWarningDays'),
      rateLimits: { postsPerHour: n('postsPerHour'), commentsPerHour: n('commentsPerHour') },
    };
    const outcome = await run('save', () => api.saveSettings(changes));
    if (outcome.ok) {
      setSaved(true);
      onSaved();
    }
  };

  return (
    <section className={styles.section} aria-labelledby="admin-title" data-testid="community-settings">
      <Subtitle1 as="h2" id="admin-title" className={styles.title}>
        {t('settings.title')}
      </Subtitle1>
      <Card>
        <form className={styles.card} onSubmit={(event) => void handleSubmit(event)} noValidate>
          <fieldset className={styles.group}>
            <legend className={styles.legend}>{t('settings.identity')}</legend>
            <div className={styles.grid}>
              {textField('nameEn', t('settings.nameEn'), 'en')}
              {textField('nameFr', t('settings.nameFr'), 'fr')}
              {textField('taglineEn', t('settings.taglineEn'), 'en')}
              {textField('taglineFr', t('settings.taglineFr'), 'fr')}
            </div>
          </fieldset>
          <fieldset className={styles.group}>
            <legend className={styles.legend}>{t('settings.publishing')}</legend>
            <div className={styles.grid}>
              {numberField(
                'targetPostsPerWeek',
                t('settings.targetPostsPerWeek'),
                t('settings.targetPostsPerWeekHint'),
              )}
              {numberField(
                'stockWarningDays',
                t('settings.stockWarningDays'),
                t('settings.stockWarningDaysHint'),
              )}
            </div>
          </fieldset>
          <fieldset className={styles.group}>
            <legend className={styles.legend}>{t('settings.rateLimits')}</legend>
            <div className={styles.grid}>
              {numberField('postsPerHour', t('settings.postsPerHour'), t('settings.postsPerHourHint'))}
              {numberField(
                'commentsPerHour',
                t('settings.commentsPerHour'),
                t('settings.commentsPerHourHint'),
              )}
            </div>
          </fieldset>
          {error ? (
            <MessageBar intent="error">
              <MessageBarBody>{error.message}</MessageBarBody>
            </MessageBar>
          ) : null}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              type="submit"
              icon={busy ? <Spinner size="tiny" /> : <SaveRegular />}
              disabled={Boolean(busy)}
            >
              {t('settings.save')}
            </Button>
            <span role="status">
              {saved ? (
                <Text className={styles.saved}>
                  <CheckmarkCircleRegular aria-hidden /> {t('settings.saved')}
                </Text>
              ) : null}
            </span>
          </div>
        </form>
      </Card>
    </section>
  );
}
