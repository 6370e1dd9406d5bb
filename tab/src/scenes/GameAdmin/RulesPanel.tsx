import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
} from '@fluentui/react-components';
import { AddRegular, ArrowClockwiseRegular, DeleteRegular, SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { GameRulesDto } from '../../../../contracts/gamification';
import { detailsOf } from '../../hooks/apiErrors';
import { GAME_ACTIONS } from '../../hooks/gameModel';
import { useAction } from '../../hooks/useAction';
import type { ApiError } from '../../api/client';
import { useGameApi } from '../../hooks/useGame';
import type { NotifyOptions } from '../../hooks/useNotify';
import { usePlural } from '../../hooks/usePlural';
import { useI18n } from '../../i18n/i18n';
import { useGameAdminStyles } from './GameAdmin.styles';
import {
  addLevel,
  GAME_LIMITS,
  rulesDraftOf,
  rulesInputOf,
  rulesProblems,
  serverProblems,
  type RulesDraft,
} from './gameDrafts';
import { GAME_ACTION_DISPLAY } from '../../components/GameNav/gameLabels';
import { useProblemText } from './useProblemText';

/**
 * Another administrator saved the rules since this page loaded them (GAME.RULES_CHANGED): nothing
 * was saved; the admin reloads theirs and makes the change again.
 */
export function RulesChanged({ error, onReload }: { error: ApiError | undefined; onReload: () => void }) {
  const { t } = useI18n();
  if (error?.code !== 'GAME.RULES_CHANGED') return null;
  return (
    <MessageBar intent="warning" data-testid="rules-changed">
      <MessageBarBody>{error.message}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" icon={<ArrowClockwiseRegular />} onClick={onReload}>
          {t('gameAdmin.reload')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/**
 * Points and daily caps per action, the weekly kudos allowance, and the levels (from 0, rising).
 * Problems are shown by field before anything is sent; the server's are shown the same way. The
 * save sends the version it started from, so another admin's change meanwhile is not overwritten.
 */
export function RulesPanel({
  rules,
  notify,
  onSaved,
  onReload,
}: {
  rules: GameRulesDto;
  notify: (message: string, options?: NotifyOptions) => void;
  onSaved: (rules: GameRulesDto) => void;
  onReload: () => void;
}) {
  const styles = useGameAdminStyles();
  const { t } = useI18n();
  const plural = usePlural();
  const game = useGameApi();
  const { run, busy, error } = useAction();
  const [initial, setInitial] = useState(() => rulesDraftOf(rules));
  const [draft, setDraft] = useState<RulesDraft>(initial);
  const [tried, setTried] = useState(false);
  const [server, setServer] = useState<{ fields: Record<string, string>; other: string[] }>({
    fields: {},
    other: [],
  });
  const problems = rulesProblems(draft);
  const { field } = useProblemText(problems, server.fields, tried);
  const count = Object.keys(problems).length;
  const levelsProblem = field('levels');
  const dirty = JSON.stringify(rulesInputOf(draft)) !== JSON.stringify(rulesInputOf(initial));

  const setAction = (action: (typeof GAME_ACTIONS)[number], key: 'points' | 'dailyCap', value: string) =>
    setDraft((d) => ({ ...d, actions: { ...d.actions, [action]: { ...d.actions[action], [key]: value } } }));
  const setLevel = (index: number, changes: Partial<RulesDraft['levels'][number]>) =>
    setDraft((d) => ({ ...d, levels: d.levels.map((l, i) => (i === index ? { ...l, ...changes } : l)) }));

  const handleSave = async () => {
    setTried(true);
    setServer({ fields: {}, other: [] });
    if (count > 0) return;
    const outcome = await run('save', () => game.saveRules({ ...rulesInputOf(draft), etag: rules.etag }));
    if (outcome.ok) {
      notify(t('rules.saved'));
      // Saved: not "unsaved" while the page reloads the rules it will start again from.
      setInitial(draft);
      onSaved(outcome.value);
    } else if (outcome.error.code === 'REQUEST.INVALID') {
      setServer(serverProblems(detailsOf(outcome.error)));
    }
  };

  return (
    <form
      className={styles.panels}
      onSubmit={(event) => {
        event.preventDefault();
        void handleSave();
      }}
      noValidate
    >
      <section className={styles.panel} aria-labelledby="rules-actions-title">
        <Subtitle2 as="h2" id="rules-actions-title" className={styles.panelTitle}>
          {t('rules.actions')}
        </Subtitle2>
        <Body1 className={styles.muted}>{t('rules.actionsHint')}</Body1>
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="rules-actions">
            <thead>
              <tr>
                <th scope="col">{t('rules.action')}</th>
                <th scope="col">{t('rules.points')}</th>
                <th scope="col">{t('rules.dailyCap')}</th>
              </tr>
            </thead>
            <tbody>
              {GAME_ACTIONS.map((action) => {
                const { Icon, label: labelKey } = GAME_ACTION_DISPLAY[action];
                const label = t(labelKey);
                return (
                  <tr key={action}>
                    <th scope="row">
                      <span className={styles.actionCell}>
                        <Icon className={styles.actionIcon} aria-hidden />
                        {label}
                      </span>
                    </th>
                    <td>
                      <Field {...field(`actions.${action}.points`)}>
                        <Input
                          className={styles.number}
                          type="number"
                          inputMode="numeric"
                          min={GAME_LIMITS.points.min}
                          max={GAME_LIMITS.points.max}
                          aria-label={t('rules.pointsFor', { action: label })}
                          value={draft.actions[action].points}
                          onChange={(_event, data) => setAction(action, 'points', data.value)}
                        />
                      </Field>
                    </td>
                    <td>
                      <Field {...field(`actions.${action}.dailyCap`)}>
                        <Input
                          className={styles.number}
                          type="number"
                          inputMode="numeric"
                          min={GAME_LIMITS.dailyCap.min}
                          max={GAME_LIMITS.dailyCap.max}
                          aria-label={t('rules.capFor', { action: label })}
                          value={draft.actions[action].dailyCap}
                          onChange={(_event, data) => setAction(action, 'dailyCap', data.value)}
                        />
                      </Field>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <Field className={styles.inlineField} label={t('rules.kudosPerWeek')} {...field('kudosPerWeek')}>
          <Input
            className={styles.number}
            type="number"
            inputMode="numeric"
            min={GAME_LIMITS.kudosPerWeek.min}
            max={GAME_LIMITS.kudosPerWeek.max}
            value={draft.kudosPerWeek}
            onChange={(_event, data) => setDraft((d) => ({ ...d, kudosPerWeek: data.value }))}
          />
        </Field>
      </section>

      <section className={styles.panel} aria-labelledby="rules-levels-title">
        <Subtitle2 as="h2" id="rules-levels-title" className={styles.panelTitle}>
          {t('rules.levels')}
        </Subtitle2>
        <Body1 className={styles.muted}>{t('rules.levelsHint')}</Body1>
        <ol className={styles.rows} data-testid="rules-levels">
          {draft.levels.map((level, index) => {
            const n = index + 1;
            return (
              <li key={level.key}>
                <fieldset className={styles.fieldset}>
                  <legend className={styles.legend}>{t('rules.level', { n })}</legend>
                  <Field label={t('rules.threshold')} {...field(`levels.${index}.threshold`)}>
                    <Input
                      className={styles.fill}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      value={level.threshold}
                      onChange={(_event, data) => setLevel(index, { threshold: data.value })}
                    />
                  </Field>
                  <Field label={t('rules.nameEn')} {...field(`levels.${index}.name`)}>
                    <Input
                      className={styles.fill}
                      maxLength={GAME_LIMITS.levelName}
                      value={level.en}
                      onChange={(_event, data) => setLevel(index, { en: data.value })}
                    />
                  </Field>
                  <Field label={t('rules.nameFr')}>
                    <Input
                      className={styles.fill}
                      lang="fr"
                      maxLength={GAME_LIMITS.levelName}
                      value={level.fr}
                      onChange={(_event, data) => setLevel(index, { fr: data.value })}
                    />
                  </Field>
                  <Button
                    className={styles.removeCell}
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={t('rules.removeLevel', { n })}
                    disabled={draft.levels.length <= 1}
                    onClick={() =>
                      setDraft((d) => ({ ...d, levels: d.levels.filter((_, i) => i !== index) }))
                    }
                  />
                </fieldset>
              </li>
            );
          })}
        </ol>
        {levelsProblem.validationState === 'error' ? (
          <Body1 role="alert">{levelsProblem.validationMessage}</Body1>
        ) : null}
        <Button
          icon={<AddRegular />}
          disabled={draft.levels.length >= GAME_LIMITS.levels}
          className={styles.add}
          onClick={() => setDraft((d) => ({ ...d, levels: addLevel(d.levels) }))}
        >
          {t('rules.addLevel')}
        </Button>
      </section>

      <RulesChanged error={error} onReload={onReload} />
      {error &&
      error.code !== 'CLIENT.BUSY' &&
      error.code !== 'REQUEST.INVALID' &&
      error.code !== 'GAME.RULES_CHANGED' ? (
        <MessageBar intent="error" data-testid="rules-error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {server.other.length > 0 ||
      (error?.code === 'REQUEST.INVALID' && Object.keys(server.fields).length === 0) ? (
        <MessageBar intent="error">
          <MessageBarBody>{error?.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.saveRow}>
        <Button
          type="submit"
          appearance="primary"
          disabled={Boolean(busy)}
          icon={busy ? <Spinner size="tiny" /> : <SaveRegular />}
        >
          {t('rules.save')}
        </Button>
        {tried && count > 0 ? (
          <Body1 role="alert">{plural('gameAdmin.problems', count)}</Body1>
        ) : dirty ? (
          <Body1 className={styles.muted}>{t('gameAdmin.unsaved')}</Body1>
        ) : null}
      </div>
    </form>
  );
}
