import type { Audience } from '../content/post';
import type { BaseDoc } from '../shared/document-store';
import type { LocalizedText } from '../shared/locale';

/** How big a quiz may be (the editor, the CSV import and the cards all hold to these). */
export const QUIZ_LIMITS = {
  questions: 20,
  minChoices: 2,
  maxChoices: 4,
  title: 120,
  question: 300,
  choice: 150,
  explanation: 500,
} as const;

/**
 * Life of a quiz: a `draft` the animators edit; `scheduled` for a time (the quiz scheduler sends
 * it then); `sent` to its audience (answers are taken until the deadline); `closed` once the
 * deadline passed (derived from the time, see `statusAt`).
 */
export type QuizStatus = 'draft' | 'scheduled' | 'sent' | 'closed';

/** Who a quiz is for: the active members of one circle, or the members in some segments. */
export type QuizAudience = { kind: 'circle'; circleId: string } | { kind: 'segments'; segments: Audience };

/** One question: 2 to 4 choices, the right one (0-based), and a short explanation shown after answering. */
export interface QuizQuestion {
  /** Stable within the quiz (`q1`, `q2`...): answers and card actions refer to it. */
  id: string;
  text: LocalizedText;
  choices: LocalizedText[];
  correct: number;
  explanation: LocalizedText;
}

/** A quiz (DESIGN.md keys 3 and 8). Container `quizzes`, pk = tenantId. */
export interface Quiz extends BaseDoc {
  kind: 'quiz';
  title: LocalizedText;
  questions: QuizQuestion[];
  status: Exclude<QuizStatus, 'closed'>;
  audience?: QuizAudience;
  scheduledFor?: string;
  /** After this time an answer gets a "closed" card, and undelivered cards are dropped. */
  deadline?: string;
  /** When true, results show counts only, never who answered what. */
  anonymous: boolean;
  sentAt?: string;
  /** How many members the quiz was sent to (known once sent). */
  recipients?: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * One member's answer to one question. Container `quiz_answers`, pk = tenantId|quizId,
 * id = memberId|questionId: the idempotency key. Creating it is what counts the answer; a second
 * click, a retried delivery or two instances racing hit a conflict and score nothing more.
 */
export interface QuizAnswer extends BaseDoc {
  kind: 'quiz-answer';
  quizId: string;
  questionId: string;
  memberId: string;
  choice: number;
  correct: boolean;
  at: string;
}

/** The id of a member's answer to a question. */
export function answerIdOf(memberId: string, questionId: string): string {
  return `${memberId}|${questionId}`;
}

/** The ledger key a right answer is paid under (one question pays a member once). */
export function quizAwardKey(quizId: string, questionId: string): string {
  return `quiz:${quizId}:${questionId}`;
}

/** The status as people read it: a sent quiz whose deadline passed is closed. */
export function statusAt(quiz: Pick<Quiz, 'status' | 'deadline'>, now: Date): QuizStatus {
  if (quiz.status === 'sent' && quiz.deadline && Date.parse(quiz.deadline) <= now.getTime()) return 'closed';
  return quiz.status;
}

/** The outbox campaign a quiz is sent as: its id makes a second dispatch add nothing. */
export function quizCampaignId(quizId: string): string {
  return `quiz|${quizId}`;
}
