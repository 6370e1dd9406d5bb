import type { Server } from 'restify';
import { api } from '../../../../contracts/api';
import type { QuizDto, QuizResultsDto } from '../../../../contracts/quizzes';
import type { Quiz, QuizStatus } from '../../domain/quizzes/quiz';
import type { QuizResults } from '../../domain/quizzes/quiz-service';
import type { Stored } from '../../domain/shared/document-store';
import { requestLanguage } from '../error-renderer';
import { registerRoute, type RouteOptions } from '../api-route';
import { present } from '../presenters';
import type { Services } from '../services';

/** Quizzes: /api/v1/quizzes/* for animators, /api/v1/me/quiz for members. */
export function registerQuizRoutes(server: Server, options: RouteOptions, services: Services): void {
  const { quizzes } = services;
  const show = (quiz: Stored<Quiz>) => presentQuiz(quiz, quizzes.statusOf(quiz));

  registerRoute(server, api.listQuizzes, options, async ({ actor, query }) => {
    const page = await quizzes.list({ actor, continuation: query.continuation });
    return {
      items: page.items.map((quiz) => show(quiz)),
      ...(page.continuation ? { continuation: page.continuation } : {}),
    };
  });

  registerRoute(server, api.createQuiz, options, async ({ actor, body }) =>
    show(await quizzes.create({ actor, content: body })),
  );

  registerRoute(server, api.importQuiz, options, async ({ actor, body }) => {
    const { imported, quiz } = await quizzes.importCsv({ actor, ...body });
    return {
      quiz: quiz ? show(quiz) : null,
      preview: { title: imported.title, questions: imported.questions, rows: imported.rows },
    };
  });

  registerRoute(server, api.getQuiz, options, async ({ actor, params }) =>
    show(await quizzes.get({ actor, quizId: params.quizId })),
  );

  registerRoute(server, api.updateQuiz, options, async ({ actor, params, body }) =>
    show(await quizzes.update({ actor, quizId: params.quizId, content: body, etag: body.etag })),
  );

  registerRoute(server, api.deleteQuiz, options, async ({ actor, params }) => {
    await quizzes.delete({ actor, quizId: params.quizId });
    return undefined;
  });

  registerRoute(server, api.scheduleQuiz, options, async ({ actor, params, body }) =>
    show(await quizzes.schedule({ actor, quizId: params.quizId, ...body })),
  );

  registerRoute(server, api.sendQuiz, options, async ({ actor, params, body }) =>
    show(await quizzes.sendNow({ actor, quizId: params.quizId, ...body })),
  );

  registerRoute(server, api.quizResults, options, async ({ actor, params }) =>
    presentResults(await quizzes.results({ actor, quizId: params.quizId })),
  );

  registerRoute(server, api.myQuiz, options, async ({ actor, req }) => {
    const view = await quizzes.nextForMe({ actor, language: requestLanguage(req.headers) });
    return {
      question:
        view?.kind === 'question'
          ? {
              quizId: view.quizId,
              questionId: view.questionId,
              title: view.title,
              index: view.index,
              total: view.total,
              text: view.text,
              choices: view.choices,
              deadline: view.deadline ?? null,
            }
          : null,
    };
  });
}

function presentQuiz(quiz: Stored<Quiz>, status: QuizStatus): QuizDto {
  return {
    id: quiz.id,
    title: quiz.title,
    questions: quiz.questions,
    status,
    anonymous: quiz.anonymous,
    audience: quiz.audience ?? null,
    scheduledFor: quiz.scheduledFor ?? null,
    deadline: quiz.deadline ?? null,
    sentAt: quiz.sentAt ?? null,
    recipients: quiz.recipients ?? null,
    createdAt: quiz.createdAt,
    updatedAt: quiz.updatedAt,
    etag: quiz.etag,
  };
}

function presentResults(results: QuizResults): QuizResultsDto {
  const { quiz, delivery } = results;
  return {
    quizId: quiz.id,
    title: quiz.title,
    status: results.status,
    anonymous: quiz.anonymous,
    recipients: quiz.recipients ?? null,
    participants: results.participants,
    delivery: delivery ? { total: delivery.total, sent: delivery.counts.sent } : null,
    questions: results.questions.map((q) => ({
      ...q,
      percentRight: q.answered > 0 ? Math.round((q.right / q.answered) * 100) : null,
    })),
    people: results.people.map((p) => ({
      member: p.member
        ? present.memberSummary(p.member)
        : { id: p.memberId, displayName: 'Former member', department: null, jobRole: null },
      answered: p.answered,
      right: p.right,
    })),
  };
}
