import type { PollInputDto } from '../../../../contracts/polls';
import type { MessageKey } from '../../i18n/messages';

/** What the animator is writing (kept as form strings until posted). */
export interface PollDraft {
  question: string;
  options: string[];
  choice: 'single' | 'multiple';
  anonymous: boolean;
  results: 'live' | 'afterClose';
  /** `YYYY-MM-DDTHH:MM` in the animator's local time (a datetime-local input). */
  closesAt: string;
  conversationId: string;
}

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;

/** `YYYY-MM-DDTHH:MM` of a date, in local time. */
export function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A fresh draft: two empty options, closing tomorrow at this time. */
export function emptyPollDraft(now: Date): PollDraft {
  return {
    question: '',
    options: ['', ''],
    choice: 'single',
    anonymous: false,
    results: 'live',
    closesAt: localInputValue(new Date(now.getTime() + 86_400_000)),
    conversationId: '',
  };
}

/** What is wrong with a draft, field by field (the server checks again). */
export function problemsOf(
  draft: PollDraft,
  now: Date,
): Partial<Record<'question' | 'options' | 'closesAt' | 'conversation', MessageKey>> {
  const problems: Partial<Record<'question' | 'options' | 'closesAt' | 'conversation', MessageKey>> = {};
  if (draft.question.trim() === '') problems.question = 'polls.problem.question';
  const options = draft.options.map((o) => o.trim()).filter((o) => o !== '');
  if (options.length < MIN_OPTIONS || options.length > MAX_OPTIONS)
    problems.options = 'polls.problem.options';
  else if (new Set(options.map((o) => o.toLowerCase())).size !== options.length) {
    problems.options = 'polls.problem.duplicate';
  }
  const closes = new Date(draft.closesAt).getTime();
  if (
    !Number.isFinite(closes) ||
    closes < now.getTime() + 5 * 60_000 ||
    closes > now.getTime() + 30 * 86_400_000
  ) {
    problems.closesAt = 'polls.problem.closesAt';
  }
  if (draft.conversationId === '') problems.conversation = 'polls.problem.conversation';
  return problems;
}

/** The API body of a valid draft. */
export function pollInputOf(draft: PollDraft): PollInputDto {
  return {
    question: draft.question.trim(),
    options: draft.options.map((o) => o.trim()).filter((o) => o !== ''),
    choice: draft.choice,
    anonymous: draft.anonymous,
    results: draft.results,
    closesAt: new Date(draft.closesAt).toISOString(),
    conversationId: draft.conversationId,
  };
}
