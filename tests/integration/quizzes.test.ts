import { randomUUID } from 'node:crypto';
import { installActivity, messageActivity, postActivity } from '../support/activities';
import { asMember } from '../support/api-client';
import { FakeBotConnector, type ConnectorCall } from '../support/fake-bot-connector';
import { FakeClock } from '../support/fake-clock';
import { startTestApp, type TestApp } from '../support/test-app';

const TENANT = 'c0ffee00-0000-4000-8000-000000000001';
const M = (n: number) => `c0ffee00-0000-4000-8000-0000000000${n.toString(16)}`;
const CAMILLE = M(0xa1); // admin, French, in every circle
const ALEX = M(0xa2); // animator, English
const INES = M(0xa3); // member, French, in mlops
const PRIYA = M(0xa4); // member, English, not in mlops; in the private data-leaders circle
const SOFIA = M(0xa6); // member, English, in mlops
const MATHIEU = M(0xa9); // member, French, in mlops

interface Card {
  body: unknown[];
  actions?: { type: string; title: string; verb?: string; data?: Record<string, unknown> }[];
}

/** Every text of a card, depth first (containers and fact sets included). */
function textsOf(card: Card | undefined): string[] {
  const walk = (elements: unknown[]): string[] =>
    elements.flatMap((element) => {
      const e = element as { text?: string; facts?: { title: string; value: string }[]; items?: unknown[] };
      return [
        ...(e.text !== undefined ? [e.text] : []),
        ...(e.facts ?? []).flatMap((f) => [f.title, f.value]),
        ...walk(e.items ?? []),
      ];
    });
  return walk(card?.body ?? []);
}

const cardOf = (call: ConnectorCall | undefined) =>
  call?.activity.attachments?.[0]?.content as Card | undefined;

const twoQuestions = {
  title: { en: 'MLOps basics', fr: 'Les bases du MLOps' },
  questions: [
    {
      text: { en: 'What does CI stand for?', fr: 'Que veut dire CI ?' },
      choices: [
        { en: 'Continuous integration', fr: 'Intégration continue' },
        { en: 'Code inspection', fr: 'Inspection du code' },
        { en: 'Cloud infrastructure', fr: 'Infrastructure cloud' },
      ],
      correct: 0,
      explanation: { en: 'Merging often, tested each time.', fr: 'Fusionner souvent, tester à chaque fois.' },
    },
    {
      text: { en: 'Where do features live?', fr: 'Où vivent les features ?' },
      choices: [
        { en: 'A feature store', fr: 'Un feature store' },
        { en: 'A spreadsheet', fr: 'Un tableur' },
      ],
      correct: 0,
      explanation: { en: 'Shared and versioned.', fr: 'Partagées et versionnées.' },
    },
  ],
};

