/// <reference lib="dom" />
import { messageActivity, postActivity } from '../support/activities';
import { expectAccessible, member, shot, tabSession } from '../support/e2e';

/*
 * The animator's Quizzes console (keys 3 and 8): write a quiz, import one from CSV (an error, then
 * fixed), send it to a circle, and read the results once members answered in Teams.
 */

const ALEX = member('a2'); // community animator
const INES = member('a3'); // member of mlops
const SOFIA = member('a6'); // member of mlops
const PRIYA = member('a4'); // member

describe('The Quizzes console in Chromium', () => {
  const session = tabSession();
  const { open } = session;

  /** A member answers a quiz card in Teams (an `adaptiveCard/action` invoke over HTTP). */
  const answer = async (memberId: string, quizId: string, choice: number) => {
    const res = await postActivity(session.app.baseUrl, {
      ...messageActivity('', { serviceUrl: 'http://127.0.0.1:9/', aadObjectId: memberId }),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: {
        action: { type: 'Action.Execute', verb: 'quiz.answer', data: { quizId, questionId: 'q1', choice } },
      },
    });
    expect(res.status).toBe(200);
  };

  it('is in the nav for animators only, and starts empty', async () => {
    const asMember = await open(PRIYA, '#/home');
    await asMember.page.getByRole('tab', { name: 'Home' }).waitFor();
    expect(await asMember.page.getByRole('tab', { name: 'Quizzes' }).count()).toBe(0);
    await asMember.context.close();

    const { context, page, errors } = await open(ALEX, '#/home');
    await page.getByRole('tab', { name: 'Quizzes' }).click();
    await page.getByText('No quiz yet').waitFor();
    expect(page.url()).toContain('#/quizzes');
    await expectAccessible(page);
    await page.screenshot({ path: shot('quizzes-empty-en'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('writes a quiz (problems listed first), sends it to a circle, and shows results after answers', async () => {
    const { context, page, errors } = await open(ALEX, '#/quizzes/new');
    await page.getByLabel('Quiz title (English)').fill('Pipelines 101');
    const question = page.getByTestId('question-editor').first();
    await question.getByLabel('Question (English)').fill('What runs on every merge?');
    await question.getByLabel('Choice A (English)').fill('The CI pipeline');
    await question.getByLabel('Choice B (French)').fill('Le café');
    await question.getByLabel('Choice B (English)').fill('The coffee machine');
    await page.getByRole('button', { name: 'Save draft' }).click();
    // Missing explanation: said before anything is sent.
    await page.getByText('Question 1: add a short explanation.').waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: shot('quizzes-editor-problems-en'), fullPage: true });
    await question
      .getByLabel('Explanation (shown after answering) (English)')
      .fill('CI checks every change.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/#\/quizzes\/[0-9a-f-]{36}/);
    const quizId = /#\/quizzes\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await page.getByRole('heading', { name: 'Send the quiz' }).waitFor();

    // Send now to the MLOps circle (four members).
    await page.getByRole('combobox', { name: 'Circle' }).click();
    await page.getByRole('option', { name: 'MLOps & plateformes' }).click();
    await page.getByRole('button', { name: 'Send now' }).click();
    await page.getByTestId('quiz-results').waitFor();
    await page.getByText('This quiz was sent: it can no longer be changed.').waitFor();

    // Two members answer in Teams; the animator reloads the results.
    await answer(INES, quizId, 0);
    await answer(SOFIA, quizId, 1);
    await page.reload();
    const result = page.getByTestId('question-result').first();
    await result.getByText('2 answers · 50 % right').waitFor();
    expect(await result.getByRole('img', { name: 'A. The CI pipeline: 1 (50 %)' }).count()).toBe(1);
    await page.getByText('Inès Benali').waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: shot('quizzes-results-en'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();

    // In French too.
    const fr = await open(ALEX, `#/quizzes/${quizId}`, { locale: 'fr-FR' });
    await fr.page.getByText('2 réponses · 50 % de bonnes réponses').waitFor();
    await expectAccessible(fr.page);
    await fr.page.screenshot({ path: shot('quizzes-results-fr'), fullPage: true });
    await fr.context.close();
  });

  it('imports a CSV: line errors first, then the preview, then a draft', async () => {
    const { context, page, errors } = await open(ALEX, '#/quizzes?import=1');
    const bad = [
      'quiz;question;choice1;choice2;answer;explanation',
      'Friday quiz;Which file lists Python dependencies?;requirements.txt;README.md;A;pip reads it.',
      'Friday quiz;How many choices at most?;Four;Seven;E;Cards have room for four.',
    ].join('\n');
    await page.getByLabel('Or paste the CSV').fill(bad);
    await page.getByRole('button', { name: 'Check' }).click();
    const problems = page.getByTestId('csv-problems');
    await problems
      .getByText(/Line 3, column answer: The right choice "E" is not 1 to 4 or A to D\./)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Import as draft' }).isDisabled()).toBe(true);
    await expectAccessible(page);
    await page.screenshot({ path: shot('quizzes-import-errors-en'), fullPage: true });

    await page.getByLabel('Or paste the CSV').fill(bad.replace(';E;', ';A;'));
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByTestId('csv-preview').getByText('Preview: Friday quiz').waitFor();
    await page.getByText('2 rows read').waitFor();
    await page.screenshot({ path: shot('quizzes-import-preview-en'), fullPage: true });
    await page.getByRole('button', { name: 'Import as draft' }).click();
    await page.waitForURL(/#\/quizzes\/[0-9a-f-]{36}/);
    await page.getByRole('heading', { name: 'Friday quiz' }).waitFor();
    expect(await page.getByTestId('question-editor').count()).toBe(2);

    // The list shows both quizzes with their status.
    await page.getByRole('link', { name: 'All quizzes' }).click();
    const items = page.getByTestId('quiz');
    await items.filter({ hasText: 'Friday quiz' }).getByText('Draft').waitFor();
    await items.filter({ hasText: 'Pipelines 101' }).getByText('Open').waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: shot('quizzes-list-en'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
