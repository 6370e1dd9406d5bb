import { z } from 'zod';
import type { RouteContract } from './api';
import { Audience } from './content';
import { Id, LocalizedText, MemberSummary } from './schemas';

/** Quizzes (DESIGN.md keys 3 and 8): written by animators, answered by members in Teams. */

/** Text in English and/or French, at least one, at most `max` characters each. */
const text = (max: number, what: string) =>
  z
    .object({ en: z.string().max(max).optional(), fr: z.string().max(max).optional() })
    .refine((t) => Boolean(t.en?.trim() || t.fr?.trim()), `write the ${what} in English or French`);

export const QuizQuestionInput = z
  .object({
    text: text(300, 'question'),
    choices: z.array(text(150, 'choice')).min(2).max(4),
    /** The right choice, 0-based. */
    correct: z.number().int().min(0).max(3),
    explanation: text(500, 'explanation'),
  })
  .refine((q) => q.correct < q.choices.length, {
    message: 'the right choice must be one of the choices',
    path: ['correct'],
  })
  .meta({ id: 'QuizQuestionInput' });

export const QuizInput = z
  .object({
    title: text(120, 'title'),
    questions: z.array(QuizQuestionInput).min(1).max(20),
    /** Results show counts only, never who answered what. */
    anonymous: z.boolean().optional(),
    /** The version edited (PUT): someone else's change meanwhile is a conflict. */
    etag: z.string().max(200).optional(),
  })
  .meta({ id: 'QuizInput' });

export const QuizAudience = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('circle'), circleId: Id }),
    z.object({ kind: z.literal('segments'), segments: Audience }),
  ])
  .meta({ id: 'QuizAudience', description: 'The members of one circle, or the members in some segments.' });

export const QuizStatus = z.enum(['draft', 'scheduled', 'sent', 'closed']).meta({ id: 'QuizStatus' });

export const QuizQuestion = z
  .object({
    id: z.string(),
    text: LocalizedText,
    choices: z.array(LocalizedText),
    correct: z.number().int(),
    explanation: LocalizedText,
  })
  .meta({ id: 'QuizQuestion' });

export const Quiz = z
  .object({
    id: z.string(),
    title: LocalizedText,
    questions: z.array(QuizQuestion),
    status: QuizStatus,
    anonymous: z.boolean(),
    audience: QuizAudience.nullable(),
    scheduledFor: z.string().nullable(),
    deadline: z.string().nullable(),
    sentAt: z.string().nullable(),
    recipients: z.number().int().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    etag: z.string(),
  })
  .meta({ id: 'Quiz' });

export const QuizPage = z
  .object({ items: z.array(Quiz), continuation: z.string().optional() })
  .meta({ id: 'QuizPage' });

export const QuizListQuery = z.object({ continuation: z.string().min(1).max(4096).optional() });
export const QuizParams = z.object({ quizId: Id });

export const QuizImportInput = z
  .object({
    /** The CSV file's text (the format is in docs/QUIZZES.md; at most 100 KB). */
    csv: z.string().min(1).max(100_000),
    anonymous: z.boolean().optional(),
    /** Only check the file and answer the preview; nothing is saved. */
    dryRun: z.boolean().optional(),
  })
  .meta({ id: 'QuizImportInput' });

export const QuizImportResult = z
  .object({
    /** The draft created, or null for a dry run. */
    quiz: Quiz.nullable(),
    preview: z.object({
      title: LocalizedText,
      questions: z.array(QuizQuestion.omit({ id: true })),
      rows: z.number().int(),
    }),
  })
  .meta({ id: 'QuizImportResult' });

/** One problem of a CSV file, in `error.details.problems` of a QUIZ.CSV_INVALID answer. */
export const QuizCsvProblem = z
  .object({
    line: z.number().int(),
    column: z.string().optional(),
    code: z.string(),
    en: z.string(),
    fr: z.string(),
  })
  .meta({ id: 'QuizCsvProblem' });

const when = z.iso.datetime({ offset: true });

export const QuizScheduleInput = z
  .object({
    audience: QuizAudience,
    scheduledFor: when,
    deadline: when,
    etag: z.string().max(200).optional(),
  })
  .meta({ id: 'QuizScheduleInput' });

export const QuizSendInput = z
  .object({ audience: QuizAudience, deadline: when, etag: z.string().max(200).optional() })
  .meta({ id: 'QuizSendInput' });

export const QuizResults = z
  .object({
    quizId: z.string(),
    title: LocalizedText,
    status: QuizStatus,
    anonymous: z.boolean(),
    recipients: z.number().int().nullable(),
    participants: z.number().int(),
    /** Deliveries of the quiz's outbox campaign, once sent. */
    delivery: z.object({ total: z.number().int(), sent: z.number().int() }).nullable(),
    questions: z.array(
      z.object({
        id: z.string(),
        text: LocalizedText,
        choices: z.array(LocalizedText),
        correct: z.number().int(),
        counts: z.array(z.number().int()),
        answered: z.number().int(),
        right: z.number().int(),
        /** 0..100, or null before anyone answered. */
        percentRight: z.number().nullable(),
      }),
    ),
    /** Who answered and how well: empty for anonymous quizzes. */
    people: z.array(z.object({ member: MemberSummary, answered: z.number().int(), right: z.number().int() })),
  })
  .meta({ id: 'QuizResults' });

