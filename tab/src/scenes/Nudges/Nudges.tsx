import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  Subtitle2,
  Switch,
  Text,
  Title2,
} from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { NudgePreviewDto, NudgeRulesDto } from '../../../../contracts/nudges';
import { ErrorState, LoadingState } from '../../components/StateViews/StateViews';
import { useAction } from '../../hooks/useAction';
import { useNotify } from '../../hooks/useNotify';
import { useNudgePreviews, useNudgeRules, useNudgesApi } from '../../hooks/useNudges';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import '../../i18n/nudge-messages';
import { useNudgesStyles } from './Nudges.styles';
import {
  NUMBER_FIELDS,
  RULE_SECTIONS,
  rulesDraftOf,
  rulesInputOf,
  rulesProblems,
  WEEKDAYS,
  type RuleSection,
  type RulesDraft,
} from './nudgeRulesDraft';

/** The animator's nudge rules: each kind on or off and tuned, the members' default budget, previews. */
export default function Nudges() {
  const rules = useNudgeRules();
  const previews = useNudgePreviews();
  const { t } = useI18n();
  if (rules.status === 'loading') return <LoadingState label={t('nudges.title')} />;
  if (rules.status === 'error') return <ErrorState error={rules.error} onRetry={rules.reload} />;
  return (
    <RulesForm
      key={rules.data.etag}
      rules={rules.data}
      previews={previews.status === 'ready' ? previews.data.items : []}
      onReload={rules.reload}
    />
  );
}

