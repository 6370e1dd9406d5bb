import {
  Body1,
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Textarea,
  ToggleButton,
  Tooltip,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular, SaveRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { GameRulesDto } from '../../../../contracts/gamification';
import { BADGE_ICON_NAMES, BADGE_ICONS, BadgeIcon } from '../../components/BadgeIcon/BadgeIcon';
import { EmptyState } from '../../components/StateViews/StateViews';
import { detailsOf } from '../../hooks/apiErrors';
import { useAction } from '../../hooks/useAction';
import { useGameApi } from '../../hooks/useGame';
import type { NotifyOptions } from '../../hooks/useNotify';
import { usePlural } from '../../hooks/usePlural';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useGameAdminStyles } from './GameAdmin.styles';
import {
  BADGE_RULES,
  badgesDraftOf,
  badgesInputOf,
  badgesProblems,
  GAME_LIMITS,
  newBadge,
  serverProblems,
  type BadgeDraft,
  type BadgeRuleName,
} from './gameDrafts';
import { RulesChanged } from './RulesPanel';
import { useProblemText, type FieldValidation } from './useProblemText';

const RULE_LABELS: Record<BadgeRuleName, MessageKey> = {
  posts: 'game.rule.posts',
  comments: 'game.rule.comments',
  acceptedAnswers: 'game.rule.acceptedAnswers',
  reactionsReceived: 'game.rule.reactionsReceived',
  kudosReceived: 'game.rule.kudosReceived',
  streakWeeks: 'game.rule.streakWeeks',
  eventsAttended: 'game.rule.eventsAttended',
  quizAnswers: 'game.rule.quizAnswers',
  joinedPod: 'game.rule.joinedPod',
};

/**
 * The badges and the rules that award them: name and description in both languages, an icon,
 * what they count and from how many. Badges already earned stay earned whatever changes here.
 */
