import { CircleAccess } from '../circles/circle-access';
import type { CircleRepository } from '../circles/circle-repository';
import { matchesAudience } from '../feed/feed-service';
import { hasRole, type Member } from '../members/member';
import type { MemberRepository } from '../members/member-repository';
import { memberNotFound } from '../members/member-service';
import type { CampaignStatus, Outbox, OutboxMessage } from '../outbox/outbox';
import type { ActivityRecorder } from '../shared/activity';
import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import type { Clock } from '../shared/clock';
import { ConcurrencyError, ConflictError, pkOf, type Stored } from '../shared/document-store';
import { newId } from '../shared/ids';
import { pick, type Language, type LocalizedText } from '../shared/locale';
import {
  answerIdOf,
  QUIZ_LIMITS,
  quizAwardKey,
  quizCampaignId,
  statusAt,
  type Quiz,
  type QuizAnswer,
  type QuizAudience,
  type QuizQuestion,
  type QuizStatus,
} from './quiz';
import { quizFromCsv, type CsvProblem, type ImportedQuiz } from './quiz-csv';
import type { QuizRepository } from './quiz-repository';

/** A quiz's content as the editor (or the CSV import) writes it. */
export interface QuizContent {
  title: LocalizedText;
  questions: { text: LocalizedText; choices: LocalizedText[]; correct: number; explanation: LocalizedText }[];
  anonymous?: boolean | undefined;
}

/** What a member sees of a quiz in Teams, already in their language (cards render these). */
export type QuizCardView =
  | {
      kind: 'question';
      quizId: string;
      questionId: string;
      title: string;
      index: number;
      total: number;
      text: string;
      choices: string[];
      deadline: string | undefined;
      anonymous: boolean;
    }
  | {
      kind: 'result';
      quizId: string;
      title: string;
      index: number;
      total: number;
      text: string;
      choices: string[];
      chosen: number;
      correct: number;
      explanation: string;
      /** Points this answer earned (0 for a wrong answer or over the daily cap). */
      points: number;
      /** True when the member had already answered: this is their earlier answer, scored once. */
      already: boolean;
      /** The next question the member has not answered, if any. */
      nextQuestionId: string | undefined;
      /** The member's score once every question is answered. */
      score: { right: number; total: number } | undefined;
    }
  | { kind: 'done'; quizId: string; title: string; right: number; total: number }
  | { kind: 'closed'; title: string }
  | { kind: 'unavailable' };

/**
 * Renders a card view as the Bot Framework activity a proactive send carries (implemented with
 * the card builders in teams/: the domain holds no Teams types).
 */
export interface QuizCardRenderer {
  activity(view: QuizCardView, language: Language): Record<string, unknown>;
}

/** Reads what the ledger paid for a right answer (0 when capped, undefined when nothing was paid). */
export interface QuizPoints {
  pointsFor(tenantId: string, memberId: string, key: string): Promise<number | undefined>;
}

/** A quiz's results for its animators. */
export interface QuizResults {
  quiz: Stored<Quiz>;
  status: QuizStatus;
  participants: number;
  questions: {
    id: string;
    text: LocalizedText;
    choices: LocalizedText[];
    correct: number;
    counts: number[];
    answered: number;
    right: number;
  }[];
  /** Who answered and how well; empty for anonymous quizzes. */
  people: { member: Stored<Member> | undefined; memberId: string; answered: number; right: number }[];
  delivery: CampaignStatus | undefined;
}

const forbidden = () =>
  new AppError('QUIZ.FORBIDDEN', 403, 'Quizzes are written by community animators and administrators.');
const notFound = () => new AppError('QUIZ.NOT_FOUND', 404, 'This quiz does not exist.');
const notEditable = () =>
  new AppError('QUIZ.NOT_EDITABLE', 409, 'This quiz was already sent: it can no longer be changed.');
const changed = () =>
  new AppError('QUIZ.CHANGED', 409, 'Someone changed this quiz meanwhile. Reload it and try again.');
const badSchedule = (en: string, fr: string) => new AppError('QUIZ.BAD_SCHEDULE', 400, { en, fr });

