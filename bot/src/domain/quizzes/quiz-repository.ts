import { Containers } from '../shared/containers';
import {
  pkOf,
  type DocumentContainer,
  type DocumentStore,
  type Page,
  type Selected,
  type Stored,
} from '../shared/document-store';
import { answerIdOf, type Quiz, type QuizAnswer } from './quiz';

/**
 * Quizzes (container `quizzes`, pk = tenantId) and answers (container `quiz_answers`,
 * pk = tenantId|quizId, id = memberId|questionId).
 * Reads: a quiz by id; the console's list (`updatedAt` DESC); the scheduler's due quizzes
 * (`status`, `scheduledFor`); the open quizzes, newest sent first (`status`, `sentAt` DESC);
 * a member's answers to one quiz (one partition, at most 20); a quiz's results (one partition,
 * read with a projection).
 */
export class QuizRepository {
  private readonly quizzes: DocumentContainer<Quiz>;
  private readonly answers: DocumentContainer<QuizAnswer>;

  constructor(store: DocumentStore) {
    this.quizzes = store.container<Quiz>(Containers.quizzes);
    this.answers = store.container<QuizAnswer>(Containers.quizAnswers);
  }

  get(tenantId: string, quizId: string): Promise<Stored<Quiz> | undefined> {
    return this.quizzes.read({ tenantId, pk: tenantId, id: quizId });
  }

  create(quiz: Quiz): Promise<Stored<Quiz>> {
    return this.quizzes.create(quiz);
  }

  /** Replaces when the etag matches; ConcurrencyError otherwise. */
  replace(quiz: Stored<Quiz>): Promise<Stored<Quiz>> {
    return this.quizzes.replace(quiz, { ifMatch: quiz.etag });
  }

  delete(quiz: Stored<Quiz>): Promise<boolean> {
    return this.quizzes.delete({ tenantId: quiz.tenantId, pk: quiz.pk, id: quiz.id }, { ifMatch: quiz.etag });
  }

  /** The console's list, last changed first. */
  list(
    tenantId: string,
    page: { limit: number; continuation?: string | undefined },
  ): Promise<Page<Stored<Quiz>>> {
    return this.quizzes.query({
      tenantId,
      pk: tenantId,
      orderBy: [{ path: 'updatedAt', direction: 'desc' }],
      limit: page.limit,
      ...(page.continuation ? { continuation: page.continuation } : {}),
    });
  }

  /** Scheduled quizzes whose time has come, earliest first. */
  async due(tenantId: string, now: string, limit: number): Promise<Stored<Quiz>[]> {
    const page = await this.quizzes.query({
      tenantId,
      pk: tenantId,
      where: [
        { path: 'status', op: 'eq', value: 'scheduled' },
        { path: 'scheduledFor', op: 'lte', value: now },
      ],
      orderBy: [
        { path: 'status', direction: 'asc' },
        { path: 'scheduledFor', direction: 'asc' },
      ],
      limit,
    });
    return page.items;
  }

  /** Sent quizzes whose deadline has not passed, newest sent first (a few at a time in practice). */
  async open(tenantId: string, now: string, limit: number): Promise<Stored<Quiz>[]> {
    const page = await this.quizzes.query({
      tenantId,
      pk: tenantId,
      where: [
        { path: 'status', op: 'eq', value: 'sent' },
        { path: 'deadline', op: 'gt', value: now },
      ],
      orderBy: [
        { path: 'status', direction: 'asc' },
        { path: 'sentAt', direction: 'desc' },
      ],
      limit,
    });
    return page.items;
  }

  /** Records an answer; ConflictError when the member already answered that question. */
  createAnswer(answer: QuizAnswer): Promise<Stored<QuizAnswer>> {
    return this.answers.create(answer);
  }

  answer(tenantId: string, quizId: string, memberId: string, questionId: string) {
    return this.answers.read({ tenantId, pk: pkOf(tenantId, quizId), id: answerIdOf(memberId, questionId) });
  }

  /** A member's answers to one quiz. */
  async answersOf(tenantId: string, quizId: string, memberId: string): Promise<Stored<QuizAnswer>[]> {
    const page = await this.answers.query({
      tenantId,
      pk: pkOf(tenantId, quizId),
      where: [{ path: 'memberId', op: 'eq', value: memberId }],
      limit: 100,
    });
    return page.items;
  }

  /** Every answer to a quiz, small projections, page by page. */
  async *allAnswers(
    tenantId: string,
    quizId: string,
  ): AsyncGenerator<Selected<QuizAnswer, 'memberId' | 'questionId' | 'choice' | 'correct'>[]> {
    let continuation: string | undefined;
    do {
      const page = await this.answers.select(
        { tenantId, pk: pkOf(tenantId, quizId), limit: 1000, ...(continuation ? { continuation } : {}) },
        ['memberId', 'questionId', 'choice', 'correct'],
      );
      yield page.items;
      continuation = page.continuation;
    } while (continuation);
  }
}