export function BadgesPanel({
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
  const [initial, setInitial] = useState(() => badgesDraftOf(rules));
  const [badges, setBadges] = useState<BadgeDraft[]>(initial);
  const [tried, setTried] = useState(false);
  const [server, setServer] = useState<{ fields: Record<string, string>; other: string[] }>({
    fields: {},
    other: [],
  });
  const problems = badgesProblems(badges);
  const { field } = useProblemText(problems, server.fields, tried);
  const count = Object.keys(problems).length;
  const dirty = JSON.stringify(badgesInputOf(badges)) !== JSON.stringify(badgesInputOf(initial));

  const update = (index: number, changes: Partial<BadgeDraft>) =>
    setBadges((list) => list.map((badge, i) => (i === index ? { ...badge, ...changes } : badge)));

  const handleSave = async () => {
    setTried(true);
    setServer({ fields: {}, other: [] });
    if (count > 0) return;
    const outcome = await run('save', () => game.saveRules({ ...badgesInputOf(badges), etag: rules.etag }));
    if (outcome.ok) {
      notify(t('badgeEdit.saved'));
      // Saved: not "unsaved" while the page reloads the rules it will start again from.
      setInitial(badges);
      onSaved(outcome.value);
    } else if (outcome.error.code === 'REQUEST.INVALID') {
      setServer(serverProblems(detailsOf(outcome.error)));
    }
  };

  return (
    <form
      className={styles.panel}
      aria-label={t('gameAdmin.tab.badges')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void handleSave();
      }}
    >
      <Body1 className={styles.muted}>{t('badgeEdit.hint')}</Body1>
      {badges.length === 0 ? (
        <EmptyState
          icon={<BadgeIcon icon="Star" locked />}
          title={t('gameAdmin.tab.badges')}
          body={t('badgeEdit.empty')}
        />
      ) : (
        <ol className={styles.rows} data-testid="badge-editor">
          {badges.map((badge, index) => (
            <li key={badge.key}>
              <BadgeFields
                badge={badge}
                n={index + 1}
                field={(name) => field(`badges.${index}.${name}`)}
                onChange={(changes) => update(index, changes)}
                onRemove={() => setBadges((list) => list.filter((_, i) => i !== index))}
              />
            </li>
          ))}
        </ol>
      )}
      <Button
        className={styles.add}
        icon={<AddRegular />}
        disabled={badges.length >= GAME_LIMITS.badges}
        onClick={() => setBadges((list) => [...list, newBadge()])}
      >
        {t('badgeEdit.add')}
      </Button>
      <RulesChanged error={error} onReload={onReload} />
      {error &&
      error.code !== 'CLIENT.BUSY' &&
      error.code !== 'GAME.RULES_CHANGED' &&
      !(
        error.code === 'REQUEST.INVALID' &&
        server.other.length === 0 &&
        Object.keys(server.fields).length > 0
      ) ? (
        <MessageBar intent="error" data-testid="badges-error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.saveRow}>
        <Button
          type="submit"
          appearance="primary"
          disabled={Boolean(busy)}
          icon={busy ? <Spinner size="tiny" /> : <SaveRegular />}
        >
          {t('badgeEdit.save')}
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

/** One badge: its names, descriptions, icon, what it counts and from how many. */
function BadgeFields({
  badge,
  n,
  field,
  onChange,
  onRemove,
}: {
  badge: BadgeDraft;
  n: number;
  field: (name: 'name' | 'description' | 'threshold') => FieldValidation;
  onChange: (changes: Partial<BadgeDraft>) => void;
  onRemove: () => void;
}) {
  const styles = useGameAdminStyles();
  const { t } = useI18n();
  const iconsLabel = useId();
  const title = badge.nameEn || badge.nameFr || t('badgeEdit.badge', { n });
  return (
    <fieldset className={styles.badgeFieldset}>
      <legend className={styles.badgeLegend}>
        <BadgeIcon icon={badge.icon} size="small" />
        {t('badgeEdit.badge', { n })}
        {badge.nameEn || badge.nameFr ? ` · ${title}` : ''}
      </legend>
      <Field label={t('rules.nameEn')} {...field('name')}>
        <Input
          className={styles.fill}
          maxLength={GAME_LIMITS.badgeName}
          value={badge.nameEn}
          onChange={(_event, data) => onChange({ nameEn: data.value })}
        />
      </Field>
      <Field label={t('rules.nameFr')}>
        <Input
          className={styles.fill}
          lang="fr"
          maxLength={GAME_LIMITS.badgeName}
          value={badge.nameFr}
          onChange={(_event, data) => onChange({ nameFr: data.value })}
        />
      </Field>
      <Field label={t('badgeEdit.descEn')} {...field('description')}>
        <Textarea
          rows={2}
          maxLength={GAME_LIMITS.badgeDescription}
          value={badge.descriptionEn}
          onChange={(_event, data) => onChange({ descriptionEn: data.value })}
        />
      </Field>
      <Field label={t('badgeEdit.descFr')}>
        <Textarea
          lang="fr"
          rows={2}
          maxLength={GAME_LIMITS.badgeDescription}
          value={badge.descriptionFr}
          onChange={(_event, data) => onChange({ descriptionFr: data.value })}
        />
      </Field>
      <Field className={styles.wide} label={{ children: t('badgeEdit.icon'), id: iconsLabel }}>
        <div className={styles.icons} role="group" aria-labelledby={iconsLabel}>
          {BADGE_ICON_NAMES.map((icon) => {
            const { Icon } = BADGE_ICONS[icon];
            const name = t(`game.icon.${icon}`);
            return (
              <Tooltip key={icon} content={name} relationship="label" withArrow>
                <ToggleButton
                  size="small"
                  appearance={badge.icon === icon ? 'primary' : 'subtle'}
                  checked={badge.icon === icon}
                  icon={<Icon />}
                  onClick={() => onChange({ icon })}
                />
              </Tooltip>
            );
          })}
        </div>
      </Field>
      <div className={styles.badgeFooter}>
        <Field className={styles.ruleField} label={t('badgeEdit.rule')}>
          <Dropdown
            value={t(RULE_LABELS[badge.rule])}
            selectedOptions={[badge.rule]}
            onOptionSelect={(_event, data) => {
              const rule = BADGE_RULES.find((r) => r === data.optionValue);
              if (rule) onChange({ rule });
            }}
          >
            {BADGE_RULES.map((rule) => (
              <Option key={rule} value={rule}>
                {t(RULE_LABELS[rule])}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t('badgeEdit.threshold')} {...field('threshold')}>
          <Input
            className={styles.number}
            type="number"
            inputMode="numeric"
            min={GAME_LIMITS.badgeThreshold.min}
            max={GAME_LIMITS.badgeThreshold.max}
            value={badge.threshold}
            onChange={(_event, data) => onChange({ threshold: data.value })}
          />
        </Field>
        <Button appearance="subtle" icon={<DeleteRegular />} onClick={onRemove}>
          {t('badgeEdit.remove', { n })}
        </Button>
      </div>
    </fieldset>
  );
}