/**
 * Quizzes (DESIGN.md keys 3 and 8): animators write them (or import a CSV) and send them to a
 * circle or to segments, at once or at a planned time; members answer in Teams, once per question
 * (the answer document's id is the idempotency key), and right answers earn points through the
 * activity recorder. Sending goes through the outbox as one campaign per quiz.
 */
export class QuizService {
  private readonly access: CircleAccess;

  constructor(
    private readonly deps: {
      quizzes: QuizRepository;
      members: MemberRepository;
      circles: CircleRepository;
      outbox: Outbox;
      cards: QuizCardRenderer;
      activity: ActivityRecorder;
      points: QuizPoints;
      clock: Clock;
    },
  ) {
    this.access = new CircleAccess({ circles: deps.circles });
  }

  /** A quiz's status now (a sent quiz past its deadline is closed). */
  statusOf(quiz: Pick<Quiz, 'status' | 'deadline'>): QuizStatus {
    return statusAt(quiz, this.deps.clock.now());
  }

  // Animators

  /** The console's list, last changed first. */
  async list({ actor, continuation }: { actor: Actor; continuation?: string | undefined }) {
    await this.requireAnimator(actor);
    return this.deps.quizzes.list(actor.tenantId, { limit: 50, continuation });
  }

  async get({ actor, quizId }: { actor: Actor; quizId: string }): Promise<Stored<Quiz>> {
    await this.requireAnimator(actor);
    const quiz = await this.deps.quizzes.get(actor.tenantId, quizId);
    if (!quiz) throw notFound();
    return quiz;
  }

  /** A new draft. */
  async create({ actor, content }: { actor: Actor; content: QuizContent }): Promise<Stored<Quiz>> {
    await this.requireAnimator(actor);
    const now = this.deps.clock.now().toISOString();
    return this.deps.quizzes.create({
      id: newId(),
      pk: actor.tenantId,
      tenantId: actor.tenantId,
      kind: 'quiz',
      ...this.contentOf(content),
      anonymous: content.anonymous ?? false,
      status: 'draft',
      createdBy: actor.memberId,
      createdAt: now,
      updatedAt: now,
    });
  }

  /**
   * Checks a CSV file and, unless `dryRun`, saves it as a new draft. Any problem answers 400 with
   * every problem and its line; nothing is saved then.
   */
  async importCsv({
    actor,
    csv,
    anonymous,
    dryRun,
  }: {
    actor: Actor;
    csv: string;
    anonymous?: boolean | undefined;
    dryRun?: boolean | undefined;
  }): Promise<{ imported: ImportedQuiz; quiz: Stored<Quiz> | undefined }> {
    await this.requireAnimator(actor);
    const result = quizFromCsv(csv);
    if (!result.ok) throw csvInvalid(result.problems);
    if (dryRun) return { imported: result.quiz, quiz: undefined };
    const quiz = await this.create({ actor, content: { ...result.quiz, anonymous } });
    return { imported: result.quiz, quiz };
  }

  /** Changes a draft or scheduled quiz (its etag must match). */
  async update({
    actor,
    quizId,
    content,
    etag,
  }: {
    actor: Actor;
    quizId: string;
    content: QuizContent;
    etag: string | undefined;
  }): Promise<Stored<Quiz>> {
    const quiz = await this.get({ actor, quizId });
    if (quiz.status === 'sent') throw notEditable();
    if (etag !== undefined && etag !== quiz.etag) throw changed();
    return this.replace({
      ...quiz,
      ...this.contentOf(content),
      anonymous: content.anonymous ?? quiz.anonymous,
      updatedAt: this.deps.clock.now().toISOString(),
    });
  }

  async delete({ actor, quizId }: { actor: Actor; quizId: string }): Promise<void> {
    const quiz = await this.get({ actor, quizId });
    try {
      await this.deps.quizzes.delete(quiz);
    } catch (error) {
      if (error instanceof ConcurrencyError) throw changed();
      throw error;
    }
  }

