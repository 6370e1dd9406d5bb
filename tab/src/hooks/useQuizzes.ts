import type { QuizDto, QuizResultsDto } from '../../../contracts/quizzes';
import type { CircleSummaryDto } from '../../../contracts/circles';
import { ApiPaths } from '../../../contracts/routes';
import { usePaged, type Page } from './usePaged';
import { useResource } from './useResource';
import { useSession } from './useSession';

/** The quizzes, last changed first, page by page (animators). */
export function useQuizList() {
  const { api } = useSession();
  return usePaged<QuizDto>('quizzes', (continuation, signal) =>
    api.get<Page<QuizDto>>(
      continuation
        ? `${ApiPaths.quizzes}?${new URLSearchParams({ continuation }).toString()}`
        : ApiPaths.quizzes,
      signal,
    ),
  );
}

/** One quiz, with its right answers (animators). */
export function useQuiz(quizId: string) {
  const { api } = useSession();
  return useResource<QuizDto>(`quiz:${quizId}`, (signal) => api.get(ApiPaths.quiz(quizId), signal));
}

/** A quiz's results. */
export function useQuizResults(quizId: string) {
  const { api } = useSession();
  return useResource<QuizResultsDto>(`quiz-results:${quizId}`, (signal) =>
    api.get(ApiPaths.quizResults(quizId), signal),
  );
}

/** The circles the animator can send a quiz to. */
export function useQuizCircles() {
  const { api } = useSession();
  return useResource<{ items: CircleSummaryDto[] }>('quiz-circles', (signal) =>
    api.get(ApiPaths.circles, signal),
  );
}