describe('Quizzes over real HTTP: API, CSV import, scheduling through the outbox, answers in Teams', () => {
  let connector: FakeBotConnector;
  let clock: FakeClock;
  let t: TestApp;
  const in1Day = () => new Date(clock.now().getTime() + 86_400_000).toISOString();

  beforeAll(async () => {
    connector = await new FakeBotConnector().start();
    clock = new FakeClock('2026-11-25T09:00:00.000Z');
    t = await startTestApp({ clock });
  });

  afterAll(async () => {
    await t.close();
    await connector.stop();
  });

  /** Posts an `adaptiveCard/action` invoke as a member, as Teams does when a card button is clicked. */
  const invoke = async (memberId: string, verb: string, data: unknown, locale = 'en-US') => {
    const res = await postActivity(t.baseUrl, {
      ...messageActivity('', { serviceUrl: connector.url, aadObjectId: memberId, locale }),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data } },
    });
    const body = (await res.json()) as { statusCode: number; type: string; value: Card };
    // The adapter answers the invoke's own status over HTTP too.
    expect(res.status).toBe(body.statusCode);
    return body;
  };

  const earned = async (memberId: string) =>
    (await asMember(t, memberId).get<{ points: number }>('/api/v1/me/progress')).body.points;

  const sendQuiz = async (audience: unknown, content: object = twoQuestions, anonymous = false) => {
    const alex = asMember(t, ALEX);
    const created = await alex.post<{ id: string }>('/api/v1/quizzes', { ...content, anonymous });
    expect(created.status).toBe(201);
    const sent = await alex.post<{ status: string }>(`/api/v1/quizzes/${created.body.id}/send`, {
      audience,
      deadline: in1Day(),
    });
    expect(sent).toMatchObject({ status: 200, body: { status: 'sent' } });
    return created.body.id;
  };

  describe('the API', () => {
    it('is for animators: a member gets 403 QUIZ.FORBIDDEN, in their language', async () => {
      const ines = asMember(t, INES, 'fr');
      const list = await ines.get<{ error: { code: string; message: string } }>('/api/v1/quizzes');
      expect(list.status).toBe(403);
      expect(list.body.error).toMatchObject({
        code: 'QUIZ.FORBIDDEN',
        message: 'Les quiz sont rédigés par les animateurs et administrateurs de la communauté.',
      });
      expect((await ines.post('/api/v1/quizzes', twoQuestions)).status).toBe(403);
    });

    it('refuses bad quizzes with 400 and says which field to fix', async () => {
      const alex = asMember(t, ALEX);
      const one = twoQuestions.questions[0]!;
      const cases: [unknown, string][] = [
        [{ ...twoQuestions, questions: [] }, 'questions'],
        [{ ...twoQuestions, questions: [{ ...one, choices: [one.choices[0]] }] }, 'questions.0.choices'],
        [{ ...twoQuestions, questions: [{ ...one, correct: 3 }] }, 'questions.0.correct'],
        [{ ...twoQuestions, title: { en: '  ' } }, 'title'],
        [{ ...twoQuestions, questions: [{ ...one, explanation: {} }] }, 'questions.0.explanation'],
        [{ ...twoQuestions, questions: Array.from({ length: 21 }, () => one) }, 'questions'],
      ];
      for (const [body, field] of cases) {
        const res = await alex.post<{ error: { code: string; details: { fields: string[] } } }>(
          '/api/v1/quizzes',
          body,
        );
        expect({ field, status: res.status, code: res.body.error.code }).toEqual({
          field,
          status: 400,
          code: 'REQUEST.INVALID',
        });
        expect(res.body.error.details.fields.some((f) => f.startsWith(`${field} (`))).toBe(true);
      }
    });

    it('creates a draft, updates it with its etag (a stale one is a conflict), and deletes it', async () => {
      const alex = asMember(t, ALEX);
      const created = await alex.post<{
        id: string;
        status: string;
        etag: string;
        questions: { id: string }[];
      }>('/api/v1/quizzes', twoQuestions);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ status: 'draft', questions: [{ id: 'q1' }, { id: 'q2' }] });
      const id = created.body.id;
      const updated = await alex.put<{ title: { en: string }; etag: string }>(`/api/v1/quizzes/${id}`, {
        ...twoQuestions,
        title: { en: 'MLOps basics, revised' },
        etag: created.body.etag,
      });
      expect(updated.status).toBe(200);
      expect(updated.body.title).toEqual({ en: 'MLOps basics, revised' });
      const stale = await alex.put<{ error: { code: string } }>(`/api/v1/quizzes/${id}`, {
        ...twoQuestions,
        etag: created.body.etag,
      });
      expect(stale).toMatchObject({ status: 409, body: { error: { code: 'QUIZ.CHANGED' } } });
      expect((await alex.del(`/api/v1/quizzes/${id}`)).status).toBe(204);
      expect((await alex.get(`/api/v1/quizzes/${id}`)).status).toBe(404);
    });

    it('refuses a schedule in the past, a deadline before sending, and a private circle the animator cannot see', async () => {
      const alex = asMember(t, ALEX);
      const { id } = (await alex.post<{ id: string }>('/api/v1/quizzes', twoQuestions)).body;
      const now = clock.now().getTime();
      const at = (ms: number) => new Date(now + ms).toISOString();
      const audience = { kind: 'circle', circleId: 'mlops' };
      const past = await alex.post<{ error: { code: string } }>(`/api/v1/quizzes/${id}/schedule`, {
        audience,
        scheduledFor: at(-3_600_000),
        deadline: at(3_600_000),
      });
      expect(past).toMatchObject({ status: 400, body: { error: { code: 'QUIZ.BAD_SCHEDULE' } } });
      const early = await alex.post<{ error: { code: string } }>(`/api/v1/quizzes/${id}/schedule`, {
        audience,
        scheduledFor: at(3_600_000),
        deadline: at(1_800_000),
      });
      expect(early).toMatchObject({ status: 400, body: { error: { code: 'QUIZ.BAD_SCHEDULE' } } });
      // Alex is not in the private pod: it does not exist for him.
      const hidden = await alex.post<{ error: { code: string } }>(`/api/v1/quizzes/${id}/schedule`, {
        audience: { kind: 'circle', circleId: 'pod-lyon' },
        scheduledFor: at(3_600_000),
        deadline: at(7_200_000),
      });
      expect(hidden).toMatchObject({ status: 404, body: { error: { code: 'CIRCLE.NOT_FOUND' } } });
    });
  });

  describe('the CSV import', () => {
    const header = '\uFEFFquiz;question;choice1;choice2;choice3;choice4;answer;explanation;language';
    const good = [
      header,
      'Quiz de la semaine;"Séparateur ; dans une question ?";Oui;Non;;;A;"Les champs entre guillemets gardent le ;";fr',
      ';"Une question\nsur deux lignes";"Il a dit ""bonjour""";Rien;Autre chose;;b;Les guillemets doublés sont échappés.;fr',
    ].join('\r\n');

    it('reads a BOM, semicolons, quoted fields with separators, line breaks and quotes; a dry run saves nothing', async () => {
      const alex = asMember(t, ALEX);
      const before = (await alex.get<{ items: unknown[] }>('/api/v1/quizzes')).body.items.length;
      const dry = await alex.post<{
        quiz: null;
        preview: { title: unknown; questions: unknown[]; rows: number };
      }>('/api/v1/quizzes/import', { csv: good, dryRun: true });
      expect(dry.status).toBe(200);
      expect(dry.body.quiz).toBeNull();
      expect(dry.body.preview).toEqual({
        title: { fr: 'Quiz de la semaine' },
        rows: 2,
        questions: [
          {
            text: { fr: 'Séparateur ; dans une question ?' },
            choices: [{ fr: 'Oui' }, { fr: 'Non' }],
            correct: 0,
            explanation: { fr: 'Les champs entre guillemets gardent le ;' },
          },
          {
            text: { fr: 'Une question\nsur deux lignes' },
            choices: [{ fr: 'Il a dit "bonjour"' }, { fr: 'Rien' }, { fr: 'Autre chose' }],
            correct: 1,
            explanation: { fr: 'Les guillemets doublés sont échappés.' },
          },
        ],
      });
      expect((await alex.get<{ items: unknown[] }>('/api/v1/quizzes')).body.items).toHaveLength(before);

      const saved = await alex.post<{ quiz: { id: string; status: string; questions: unknown[] } }>(
        '/api/v1/quizzes/import',
        { csv: good },
      );
      expect(saved.status).toBe(200);
      expect(saved.body.quiz).toMatchObject({ status: 'draft', questions: [{ correct: 0 }, { correct: 1 }] });
      expect((await alex.get<{ items: unknown[] }>('/api/v1/quizzes')).body.items).toHaveLength(before + 1);
    });

    it('pairs English and French rows into one bilingual quiz', async () => {
      const csv = [
        'quiz,question,choice1,choice2,answer,explanation,language',
        'Basics,Is 2 even?,Yes,No,1,It divides by two.,en',
        'Les bases,2 est-il pair ?,Oui,Non,1,Il se divise par deux.,fr',
      ].join('\n');
      const res = await asMember(t, ALEX).post<{
        quiz: { title: unknown; questions: { choices: unknown[] }[] };
      }>('/api/v1/quizzes/import', { csv });
      expect(res.status).toBe(200);
      expect(res.body.quiz.title).toEqual({ en: 'Basics', fr: 'Les bases' });
      expect(res.body.quiz.questions[0]!.choices).toEqual([
        { en: 'Yes', fr: 'Oui' },
        { en: 'No', fr: 'Non' },
      ]);
    });

    it('answers 400 with every problem and its line, and imports nothing', async () => {
      const alex = asMember(t, ALEX, 'fr');
      const before = (await alex.get<{ items: unknown[] }>('/api/v1/quizzes')).body.items.length;
      const csv = [
        'quiz,question,choice1,choice2,choice3,choice4,answer,explanation',
        'Ok quiz,Fine question?,Yes,No,,,A,Because.',
        'Ok quiz,"A question on',
        'two lines with one choice",Only one,,,,A,Why.',
        'Ok quiz,Bad answer?,Yes,No,,,E,Because.',
        'Ok quiz,,Yes,No,,,1,',
      ].join('\n');
      const res = await alex.post<{
        error: {
          code: string;
          message: string;
          details: { problems: { line: number; code: string; fr: string }[] };
        };
      }>('/api/v1/quizzes/import', { csv });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('QUIZ.CSV_INVALID');
      expect(res.body.error.message).toMatch(
        /^Le fichier comporte 4 problème\(s\) ; le premier est à la ligne 3/,
      );
      expect(res.body.error.details.problems.map((p) => [p.line, p.code])).toEqual([
        [3, 'choices.tooFew'],
        [5, 'answer.invalid'],
        [6, 'question.missing'],
        [6, 'explanation.missing'],
      ]);
      expect(res.body.error.details.problems[1]!.fr).toBe('La bonne réponse « E » n’est ni 1 à 4 ni A à D.');
      expect((await alex.get<{ items: unknown[] }>('/api/v1/quizzes')).body.items).toHaveLength(before);
    });

    it('refuses a file without the needed columns, and one over the size limit', async () => {
      const alex = asMember(t, ALEX);
      const res = await alex.post<{
        error: { code: string; details: { problems: { line: number; code: string }[] } };
      }>('/api/v1/quizzes/import', { csv: 'title,question\nA,B' });
      expect(res.status).toBe(400);
      expect(res.body.error.details.problems).toMatchObject([{ line: 1, code: 'csv.missingColumns' }]);
      const huge = await alex.post<{ error: { code: string } }>('/api/v1/quizzes/import', {
        csv: 'x'.repeat(100_001),
      });
      expect(huge).toMatchObject({ status: 400, body: { error: { code: 'REQUEST.INVALID' } } });
    });
  });

  describe('scheduling and answering in Teams', () => {
    let quizId: string;

    it('sends a scheduled quiz once, as one outbox campaign, even when the job runs twice at once', async () => {
      // Inès installed the bot: her personal chat is known, so the quiz can reach her.
      const inesChat = `a:chat-quiz-${INES}`;
      const before = connector.calls.length;
      await postActivity(
        t.baseUrl,
        installActivity({
          serviceUrl: connector.url,
          aadObjectId: INES,
          conversationId: inesChat,
          locale: 'fr-FR',
        }),
      );
      await connector.waitForCalls(before + 1);

      const alex = asMember(t, ALEX);
      quizId = (await alex.post<{ id: string }>('/api/v1/quizzes', twoQuestions)).body.id;
      const now = clock.now().getTime();
      const scheduled = await alex.post<{ status: string; scheduledFor: string }>(
        `/api/v1/quizzes/${quizId}/schedule`,
        {
          audience: { kind: 'circle', circleId: 'mlops' },
          scheduledFor: new Date(now + 10 * 60_000).toISOString(),
          deadline: new Date(now + 2 * 86_400_000).toISOString(),
        },
      );
      expect(scheduled).toMatchObject({ status: 200, body: { status: 'scheduled' } });
      // Not due yet.
      expect(await t.app.quizScheduler.tick()).toBe(0);
      expect(await t.app.services.outbox.campaign(TENANT, `quiz|${quizId}`)).toBeUndefined();

      clock.advance(11 * 60_000);
      // Two runs at once, as two instances whose lease expired mid-run would: both enqueue, one sends.
      const runs = await Promise.all([
        t.app.services.quizzes.dispatchDue(TENANT),
        t.app.services.quizzes.dispatchDue(TENANT),
      ]);
      expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
      // A later run of the job (a retry, a restart) adds nothing either.
      expect(await t.app.quizScheduler.tick()).toBe(0);
      const campaign = await t.app.services.outbox.campaign(TENANT, `quiz|${quizId}`);
      // mlops has four active members: one delivery each, none twice.
      expect(campaign).toMatchObject({ kind: 'quizzes', total: 4 });
      const quiz = await alex.get<{ status: string; recipients: number }>(`/api/v1/quizzes/${quizId}`);
      expect(quiz.body).toMatchObject({ status: 'sent', recipients: 4 });

      // The outbox sends Inès the first question, in French.
      const sentBefore = connector.to(inesChat).length;
      await t.app.outboxWorker.tick();
      await t.app.outboxWorker.drain();
      const card = cardOf(connector.to(inesChat)[sentBefore]);
      expect(textsOf(card)).toEqual(
        expect.arrayContaining(['🧠 Les bases du MLOps', 'Question 1 sur 2', 'Que veut dire CI ?']),
      );
      expect(card?.actions?.map((a) => [a.type, a.verb, a.data])).toEqual([
        ['Action.Execute', 'quiz.answer', { quizId, questionId: 'q1', choice: 0 }],
        ['Action.Execute', 'quiz.answer', { quizId, questionId: 'q1', choice: 1 }],
        ['Action.Execute', 'quiz.answer', { quizId, questionId: 'q1', choice: 2 }],
      ]);
    });

    it('updates the card in place: right, the explanation, the points, and the next question', async () => {
      const before = await earned(INES);
      const answer = await invoke(INES, 'quiz.answer', { quizId, questionId: 'q1', choice: 0 }, 'fr-FR');
      expect(answer).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
      expect(textsOf(answer.value)).toEqual(
        expect.arrayContaining([
          '✅ Bonne réponse !',
          'Fusionner souvent, tester à chaque fois.',
          '+3 points',
        ]),
      );
      expect(await earned(INES)).toBe(before + 3);
      const next = answer.value.actions?.find((a) => a.verb === 'quiz.next');
      expect(next).toMatchObject({ type: 'Action.Execute', title: 'Question suivante', data: { quizId } });

      const second = await invoke(INES, 'quiz.next', next!.data, 'fr-FR');
      expect(textsOf(second.value)).toEqual(
        expect.arrayContaining(['Question 2 sur 2', 'Où vivent les features ?']),
      );
      const last = await invoke(INES, 'quiz.answer', { quizId, questionId: 'q2', choice: 0 }, 'fr-FR');
      expect(textsOf(last.value)).toEqual(expect.arrayContaining(['Votre score : 2/2 bonnes réponses.']));
      expect(last.value.actions ?? []).toEqual([]);
    });

    it('says "not quite" to a wrong answer, shows the right one, and pays nothing', async () => {
      const before = await earned(SOFIA);
      const answer = await invoke(SOFIA, 'quiz.answer', { quizId, questionId: 'q1', choice: 2 });
      expect(textsOf(answer.value)).toEqual(
        expect.arrayContaining([
          '❌ Not quite.',
          'Right answer',
          'A. Continuous integration',
          'Your answer',
          'C. Cloud infrastructure',
          'No points this time: right answers earn points.',
        ]),
      );
      expect(await earned(SOFIA)).toBe(before);
    });

    it('scores once when the same member clicks the same answer 100 times in parallel', async () => {
      const before = await earned(MATHIEU);
      const answers = await Promise.all(
        Array.from({ length: 100 }, () =>
          invoke(MATHIEU, 'quiz.answer', { quizId, questionId: 'q1', choice: 0 }, 'fr-FR'),
        ),
      );
      expect(answers.every((a) => a.statusCode === 200)).toBe(true);
      const fresh = answers.filter(
        (a) => !textsOf(a.value).some((x) => x.startsWith('Vous avez déjà répondu')),
      );
      expect(fresh).toHaveLength(1);
      // Every card says it was right and shows the points of the one answer that counted.
      for (const a of answers)
        expect(textsOf(a.value)).toEqual(expect.arrayContaining(['✅ Bonne réponse !', '+3 points']));
      expect(await earned(MATHIEU)).toBe(before + 3);
      const results = await asMember(t, ALEX).get<{ questions: { id: string; answered: number }[] }>(
        `/api/v1/quizzes/${quizId}/results`,
      );
      // Inès, Sofia and Mathieu answered q1: three answers, not 102.
      expect(results.body.questions.find((q) => q.id === 'q1')?.answered).toBe(3);
    });

    it('shows the animator the results: participants, counts per choice, % right, and who', async () => {
      const results = await asMember(t, ALEX).get<{
        participants: number;
        recipients: number;
        delivery: { total: number };
        questions: { counts: number[]; percentRight: number | null; right: number }[];
        people: { member: { displayName: string }; answered: number; right: number }[];
      }>(`/api/v1/quizzes/${quizId}/results`);
      expect(results.status).toBe(200);
      expect(results.body).toMatchObject({ participants: 3, recipients: 4, delivery: { total: 4 } });
      expect(results.body.questions[0]).toMatchObject({ counts: [2, 0, 1], right: 2, percentRight: 67 });
      expect(results.body.questions[1]).toMatchObject({ counts: [1, 0], percentRight: 100 });
      expect(results.body.people.map((p) => [p.member.displayName, p.answered, p.right])).toEqual([
        ['Inès Benali', 2, 2],
        ['Mathieu Lefèvre', 1, 1],
        ['Sofia Rossi', 1, 0],
      ]);
      // Members never see results.
      expect((await asMember(t, INES).get(`/api/v1/quizzes/${quizId}/results`)).status).toBe(403);
    });

    it('gives a clear card, not an error, for a quiz meant for others, an unknown quiz or a tampered choice', async () => {
      // Priya is not in mlops.
      const other = await invoke(PRIYA, 'quiz.answer', { quizId, questionId: 'q1', choice: 0 });
      expect(other.statusCode).toBe(200);
      expect(textsOf(other.value)).toEqual(expect.arrayContaining(['This quiz is not available']));
      // A quiz for the private data-leaders circle is invisible to Inès.
      const privateQuiz = await sendQuiz({ kind: 'circle', circleId: 'data-leaders' });
      const hidden = await invoke(
        INES,
        'quiz.answer',
        { quizId: privateQuiz, questionId: 'q1', choice: 0 },
        'fr-FR',
      );
      expect(textsOf(hidden.value)).toEqual(expect.arrayContaining(['Ce quiz n’est pas disponible']));
      const unknown = await invoke(SOFIA, 'quiz.answer', { quizId: 'nope', questionId: 'q1', choice: 0 });
      expect(textsOf(unknown.value)).toEqual(expect.arrayContaining(['This quiz is not available']));
      const badChoice = await invoke(SOFIA, 'quiz.answer', { quizId, questionId: 'q2', choice: 3 });
      expect(textsOf(badChoice.value)).toEqual(expect.arrayContaining(['This quiz is not available']));
      const tampered = await invoke(SOFIA, 'quiz.answer', { quizId, questionId: 'q2', choice: 'x' });
      expect(tampered).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
      const results = await asMember(t, ALEX).get<{ participants: number }>(
        `/api/v1/quizzes/${privateQuiz}/results`,
      );
      expect(results.body.participants).toBe(0);
    });

    it('keeps who answered private in an anonymous quiz', async () => {
      const anonymous = await sendQuiz(
        { kind: 'segments', segments: { departments: ['Data'] } },
        twoQuestions,
        true,
      );
      const card = await invoke(
        MATHIEU,
        'quiz.answer',
        { quizId: anonymous, questionId: 'q1', choice: 1 },
        'fr-FR',
      );
      expect(textsOf(card.value)).toEqual(expect.arrayContaining(['❌ Pas tout à fait.']));
      const results = await asMember(t, ALEX).get<{
        participants: number;
        people: unknown[];
        recipients: number;
      }>(`/api/v1/quizzes/${anonymous}/results`);
      // Camille, Inès and Mathieu are in the Data department.
      expect(results.body).toMatchObject({ participants: 1, people: [], recipients: 3 });
    });

    it('answers "closed" after the deadline and scores nothing', async () => {
      clock.advance(3 * 86_400_000);
      const before = await earned(CAMILLE);
      const late = await invoke(CAMILLE, 'quiz.answer', { quizId, questionId: 'q1', choice: 0 }, 'fr-FR');
      expect(late.statusCode).toBe(200);
      expect(textsOf(late.value)).toEqual(expect.arrayContaining(['⏰ « Les bases du MLOps » est clos']));
      expect(await earned(CAMILLE)).toBe(before);
      const quiz = await asMember(t, ALEX).get<{ status: string }>(`/api/v1/quizzes/${quizId}`);
      expect(quiz.body.status).toBe('closed');
      // A sent quiz is no longer edited.
      const edit = await asMember(t, ALEX).put<{ error: { code: string } }>(
        `/api/v1/quizzes/${quizId}`,
        twoQuestions,
      );
      expect(edit).toMatchObject({ status: 409, body: { error: { code: 'QUIZ.NOT_EDITABLE' } } });
    });
  });

  describe('the `quiz` command', () => {
    const say = async (
      memberId: string,
      text: string,
      extra: { locale?: string; conversationType?: 'channel' } = {},
    ) => {
      const conversationId = extra.conversationType ? `19:channel-${randomUUID()}` : `a:quiz-${randomUUID()}`;
      const before = connector.calls.length;
      const res = await postActivity(
        t.baseUrl,
        messageActivity(text, { serviceUrl: connector.url, aadObjectId: memberId, conversationId, ...extra }),
      );
      expect(res.status).toBe(200);
      const [reply] = (await connector.waitForCalls(before + 1)).slice(before);
      expect(reply!.conversationId).toBe(conversationId);
      return reply!;
    };

    it('starts the next question the member has not answered, newest open quiz first', async () => {
      const id = await sendQuiz({ kind: 'circle', circleId: 'mlops' });
      // Sofia answers the first question; `quiz` brings her the second.
      await invoke(SOFIA, 'quiz.answer', { quizId: id, questionId: 'q1', choice: 0 });
      const reply = await say(SOFIA, 'quiz');
      expect(textsOf(cardOf(reply))).toEqual(
        expect.arrayContaining(['🧠 MLOps basics', 'Question 2 of 2', 'Where do features live?']),
      );
      expect(cardOf(reply)?.actions?.[0]).toMatchObject({
        verb: 'quiz.answer',
        data: { quizId: id, questionId: 'q2' },
      });
      // In French for a French speaker.
      const fr = await say(INES, 'Quiz !', { locale: 'fr-FR' });
      expect(textsOf(cardOf(fr))).toEqual(expect.arrayContaining(['Question 1 sur 2', 'Que veut dire CI ?']));
    });

    it('says politely when there is no quiz for the member', async () => {
      const reply = await say(M(0xa8), 'quiz'); // Hannah: in no circle with an open quiz
      expect(reply.activity.text).toBe(
        'No quiz for you right now. Animators send new ones regularly: come back soon!',
      );
    });

    it('asks to continue in the personal chat when written in a channel', async () => {
      const reply = await say(SOFIA, 'quiz', { conversationType: 'channel' });
      expect(reply.activity.text).toMatch(/^Quizzes happen in our personal chat/);
    });
  });
});