  /**
   * Plans the quiz for a time, for a circle or segments, with a deadline for answers. The quiz
   * scheduler sends it when the time comes (`sendNow` sends it at once).
   */
  async schedule({
    actor,
    quizId,
    audience,
    scheduledFor,
    deadline,
    etag,
  }: {
    actor: Actor;
    quizId: string;
    audience: QuizAudience;
    scheduledFor: string | undefined;
    deadline: string;
    etag?: string | undefined;
  }): Promise<Stored<Quiz>> {
    const member = await this.requireAnimator(actor);
    const quiz = await this.get({ actor, quizId });
    if (quiz.status === 'sent') throw notEditable();
    if (etag !== undefined && etag !== quiz.etag) throw changed();
    const now = this.deps.clock.now();
    const at = scheduledFor ? new Date(scheduledFor) : now;
    // A minute of grace: "now" in the tab is a little earlier than now here.
    if (at.getTime() < now.getTime() - 60_000)
      throw badSchedule('Choose a time in the future.', 'Choisissez une date dans le futur.');
    if (Date.parse(deadline) <= Math.max(at.getTime(), now.getTime()))
      throw badSchedule(
        'The deadline must come after the time the quiz is sent.',
        'La date limite doit suivre l’envoi du quiz.',
      );
    if (audience.kind === 'circle') {
      const view = await this.access.view(actor, audience.circleId, hasRole(member, 'admin'));
      if (view.circle.archivedAt) throw new AppError('CIRCLE.ARCHIVED', 409, 'This circle is archived.');
    }
    return this.replace({
      ...quiz,
      status: 'scheduled',
      audience,
      scheduledFor: at.toISOString(),
      deadline: new Date(deadline).toISOString(),
      updatedAt: now.toISOString(),
    });
  }

  /** Schedules for now and sends at once (through the outbox). */
  async sendNow(input: {
    actor: Actor;
    quizId: string;
    audience: QuizAudience;
    deadline: string;
    etag?: string | undefined;
  }): Promise<Stored<Quiz>> {
    const scheduled = await this.schedule({ ...input, scheduledFor: undefined });
    await this.dispatch(scheduled);
    return (await this.deps.quizzes.get(scheduled.tenantId, scheduled.id)) ?? scheduled;
  }

  /** Per question counts per choice and % right; who answered, unless the quiz is anonymous. */
  async results({ actor, quizId }: { actor: Actor; quizId: string }): Promise<QuizResults> {
    const quiz = await this.get({ actor, quizId });
    const questions = quiz.questions.map((q) => ({
      id: q.id,
      text: q.text,
      choices: q.choices,
      correct: q.correct,
      counts: q.choices.map(() => 0),
      answered: 0,
      right: 0,
    }));
    const byId = new Map(questions.map((q) => [q.id, q]));
    const people = new Map<string, { answered: number; right: number }>();
    for await (const page of this.deps.quizzes.allAnswers(quiz.tenantId, quiz.id)) {
      for (const answer of page) {
        const question = byId.get(answer.questionId);
        if (!question) continue;
        if (answer.choice >= 0 && answer.choice < question.counts.length) question.counts[answer.choice]!++;
        question.answered++;
        if (answer.correct) question.right++;
        const person = people.get(answer.memberId) ?? { answered: 0, right: 0 };
        person.answered++;
        if (answer.correct) person.right++;
        people.set(answer.memberId, person);
      }
    }
    const members = quiz.anonymous
      ? new Map<string, Stored<Member>>()
      : await this.deps.members.many(quiz.tenantId, people.keys());
    return {
      quiz,
      status: statusAt(quiz, this.deps.clock.now()),
      participants: people.size,
      questions,
      people: quiz.anonymous
        ? []
        : [...people.entries()]
            .map(([memberId, p]) => ({ memberId, member: members.get(memberId), ...p }))
            .sort((a, b) => b.right - a.right || b.answered - a.answered),
      delivery: await this.deps.outbox.campaign(quiz.tenantId, quizCampaignId(quiz.id)),
    };
  }

  // The scheduler

  /** Sends the scheduled quizzes whose time has come; returns how many this call sent. */
  async dispatchDue(tenantId: string): Promise<number> {
    const now = this.deps.clock.now().toISOString();
    let sent = 0;
    for (const quiz of await this.deps.quizzes.due(tenantId, now, 20)) {
      if (await this.dispatch(quiz)) sent++;
    }
    return sent;
  }

