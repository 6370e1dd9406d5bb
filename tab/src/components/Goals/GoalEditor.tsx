import {
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
  Radio,
  RadioGroup,
  Spinner,
} from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import type { GoalDto } from '../../../../contracts/schemas';
import { useAction } from '../../hooks/useAction';
import { useCommunityApi } from '../../hooks/useCommunity';
import { dayKey } from '../../hooks/useDates';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import {
  GOAL_MAX,
  GOAL_METRICS,
  goalDraftOf,
  goalInputOf,
  validateGoal,
  type GoalDraft,
  type GoalField,
  type GoalMetric,
  type GoalProblem,
} from './goalDraft';
import { useGoalEditorStyles } from './GoalEditor.styles';

const METRIC_LABEL: Record<GoalMetric, { label: MessageKey; hint: MessageKey }> = {
  manual: { label: 'goals.metric.manual', hint: 'goals.metric.manualHint' },
  members: { label: 'goals.metric.members', hint: 'goals.metric.membersHint' },
  posts: { label: 'goals.metric.posts', hint: 'goals.metric.postsHint' },
  answeredQuestions: { label: 'goals.metric.answeredQuestions', hint: 'goals.metric.answeredQuestionsHint' },
};

const PROBLEM: Record<GoalProblem, MessageKey> = {
  required: 'form.required',
  notWholeNumber: 'form.wholeNumber',
  outOfRange: 'form.outOfRange',
  dueBeforeStart: 'goals.dueBeforeStart',
};

/**
 * Adds, changes or deletes a community goal (administrators). Loaded only when an administrator
 * opens it. Checks the form like the API does, and shows the API's answer when it disagrees.
 */
export default function GoalEditor({
  goal,
  mode,
  onClose,
  onSaved,
}: {
  goal: GoalDto | undefined;
  mode: 'edit' | 'delete';
  onClose: () => void;
  onSaved: () => void;
}) {
  return mode === 'delete' && goal ? (
    <DeleteGoal goal={goal} onClose={onClose} onDeleted={onSaved} />
  ) : (
    <EditGoal goal={goal} onClose={onClose} onSaved={onSaved} />
  );
}

function EditGoal({
  goal,
  onClose,
  onSaved,
}: {
  goal: GoalDto | undefined;
  onClose: () => void;
  onSaved: () => void;
}) {
  const styles = useGoalEditorStyles();
  const { t, formatNumber } = useI18n();
  const api = useCommunityApi();
  const { run, busy, error } = useAction();
  const [draft, setDraft] = useState<GoalDraft>(() => goalDraftOf(goal, dayKey(new Date())));
  const [submitted, setSubmitted] = useState(false);
  const formId = useId();
  const problems = validateGoal(draft);
  const problemOf = (field: GoalField) => {
    const problem = submitted ? problems[field] : undefined;
    return problem ? t(PROBLEM[problem], { min: 1, max: formatNumber(GOAL_MAX) }) : undefined;
  };
  const fieldProps = (field: GoalField) => {
    const message = problemOf(field);
    return message ? { validationMessage: message, validationState: 'error' as const } : {};
  };
  const set = (changes: Partial<GoalDraft>) => setDraft((current) => ({ ...current, ...changes }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return;
    const outcome = await run('save', () => api.saveGoal(goal?.id, goalInputOf(draft)));
    if (outcome.ok) onSaved();
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <form id={formId} onSubmit={(event) => void handleSubmit(event)} noValidate>
          <DialogBody>
            <DialogTitle>{goal ? t('goals.editTitle') : t('goals.addTitle')}</DialogTitle>
            <DialogContent className={styles.form}>
              {error ? (
                <MessageBar intent="error">
                  <MessageBarBody>{error.message}</MessageBarBody>
                </MessageBar>
              ) : null}
              <div className={styles.pair}>
                <Field label={t('form.english')} {...fieldProps('title')} hint={t('goals.titleHint')}>
                  <Input value={draft.titleEn} lang="en" onChange={(_e, d) => set({ titleEn: d.value })} />
                </Field>
                <Field label={t('form.french')}>
                  <Input value={draft.titleFr} lang="fr" onChange={(_e, d) => set({ titleFr: d.value })} />
                </Field>
              </div>
              <Field label={t('goals.metric')}>
                <RadioGroup value={draft.metric} onChange={(_e, d) => set({ metric: d.value as GoalMetric })}>
                  {GOAL_METRICS.map((metric) => (
                    <Radio
                      key={metric}
                      value={metric}
                      label={`${t(METRIC_LABEL[metric].label)} — ${t(METRIC_LABEL[metric].hint)}`}
                    />
                  ))}
                </RadioGroup>
              </Field>
              <div className={styles.pair}>
                <Field label={t('goals.target')} required {...fieldProps('target')}>
                  <Input
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={GOAL_MAX}
                    value={draft.target}
                    onChange={(_e, d) => set({ target: d.value })}
                  />
                </Field>
                {draft.metric === 'manual' ? (
                  <Field label={t('goals.current')} required {...fieldProps('current')}>
                    <Input
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={GOAL_MAX}
                      value={draft.current}
                      onChange={(_e, d) => set({ current: d.value })}
                    />
                  </Field>
                ) : null}
              </div>
              <div className={styles.pair}>
                <Field label={t('goals.startsOn')} required {...fieldProps('startsOn')}>
                  <Input
                    type="date"
                    value={draft.startsOn}
                    onChange={(_e, d) => set({ startsOn: d.value })}
                  />
                </Field>
                <Field label={t('goals.dueOn')} hint={t('goals.dueOnHint')} {...fieldProps('dueOn')}>
                  <Input type="date" value={draft.dueOn} onChange={(_e, d) => set({ dueOn: d.value })} />
                </Field>
              </div>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button
                appearance="primary"
                type="submit"
                disabled={Boolean(busy)}
                icon={busy ? <Spinner size="tiny" /> : undefined}
              >
                {t('common.save')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

function DeleteGoal({
  goal,
  onClose,
  onDeleted,
}: {
  goal: GoalDto;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t, pick } = useI18n();
  const api = useCommunityApi();
  const { run, busy, error } = useAction();
  const handleDelete = async () => {
    const outcome = await run('delete', () => api.deleteGoal(goal.id));
    if (outcome.ok) onDeleted();
  };
  return (
    <Dialog open modalType="alert" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('goals.deleteTitle', { title: pick(goal.title) })}</DialogTitle>
          <DialogContent>
            {t('goals.deleteBody')}
            {error ? (
              <MessageBar intent="error">
                <MessageBarBody>{error.message}</MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button appearance="primary" disabled={Boolean(busy)} onClick={() => void handleDelete()}>
              {t('goals.delete')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
