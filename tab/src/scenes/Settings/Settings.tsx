import {
  Body1,
  Button,
  Caption1,
  Combobox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Subtitle2,
  Switch,
  Title2,
} from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { MySettingsDto } from '../../../../contracts/nudges';
import { ErrorState, LoadingState } from '../../components/StateViews/StateViews';
import { useAction } from '../../hooks/useAction';
import { useMySettings, useNudgesApi } from '../../hooks/useNudges';
import { useNotify } from '../../hooks/useNotify';
import { useSession } from '../../hooks/useSession';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import '../../i18n/nudge-messages';
import { useSettingsStyles } from './Settings.styles';
import {
  allTimeZones,
  browserTimeZone,
  matchingZones,
  NUDGE_KIND_ORDER,
  settingsDraftOf,
  settingsInputOf,
  settingsProblems,
  type SettingsDraft,
} from './settingsDraft';

/** The member's own settings: language, time zone, quiet hours, weekly cap, and each kind of nudge. */
export default function Settings() {
  const settings = useMySettings();
  const { t } = useI18n();
  if (settings.status === 'loading') return <LoadingState label={t('mySettings.title')} />;
  if (settings.status === 'error') return <ErrorState error={settings.error} onRetry={settings.reload} />;
  return <SettingsForm settings={settings.data} />;
}