  /**
   * Enqueues one campaign (`quiz|<id>`) holding the first question for each member of the audience,
   * in their language, then marks the quiz sent with a conditional write. Enqueueing is idempotent,
   * so a crash in between, a second scheduler or a retried tick send nothing twice.
   */
  async dispatch(quiz: Stored<Quiz>): Promise<boolean> {
    if (quiz.status !== 'scheduled' || !quiz.audience || !quiz.deadline) return false;
    const recipients = await this.audienceOf(quiz);
    const now = this.deps.clock.now();
    const messages: OutboxMessage[] = recipients.map((member) => {
      const language = member.language ?? 'en';
      return {
        recipient: { memberId: member.id },
        activity: this.deps.cards.activity(questionView(quiz, 0, language), language),
      };
    });
    await this.deps.outbox.enqueue(
      {
        tenantId: quiz.tenantId,
        campaignId: quizCampaignId(quiz.id),
        kind: 'quizzes',
        title: quiz.title,
        createdBy: quiz.createdBy,
        budget: 'counted',
        overBudget: 'wait',
        expiresAt: quiz.deadline,
      },
      messages,
    );
    try {
      await this.deps.quizzes.replace({
        ...quiz,
        status: 'sent',
        sentAt: now.toISOString(),
        recipients: recipients.length,
        updatedAt: now.toISOString(),
      });
      return true;
    } catch (error) {
      // Another scheduler marked it sent first; the outbox already kept the campaign to one copy.
      if (error instanceof ConcurrencyError) return false;
      throw error;
    }
  }

  // Members (in Teams)

  /** The `quiz` command: the next unanswered question of the newest open quiz meant for the member. */
  async nextForMe({
    actor,
    language,
  }: {
    actor: Actor;
    language: Language;
  }): Promise<QuizCardView | undefined> {
    const member = await this.memberOf(actor);
    const now = this.deps.clock.now().toISOString();
    for (const quiz of await this.deps.quizzes.open(actor.tenantId, now, 20)) {
      if (!(await this.inAudience(member, quiz))) continue;
      const answers = await this.deps.quizzes.answersOf(actor.tenantId, quiz.id, member.id);
      const answered = new Set(answers.map((a) => a.questionId));
      const index = quiz.questions.findIndex((q) => !answered.has(q.id));
      if (index >= 0) return questionView(quiz, index, language);
    }
    return undefined;
  }

  /** "Next question" on a result card: the member's next unanswered question, or their score. */
  async next({
    actor,
    quizId,
    language,
  }: {
    actor: Actor;
    quizId: string;
    language: Language;
  }): Promise<QuizCardView> {
    const member = await this.memberOf(actor);
    const quiz = await this.openQuizFor(member, quizId);
    if (!quiz) return { kind: 'unavailable' };
    if (statusAt(quiz, this.deps.clock.now()) === 'closed')
      return { kind: 'closed', title: pick(quiz.title, language) };
    const answers = await this.deps.quizzes.answersOf(quiz.tenantId, quiz.id, member.id);
    const answered = new Set(answers.map((a) => a.questionId));
    const index = quiz.questions.findIndex((q) => !answered.has(q.id));
    if (index >= 0) return questionView(quiz, index, language);
    return {
      kind: 'done',
      quizId: quiz.id,
      title: pick(quiz.title, language),
      right: answers.filter((a) => a.correct).length,
      total: quiz.questions.length,
    };
  }