export const MyQuiz = z
  .object({
    question: z
      .object({
        quizId: z.string(),
        questionId: z.string(),
        title: z.string(),
        index: z.number().int(),
        total: z.number().int(),
        text: z.string(),
        choices: z.array(z.string()),
        deadline: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'MyQuiz', description: 'The next quiz question waiting for me (answered in Teams), or null.' });

const AUTH = 'AUTH.UNAUTHENTICATED';
const MANAGE = [AUTH, 'QUIZ.FORBIDDEN'] as const;

/** The quiz operations (spread into `api` in contracts/api.ts). */
export const quizApi = {
  listQuizzes: {
    method: 'get',
    path: '/api/v1/quizzes',
    summary: 'Quizzes, last changed first (animators).',
    tag: 'quizzes',
    auth: true,
    query: QuizListQuery,
    response: QuizPage,
    errors: MANAGE,
  },
  createQuiz: {
    method: 'post',
    path: '/api/v1/quizzes',
    summary: 'Writes a new quiz as a draft (animators).',
    tag: 'quizzes',
    auth: true,
    body: QuizInput,
    response: Quiz,
    status: 201,
    errors: [...MANAGE, 'REQUEST.INVALID'],
  },
  importQuiz: {
    method: 'post',
    path: '/api/v1/quizzes/import',
    summary:
      'Imports a quiz from CSV as a draft, or checks it (dryRun). Problems answer 400 QUIZ.CSV_INVALID with every line.',
    tag: 'quizzes',
    auth: true,
    body: QuizImportInput,
    response: QuizImportResult,
    errors: [...MANAGE, 'QUIZ.CSV_INVALID'],
  },
  getQuiz: {
    method: 'get',
    path: '/api/v1/quizzes/{quizId}',
    summary: 'One quiz with its questions and right answers (animators).',
    tag: 'quizzes',
    auth: true,
    params: QuizParams,
    response: Quiz,
    errors: [...MANAGE, 'QUIZ.NOT_FOUND'],
  },
  updateQuiz: {
    method: 'put',
    path: '/api/v1/quizzes/{quizId}',
    summary: 'Changes a quiz not sent yet (animators; etag from the version edited).',
    tag: 'quizzes',
    auth: true,
    params: QuizParams,
    body: QuizInput,
    response: Quiz,
    errors: [...MANAGE, 'QUIZ.NOT_FOUND', 'QUIZ.NOT_EDITABLE', 'QUIZ.CHANGED'],
  },
  deleteQuiz: {
    method: 'delete',
    path: '/api/v1/quizzes/{quizId}',
    summary: 'Deletes a quiz (animators).',
    tag: 'quizzes',
    auth: true,
    params: QuizParams,
    response: z.undefined(),
    status: 204,
    errors: [...MANAGE, 'QUIZ.NOT_FOUND', 'QUIZ.CHANGED'],
  },
  scheduleQuiz: {
    method: 'post',
    path: '/api/v1/quizzes/{quizId}/schedule',
    summary: 'Plans a quiz for a circle or segments, with a time and a deadline (animators).',
    tag: 'quizzes',
    auth: true,
    params: QuizParams,
    body: QuizScheduleInput,
    response: Quiz,
    errors: [
      ...MANAGE,
      'QUIZ.NOT_FOUND',
      'QUIZ.NOT_EDITABLE',
      'QUIZ.CHANGED',
      'QUIZ.BAD_SCHEDULE',
      'CIRCLE.NOT_FOUND',
      'CIRCLE.ARCHIVED',
    ],
  },
  sendQuiz: {
    method: 'post',
    path: '/api/v1/quizzes/{quizId}/send',
    summary: 'Sends a quiz now to a circle or segments, through the outbox (animators).',
    tag: 'quizzes',
    auth: true,
    params: QuizParams,
    body: QuizSendInput,
    response: Quiz,
    errors: [
      ...MANAGE,
      'QUIZ.NOT_FOUND',
      'QUIZ.NOT_EDITABLE',
      'QUIZ.CHANGED',
      'QUIZ.BAD_SCHEDULE',
      'CIRCLE.NOT_FOUND',
      'CIRCLE.ARCHIVED',
    ],
  },
  quizResults: {
    method: 'get',
    path: '/api/v1/quizzes/{quizId}/results',
    summary: 'Participants, counts per choice and % right per question; who answered unless anonymous.',
    tag: 'quizzes',
    auth: true,
    params: QuizParams,
    response: QuizResults,
    errors: [...MANAGE, 'QUIZ.NOT_FOUND'],
  },
  myQuiz: {
    method: 'get',
    path: '/api/v1/me/quiz',
    summary: 'The next quiz question waiting for me (answered in Teams with the bot).',
    tag: 'quizzes',
    auth: true,
    response: MyQuiz,
    errors: [AUTH],
  },
} as const satisfies Record<string, RouteContract>;

export type QuizDto = z.infer<typeof Quiz>;
export type QuizInputDto = z.input<typeof QuizInput>;
export type QuizResultsDto = z.infer<typeof QuizResults>;
export type QuizImportResultDto = z.infer<typeof QuizImportResult>;
export type QuizCsvProblemDto = z.infer<typeof QuizCsvProblem>;
export type QuizAudienceDto = z.infer<typeof QuizAudience>;
export type QuizScheduleInputDto = z.input<typeof QuizScheduleInput>;
