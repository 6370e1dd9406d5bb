import {
  Body1,
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
  MessageBarTitle,
  Spinner,
  Subtitle2,
} from '@fluentui/react-components';
import { FlagRegular, ScalesRegular, ShieldCheckmarkRegular, WrenchRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { GameRulesDto, RebuildResultDto } from '../../../../contracts/gamification';
import { useAction } from '../../hooks/useAction';
import { useGameApi } from '../../hooks/useGame';
import type { NotifyOptions } from '../../hooks/useNotify';
import { usePlural } from '../../hooks/usePlural';
import { useI18n } from '../../i18n/i18n';
import { useGameAdminStyles } from './GameAdmin.styles';
import { GAME_LIMITS, seasonNameOf, seasonProblems } from './gameDrafts';
import { useProblemText } from './useProblemText';

/** The current season and starting the next one; checking (and repairing) scores against the ledger. */
export function SeasonPanel({
  rules,
  notify,
  onStarted,
}: {
  rules: GameRulesDto;
  notify: (message: string, options?: NotifyOptions) => void;
  onStarted: (rules: GameRulesDto) => void;
}) {
  const styles = useGameAdminStyles();
  const { t, pick, formatDate } = useI18n();
  const game = useGameApi();
  const [en, setEn] = useState('');
  const [fr, setFr] = useState('');
  const [tried, setTried] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { run, busy, error } = useAction();
  const problems = seasonProblems(en, fr);
  const { field } = useProblemText(problems, {}, tried);
  const name = en.trim() || fr.trim();

  const handleStart = async () => {
    const outcome = await run('season', () => game.startSeason(seasonNameOf(en, fr)));
    setConfirming(false);
    if (outcome.ok) {
      notify(t('season.started', { name: pick(outcome.value.season.name) }));
      setEn('');
      setFr('');
      setTried(false);
      onStarted(outcome.value);
    }
  };

  return (
    <div className={styles.panels}>
      <section className={styles.panel} aria-labelledby="season-title">
        <Subtitle2 as="h2" id="season-title" className={styles.panelTitle}>
          {t('season.current')}
        </Subtitle2>
        <div className={styles.seasonNow} data-testid="current-season">
          <FlagRegular className={styles.seasonIcon} aria-hidden />
          <Body1>
            {t('season.startedOn', {
              name: pick(rules.season.name),
              date: formatDate(rules.season.startedAt, 'short'),
            })}
          </Body1>
        </div>
        <form
          className={styles.form}
          noValidate
          aria-labelledby="season-new-title"
          onSubmit={(event) => {
            event.preventDefault();
            setTried(true);
            if (Object.keys(problems).length === 0) setConfirming(true);
          }}
        >
          <Subtitle2 as="h3" id="season-new-title" className={styles.panelTitle}>
            {t('season.new')}
          </Subtitle2>
          <Body1 className={styles.muted}>{t('season.newHint')}</Body1>
          <div className={styles.pair}>
            <Field label={t('season.nameEn')} {...field('name')}>
              <Input
                className={styles.fill}
                maxLength={GAME_LIMITS.seasonName}
                value={en}
                onChange={(_e, data) => setEn(data.value)}
              />
            </Field>
            <Field label={t('season.nameFr')}>
              <Input
                className={styles.fill}
                lang="fr"
                maxLength={GAME_LIMITS.seasonName}
                value={fr}
                onChange={(_e, data) => setFr(data.value)}
              />
            </Field>
          </div>
          {error && error.code !== 'CLIENT.BUSY' ? (
            <MessageBar intent="error">
              <MessageBarBody>{error.message}</MessageBarBody>
            </MessageBar>
          ) : null}
          <Button type="submit" className={styles.add} icon={<FlagRegular />}>
            {t('season.start')}
          </Button>
        </form>
      </section>
      <RebuildCheck />
      {confirming ? (
        <Dialog open modalType="alert" onOpenChange={(_event, data) => !data.open && setConfirming(false)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t('season.confirm.title', { name })}</DialogTitle>
              <DialogContent>{t('season.confirm.body')}</DialogContent>
              <DialogActions>
                <Button appearance="secondary" onClick={() => setConfirming(false)}>
                  {t('common.cancel')}
                </Button>
                <Button
                  appearance="primary"
                  disabled={Boolean(busy)}
                  icon={busy ? <Spinner size="tiny" /> : <FlagRegular />}
                  onClick={() => void handleStart()}
                >
                  {t('season.start')}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      ) : null}
    </div>
  );
}

/** "Check points against the ledger": a dry run first; "Repair" only when something differs. */
function RebuildCheck() {
  const styles = useGameAdminStyles();
  const { t, formatNumber } = useI18n();
  const plural = usePlural();
  const game = useGameApi();
  const { run, busy, error } = useAction();
  const [result, setResult] = useState<RebuildResultDto | undefined>();

  const handleRun = async (write: boolean) => {
    const outcome = await run(write ? 'repair' : 'check', () => game.rebuild(write));
    if (outcome.ok) setResult(outcome.value);
  };

  return (
    <section className={styles.panel} aria-labelledby="rebuild-title">
      <Subtitle2 as="h2" id="rebuild-title" className={styles.panelTitle}>
        {t('rebuild.title')}
      </Subtitle2>
      <Body1 className={styles.muted}>{t('rebuild.hint')}</Body1>
      <Button
        className={styles.add}
        icon={busy === 'check' ? <Spinner size="tiny" /> : <ScalesRegular />}
        disabled={Boolean(busy)}
        onClick={() => void handleRun(false)}
      >
        {t('rebuild.check')}
      </Button>
      <div aria-live="polite" data-testid="rebuild-result">
        {result && result.repaired ? (
          <MessageBar intent="success">
            <MessageBarBody>{t('rebuild.repaired')}</MessageBarBody>
          </MessageBar>
        ) : result && result.mismatchCount === 0 ? (
          <MessageBar intent="success" icon={<ShieldCheckmarkRegular />}>
            <MessageBarBody>{plural('rebuild.ok', result.scores)}</MessageBarBody>
          </MessageBar>
        ) : result ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>
                {plural('rebuild.mismatches', result.mismatchCount, { scores: formatNumber(result.scores) })}
              </MessageBarTitle>
              <ul className={styles.mismatches}>
                {result.mismatches.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {result && !result.repaired && result.mismatchCount > 0 ? (
        <Button
          className={styles.add}
          appearance="primary"
          icon={busy === 'repair' ? <Spinner size="tiny" /> : <WrenchRegular />}
          disabled={Boolean(busy)}
          onClick={() => void handleRun(true)}
        >
          {t('rebuild.repair')}
        </Button>
      ) : null}
      {error && error.code !== 'CLIENT.BUSY' ? (
        <MessageBar intent="error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