  /**
   * Takes a member's answer, once: the answer document's id (member + question) is the idempotency
   * key, so a second click or a retried delivery shows the earlier answer and scores nothing more.
   * After the deadline, for an unknown quiz or one not meant for them: a card that says so.
   */
  async answer({
    actor,
    quizId,
    questionId,
    choice,
    language,
  }: {
    actor: Actor;
    quizId: string;
    questionId: string;
    choice: number;
    language: Language;
  }): Promise<QuizCardView> {
    const member = await this.memberOf(actor);
    const quiz = await this.openQuizFor(member, quizId);
    const index = quiz ? quiz.questions.findIndex((q) => q.id === questionId) : -1;
    const question = quiz?.questions[index];
    if (!quiz || !question || !Number.isInteger(choice) || choice < 0 || choice >= question.choices.length)
      return { kind: 'unavailable' };
    const now = this.deps.clock.now();
    if (statusAt(quiz, now) === 'closed') return { kind: 'closed', title: pick(quiz.title, language) };

    const { tenantId } = actor;
    let answer: QuizAnswer;
    let already = false;
    try {
      answer = await this.deps.quizzes.createAnswer({
        id: answerIdOf(member.id, question.id),
        pk: pkOf(tenantId, quiz.id),
        tenantId,
        kind: 'quiz-answer',
        quizId: quiz.id,
        questionId: question.id,
        memberId: member.id,
        choice,
        correct: choice === question.correct,
        at: now.toISOString(),
      });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const earlier = await this.deps.quizzes.answer(tenantId, quiz.id, member.id, question.id);
      if (!earlier) throw error;
      answer = earlier;
      already = true;
    }
    if (!already) {
      await this.deps.activity.record({
        type: 'quiz.answered',
        tenantId,
        memberId: member.id,
        quizId: quiz.id,
        questionId: question.id,
        correct: answer.correct,
        circleId: quiz.audience?.kind === 'circle' ? quiz.audience.circleId : undefined,
      });
    }
    const points = answer.correct
      ? ((await this.deps.points.pointsFor(tenantId, member.id, quizAwardKey(quiz.id, question.id))) ?? 0)
      : 0;
    const answers = await this.deps.quizzes.answersOf(tenantId, quiz.id, member.id);
    const answered = new Set([...answers.map((a) => a.questionId), question.id]);
    const next = quiz.questions.find((q) => !answered.has(q.id));
    const right = new Set(answers.filter((a) => a.correct).map((a) => a.questionId));
    if (answer.correct) right.add(question.id);
    return {
      kind: 'result',
      quizId: quiz.id,
      title: pick(quiz.title, language),
      index,
      total: quiz.questions.length,
      text: pick(question.text, language),
      choices: question.choices.map((c) => pick(c, language)),
      chosen: answer.choice,
      correct: question.correct,
      explanation: pick(question.explanation, language),
      points,
      already,
      nextQuestionId: next?.id,
      score: next ? undefined : { right: right.size, total: quiz.questions.length },
    };
  }

  // Helpers

  private async requireAnimator(actor: Actor): Promise<Stored<Member>> {
    const member = await this.deps.members.get(actor.tenantId, actor.memberId);
    if (!member) throw memberNotFound();
    if (!hasRole(member, 'animator')) throw forbidden();
    return member;
  }

  private async memberOf(actor: Actor): Promise<Stored<Member>> {
    const member = await this.deps.members.get(actor.tenantId, actor.memberId);
    if (!member) throw memberNotFound();
    return member;
  }

  /** A sent quiz meant for the member, or undefined (unknown, draft, or someone else's: same answer). */
  private async openQuizFor(member: Member, quizId: string): Promise<Stored<Quiz> | undefined> {
    const quiz = await this.deps.quizzes.get(member.tenantId, quizId);
    if (!quiz || quiz.status !== 'sent') return undefined;
    return (await this.inAudience(member, quiz)) ? quiz : undefined;
  }

  /** Whether a quiz is meant for a member: an active member of its circle, or in its segments. */
  private async inAudience(member: Member, quiz: Quiz): Promise<boolean> {
    const audience = quiz.audience;
    if (!audience) return false;
    if (audience.kind === 'segments') return matchesAudience({ audience: audience.segments }, member);
    const membership = await this.deps.circles.membership(member.tenantId, audience.circleId, member.id);
    return membership?.status === 'active';
  }

