import type { GoalDto, GoalInputDto } from '../../../../contracts/schemas';

/** How a goal is measured (GoalMetric in contracts/schemas.ts). */
export type GoalMetric = GoalDto['metric'];
export const GOAL_METRICS: readonly GoalMetric[] = ['manual', 'members', 'posts', 'answeredQuestions'];

/** A goal as its form holds it: numbers stay text while typed. */
export interface GoalDraft {
  titleEn: string;
  titleFr: string;
  metric: GoalMetric;
  target: string;
  current: string;
  startsOn: string;
  dueOn: string;
}

/** The largest target or progress GoalInput accepts. */
export const GOAL_MAX = 1_000_000;

/** The form's starting point: an existing goal, or a new one starting `today` (`YYYY-MM-DD`). */
export function goalDraftOf(goal: GoalDto | undefined, today: string): GoalDraft {
  return {
    titleEn: goal?.title.en ?? '',
    titleFr: goal?.title.fr ?? '',
    metric: goal?.metric ?? 'manual',
    target: goal ? String(goal.target) : '',
    current: goal ? String(goal.current) : '0',
    startsOn: goal?.startsOn ?? today,
    dueOn: goal?.dueOn ?? '',
  };
}

/** What is wrong with a field of the form. */
export type GoalProblem = 'required' | 'notWholeNumber' | 'outOfRange' | 'dueBeforeStart';
export type GoalField = 'title' | 'target' | 'current' | 'startsOn' | 'dueOn';

const wholeNumber = (text: string): number | undefined =>
  /^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;
const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

/** Checks the form like GoalInput does (plus: a goal cannot be due before it starts). */
export function validateGoal(draft: GoalDraft): Partial<Record<GoalField, GoalProblem>> {
  const problems: Partial<Record<GoalField, GoalProblem>> = {};
  if (!draft.titleEn.trim() && !draft.titleFr.trim()) problems.title = 'required';
  const target = wholeNumber(draft.target);
  if (!draft.target.trim()) problems.target = 'required';
  else if (target === undefined) problems.target = 'notWholeNumber';
  else if (target < 1 || target > GOAL_MAX) problems.target = 'outOfRange';
  if (draft.metric === 'manual') {
    const current = wholeNumber(draft.current);
    if (!draft.current.trim()) problems.current = 'required';
    else if (current === undefined) problems.current = 'notWholeNumber';
    else if (current > GOAL_MAX) problems.current = 'outOfRange';
  }
  if (!isDay(draft.startsOn)) problems.startsOn = 'required';
  if (draft.dueOn && isDay(draft.startsOn) && draft.dueOn < draft.startsOn) problems.dueOn = 'dueBeforeStart';
  return problems;
}

/** The request body (call after validateGoal found nothing). Progress is sent only for manual goals. */
export function goalInputOf(draft: GoalDraft): GoalInputDto {
  return {
    title: {
      ...(draft.titleEn.trim() ? { en: draft.titleEn.trim() } : {}),
      ...(draft.titleFr.trim() ? { fr: draft.titleFr.trim() } : {}),
    },
    metric: draft.metric,
    target: Number(draft.target.trim()),
    ...(draft.metric === 'manual' ? { current: Number(draft.current.trim()) } : {}),
    startsOn: draft.startsOn,
    dueOn: draft.dueOn || null,
  };
}