function RulesForm({
  rules,
  previews,
  onReload,
}: {
  rules: NudgeRulesDto;
  previews: NudgePreviewDto[];
  onReload: () => void;
}) {
  const styles = useNudgesStyles();
  const { t } = useI18n();
  const nudgesApi = useNudgesApi();
  const { toaster, notify } = useNotify();
  const { run, busy, error } = useAction();
  const [current, setCurrent] = useState(rules);
  const [draft, setDraft] = useState<RulesDraft>(() => rulesDraftOf(rules));
  const [tried, setTried] = useState(false);
  const problems = rulesProblems(draft);

  const problemOf = (key: string) => {
    const problem = problems[key];
    if (!tried || !problem) return {};
    return {
      validationState: 'error' as const,
      validationMessage:
        problem !== true
          ? t('nudges.problem.range', { min: problem.min, max: problem.max })
          : key === 'digest.time'
            ? t('nudges.problem.time')
            : t('mySettings.problem.quiet'),
    };
  };
  const setNumber = (key: string, value: string) =>
    setDraft((d) => ({ ...d, numbers: { ...d.numbers, [key]: value } }));

  const handleSave = async () => {
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    const outcome = await run('save', () => nudgesApi.saveRules(rulesInputOf(draft, current.etag)));
    if (!outcome.ok) return;
    setCurrent(outcome.value);
    setDraft(rulesDraftOf(outcome.value));
    setTried(false);
    notify(t('nudges.saved'));
  };

  const previewOf = (section: RuleSection) => previews.find((p) => p.kind === section);

  return (
    <form
      className={styles.page}
      aria-labelledby="nudges-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void handleSave();
      }}
    >
      {toaster}
      <header className={styles.header}>
        <Title2 as="h1" id="nudges-title" className={styles.title}>
          {t('nudges.title')}
        </Title2>
        <Body1 className={styles.muted}>{t('nudges.subtitle')}</Body1>
      </header>

      <div className={styles.grid}>
        {RULE_SECTIONS.map((section) => {
          const titleId = `nudge-${section}-title`;
          const preview = previewOf(section);
          return (
            <section key={section} className={styles.panel} aria-labelledby={titleId} data-section={section}>
              <div className={styles.panelHead}>
                <Subtitle2 as="h2" id={titleId} className={styles.panelTitle}>
                  {t(`nudgeKind.${section}` as MessageKey)}
                </Subtitle2>
                <Switch
                  checked={draft.enabled[section]}
                  label={t('nudges.enabled')}
                  aria-label={`${t(`nudgeKind.${section}` as MessageKey)}: ${t('nudges.enabled')}`}
                  onChange={(_event, data) =>
                    setDraft((d) => ({ ...d, enabled: { ...d.enabled, [section]: data.checked } }))
                  }
                />
              </div>
              <Caption1 className={styles.muted}>
                {t(`nudgeKind.${section}.description` as MessageKey)}
              </Caption1>
              {section === 'events' ? (
                <MessageBar intent="info">
                  <MessageBarBody>{t('nudges.events.none')}</MessageBarBody>
                </MessageBar>
              ) : null}
              <div className={styles.row}>
                {section === 'digest' ? (
                  <>
                    <Field label={{ children: t('nudges.digest.day'), id: 'nudge-digest-day' }}>
                      <Dropdown
                        aria-labelledby="nudge-digest-day"
                        value={t(`weekday.${draft.digestDay}` as MessageKey)}
                        selectedOptions={[draft.digestDay]}
                        onOptionSelect={(_event, data) => {
                          const day = WEEKDAYS.find((w) => w === data.optionValue);
                          if (day) setDraft((d) => ({ ...d, digestDay: day }));
                        }}
                      >
                        {WEEKDAYS.map((day) => (
                          <Option key={day} value={day}>
                            {t(`weekday.${day}` as MessageKey)}
                          </Option>
                        ))}
                      </Dropdown>
                    </Field>
                    <Field label={t('nudges.digest.time')} {...problemOf('digest.time')}>
                      <Input
                        className={styles.narrow}
                        type="time"
                        value={draft.digestTime}
                        onChange={(_event, data) => setDraft((d) => ({ ...d, digestTime: data.value }))}
                      />
                    </Field>
                  </>
                ) : null}
                {NUMBER_FIELDS[section].map(({ name, min, max }) => {
                  const key = `${section}.${name}`;
                  return (
                    <Field key={key} label={t(`nudges.${key}` as MessageKey)} {...problemOf(key)}>
                      <Input
                        className={styles.narrow}
                        type="number"
                        inputMode="numeric"
                        min={min}
                        max={max}
                        value={draft.numbers[key] ?? ''}
                        onChange={(_event, data) => setNumber(key, data.value)}
                      />
                    </Field>
                  );
                })}
              </div>
              {preview ? (
                <div role="group" aria-label={t('nudges.preview')} className={styles.preview}>
                  {(['en', 'fr'] as const).map((language) => (
                    <div key={language} className={styles.previewCard} lang={language}>
                      <Caption1 className={styles.previewLang}>
                        {t(language === 'en' ? 'nudges.preview.en' : 'nudges.preview.fr')}
                      </Caption1>
                      <Text weight="semibold">{preview[language].title}</Text>
                      {preview[language].lines.map((line) => (
                        <Caption1 key={line}>{line}</Caption1>
                      ))}
                    </div>
                  ))}
                </div>
              ) : null}
            </section>
          );
        })}

        <section className={styles.panel} aria-labelledby="nudge-defaults-title">
          <Subtitle2 as="h2" id="nudge-defaults-title" className={styles.panelTitle}>
            {t('nudges.defaults')}
          </Subtitle2>
          <Caption1 className={styles.muted}>{t('nudges.defaults.hint')}</Caption1>
          <Field label={t('nudges.defaults.weeklyCap')} {...problemOf('defaults.weeklyCap')}>
            <Input
              className={styles.narrow}
              type="number"
              inputMode="numeric"
              min={0}
              max={50}
              value={draft.weeklyCap}
              onChange={(_event, data) => setDraft((d) => ({ ...d, weeklyCap: data.value }))}
            />
          </Field>
          <Switch
            checked={draft.quietOn}
            label={t('nudges.defaults.quiet')}
            onChange={(_event, data) => setDraft((d) => ({ ...d, quietOn: data.checked }))}
          />
          {draft.quietOn ? (
            <Field {...problemOf('defaults.quiet')}>
              <div className={styles.row}>
                <Field label={t('mySettings.quietFrom')}>
                  <Input
                    className={styles.narrow}
                    type="time"
                    value={draft.quietStart}
                    onChange={(_event, data) => setDraft((d) => ({ ...d, quietStart: data.value }))}
                  />
                </Field>
                <Field label={t('mySettings.quietTo')}>
                  <Input
                    className={styles.narrow}
                    type="time"
                    value={draft.quietEnd}
                    onChange={(_event, data) => setDraft((d) => ({ ...d, quietEnd: data.value }))}
                  />
                </Field>
              </div>
            </Field>
          ) : null}
        </section>
      </div>

      {tried && Object.keys(problems).length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('mySettings.problems')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {error?.code === 'NUDGES.CHANGED' ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('nudges.changed')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onReload}>{t('nudges.reload')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<SaveRegular />} disabled={busy !== undefined}>
          {busy ? t('mySettings.saving') : t('nudges.save')}
        </Button>
      </div>
    </form>
  );
}