  /** The members a quiz goes to, with their language. */
  private async audienceOf(quiz: Quiz): Promise<Pick<Member, 'id' | 'language'>[]> {
    const audience = quiz.audience;
    if (!audience) return [];
    if (audience.kind === 'segments') {
      const found: Pick<Member, 'id' | 'language'>[] = [];
      for await (const page of this.deps.members.segmentPages(quiz.tenantId)) {
        for (const member of page)
          if (matchesAudience({ audience: audience.segments }, member)) found.push(member);
      }
      return found;
    }
    const ids: string[] = [];
    let continuation: string | undefined;
    do {
      const page = await this.deps.circles.membersOf(quiz.tenantId, audience.circleId, 'active', {
        limit: 500,
        ...(continuation ? { continuation } : {}),
      });
      ids.push(...page.items.map((m) => m.memberId));
      continuation = page.continuation;
    } while (continuation);
    const members = await this.deps.members.many(quiz.tenantId, ids);
    return [...members.values()];
  }

  private contentOf(content: QuizContent): Pick<Quiz, 'title' | 'questions'> {
    const problems: string[] = [];
    const check = (text: LocalizedText, where: string, max: number) => {
      const values = [text.en, text.fr].filter((v): v is string => v !== undefined);
      if (values.every((v) => v.trim() === '')) problems.push(`${where} (empty)`);
      if (values.some((v) => v.length > max)) problems.push(`${where} (longer than ${max})`);
    };
    check(content.title, 'title', QUIZ_LIMITS.title);
    if (content.questions.length < 1 || content.questions.length > QUIZ_LIMITS.questions)
      problems.push(`questions (1 to ${QUIZ_LIMITS.questions})`);
    content.questions.forEach((q, n) => {
      check(q.text, `questions.${n}.text`, QUIZ_LIMITS.question);
      check(q.explanation, `questions.${n}.explanation`, QUIZ_LIMITS.explanation);
      if (q.choices.length < QUIZ_LIMITS.minChoices || q.choices.length > QUIZ_LIMITS.maxChoices)
        problems.push(`questions.${n}.choices (2 to 4)`);
      q.choices.forEach((c, i) => check(c, `questions.${n}.choices.${i}`, QUIZ_LIMITS.choice));
      if (!Number.isInteger(q.correct) || q.correct < 0 || q.correct >= q.choices.length)
        problems.push(`questions.${n}.correct (one of the choices)`);
    });
    if (problems.length > 0)
      throw new AppError('REQUEST.INVALID', 400, `Some fields need attention: ${problems.join(', ')}.`, {
        details: { fields: problems, in: 'body' },
      });
    const clean = (text: LocalizedText): LocalizedText => ({
      ...(text.en?.trim() ? { en: text.en.trim() } : {}),
      ...(text.fr?.trim() ? { fr: text.fr.trim() } : {}),
    });
    return {
      title: clean(content.title),
      // Ids by position: a quiz is edited only before anyone answers it.
      questions: content.questions.map((q, n): QuizQuestion => ({
        id: `q${n + 1}`,
        text: clean(q.text),
        choices: q.choices.map(clean),
        correct: q.correct,
        explanation: clean(q.explanation),
      })),
    };
  }

  private async replace(quiz: Stored<Quiz>): Promise<Stored<Quiz>> {
    try {
      return await this.deps.quizzes.replace(quiz);
    } catch (error) {
      if (error instanceof ConcurrencyError) throw changed();
      throw error;
    }
  }
}

/** A question as a member reads it, in their language. */
export function questionView(quiz: Quiz, index: number, language: Language): QuizCardView {
  const question = quiz.questions[index]!;
  return {
    kind: 'question',
    quizId: quiz.id,
    questionId: question.id,
    title: pick(quiz.title, language),
    index,
    total: quiz.questions.length,
    text: pick(question.text, language),
    choices: question.choices.map((c) => pick(c, language)),
    deadline: quiz.deadline,
    anonymous: quiz.anonymous,
  };
}

/** The CSV import's 400: every problem with its line, so the animator fixes them all at once. */
function csvInvalid(problems: CsvProblem[]): AppError {
  const first = problems[0]!;
  return new AppError(
    'QUIZ.CSV_INVALID',
    400,
    {
      en: `The file has ${problems.length} problem(s); the first is on line ${first.line}: ${first.en}`,
      fr: `Le fichier comporte ${problems.length} problème(s) ; le premier est à la ligne ${first.line} : ${first.fr}`,
    },
    { details: { problems: problems.slice(0, 100) } },
  );
}