function SettingsForm({ settings }: { settings: MySettingsDto }) {
  const styles = useSettingsStyles();
  const { t, language } = useI18n();
  const { reloadMe } = useSession();
  const nudgesApi = useNudgesApi();
  const { toaster, notify } = useNotify();
  const { run, busy, error } = useAction();
  const zones = useMemo(() => allTimeZones(), []);
  const browserZone = useMemo(() => browserTimeZone(), []);
  const [saved, setSaved] = useState(settings);
  const initial = useMemo(
    () => settingsDraftOf(saved, { language, zone: browserZone }),
    [saved, language, browserZone],
  );
  const [draft, setDraft] = useState<SettingsDraft>(initial);
  const [zoneQuery, setZoneQuery] = useState(draft.timeZone);
  const [zonesOpen, setZonesOpen] = useState(false);
  const [tried, setTried] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const problems = settingsProblems(draft, zones);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  // A chosen zone lists every zone again; typed text filters them.
  const zoneOptions = matchingZones(zones, zones.includes(zoneQuery) ? '' : zoneQuery);
  const show = (field: keyof typeof problems, key: MessageKey) =>
    tried && problems[field] ? { validationState: 'error' as const, validationMessage: t(key) } : {};

  const change = (changes: Partial<SettingsDraft>) => {
    setConfirmed(false);
    setDraft((d) => ({ ...d, ...changes }));
  };

  const handleSave = async () => {
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    const outcome = await run('save', () => nudgesApi.saveSettings(settingsInputOf(draft)));
    if (!outcome.ok) return;
    setSaved(outcome.value);
    setDraft(settingsDraftOf(outcome.value, { language, zone: browserZone }));
    setTried(false);
    setConfirmed(true);
    notify(t('mySettings.saved'));
    reloadMe();
  };

  return (
    <form
      className={styles.page}
      aria-labelledby="settings-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void handleSave();
      }}
    >
      {toaster}
      <header className={styles.header}>
        <Title2 as="h1" id="settings-title" className={styles.title}>
          {t('mySettings.title')}
        </Title2>
        <Body1 className={styles.muted}>{t('mySettings.subtitle')}</Body1>
      </header>

      <section className={styles.panel} aria-labelledby="settings-general">
        <Subtitle2 as="h2" id="settings-general" className={styles.panelTitle}>
          {t('mySettings.general')}
        </Subtitle2>
        <Field label={{ children: t('mySettings.language'), id: 'settings-language' }}>
          <RadioGroup
            layout="horizontal"
            aria-labelledby="settings-language"
            value={draft.language}
            onChange={(_event, data) => change({ language: data.value === 'fr' ? 'fr' : 'en' })}
          >
            <Radio value="en" label="English" lang="en" />
            <Radio value="fr" label="Français" lang="fr" />
          </RadioGroup>
        </Field>
        <Field
          label={t('mySettings.timeZone')}
          hint={t('mySettings.timeZone.hint', { zone: browserZone })}
          {...show('timeZone', 'mySettings.problem.timeZone')}
        >
          <Combobox
            className={styles.picker}
            freeform
            value={zoneQuery}
            open={zonesOpen}
            onOpenChange={(_event, data) => setZonesOpen(data.open)}
            selectedOptions={zones.includes(draft.timeZone) ? [draft.timeZone] : []}
            onChange={(event) => {
              setZoneQuery(event.target.value);
              setZonesOpen(true);
              change({ timeZone: event.target.value.trim() });
            }}
            onOptionSelect={(_event, data) => {
              if (!data.optionValue) return;
              setZoneQuery(data.optionValue);
              change({ timeZone: data.optionValue });
            }}
          >
            {zoneOptions.length === 0 ? (
              <Option value="" text="" disabled>
                {t('mySettings.timeZone.none', { query: zoneQuery })}
              </Option>
            ) : (
              zoneOptions.map((zone) => (
                <Option key={zone} value={zone} text={zone}>
                  {zone.replace(/_/g, ' ')}
                </Option>
              ))
            )}
          </Combobox>
        </Field>
      </section>

      <section className={styles.panel} aria-labelledby="settings-budget">
        <Subtitle2 as="h2" id="settings-budget" className={styles.panelTitle}>
          {t('mySettings.budget')}
        </Subtitle2>
        <Switch
          checked={draft.quietOn}
          label={t('mySettings.quietHours.on')}
          onChange={(_event, data) => change({ quietOn: data.checked })}
        />
        {draft.quietOn ? (
          <Field {...show('quiet', 'mySettings.problem.quiet')}>
            <div className={styles.row}>
              <Field label={t('mySettings.quietFrom')}>
                <Input
                  className={styles.narrow}
                  type="time"
                  value={draft.quietStart}
                  onChange={(_event, data) => change({ quietStart: data.value })}
                />
              </Field>
              <Field label={t('mySettings.quietTo')}>
                <Input
                  className={styles.narrow}
                  type="time"
                  value={draft.quietEnd}
                  onChange={(_event, data) => change({ quietEnd: data.value })}
                />
              </Field>
            </div>
          </Field>
        ) : (
          <Caption1 className={styles.muted}>
            {saved.defaults.quietHours
              ? t('mySettings.quietHours.default', { ...saved.defaults.quietHours })
              : t('mySettings.quietHours.noDefault')}
          </Caption1>
        )}
        <Field
          label={t('mySettings.weeklyCap')}
          hint={t('mySettings.weeklyCap.hint', { cap: saved.defaults.weeklyCap })}
          {...show('weeklyCap', 'mySettings.problem.weeklyCap')}
        >
          <Input
            className={styles.narrow}
            type="number"
            inputMode="numeric"
            min={0}
            max={50}
            placeholder={String(saved.defaults.weeklyCap)}
            value={draft.weeklyCap}
            onChange={(_event, data) => change({ weeklyCap: data.value })}
          />
        </Field>
      </section>

      <section className={styles.panel} aria-labelledby="settings-kinds">
        <Subtitle2 as="h2" id="settings-kinds" className={styles.panelTitle}>
          {t('mySettings.kinds')}
        </Subtitle2>
        <Body1 className={styles.muted}>{t('mySettings.kinds.hint')}</Body1>
        <ul className={styles.kinds}>
          {NUDGE_KIND_ORDER.map((kind) => {
            const active = saved.activeKinds.includes(kind);
            const hintId = `settings-kind-${kind}-hint`;
            return (
              <li key={kind} className={styles.kind}>
                <Switch
                  checked={active && !draft.muted.includes(kind)}
                  disabled={!active}
                  label={t(`nudgeKind.${kind}` as MessageKey)}
                  aria-describedby={hintId}
                  data-kind={kind}
                  onChange={(_event, data) =>
                    change({
                      muted: NUDGE_KIND_ORDER.filter((k) =>
                        k === kind ? !data.checked : draft.muted.includes(k),
                      ),
                    })
                  }
                />
                <Caption1 id={hintId} className={styles.kindHint}>
                  {active ? t(`nudgeKind.${kind}.description` as MessageKey) : t('mySettings.kinds.off')}
                </Caption1>
              </li>
            );
          })}
        </ul>
      </section>

      {tried && Object.keys(problems).length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('mySettings.problems')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {confirmed && !dirty ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t('mySettings.saved')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<SaveRegular />} disabled={busy !== undefined}>
          {busy ? t('mySettings.saving') : t('mySettings.save')}
        </Button>
        <Button
          type="button"
          disabled={!dirty || busy !== undefined}
          onClick={() => {
            setDraft(initial);
            setZoneQuery(initial.timeZone);
            setTried(false);
          }}
        >
          {t('mySettings.reset')}
        </Button>
      </div>
    </form>
  );
}
