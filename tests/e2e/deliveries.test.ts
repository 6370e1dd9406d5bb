/// <reference lib="dom" />
import { DEMO_TENANT, installActivity, postActivity } from '../support/activities';
import { expectAccessible, member, shot, tabSession } from '../support/e2e';
import { FakeBotConnector } from '../support/fake-bot-connector';

/*
 * The animator's Deliveries page: campaigns written through the real outbox, sent by the real
 * worker to the fake Bot Connector over HTTP, read by the tab in Chromium.
 */

const ALEX = member('a2'); // community animator, has a personal chat with the bot
const INES = member('a3'); // member whose chat refuses the bot (403)
const PRIYA = member('a4'); // member who never installed the bot
const chatOf = (memberId: string) => `a:personal-${memberId}`;

describe('Deliveries: an animator follows the proactive messages', () => {
  const session = tabSession();
  const { open } = session;
  let connector: FakeBotConnector;

  const message = (text: string) => ({ type: 'message', text });

  /** Sends what is due, as the worker's loop would. */
  const sendDue = async () => {
    await session.app.app.outboxWorker.tick();
    await session.app.app.outboxWorker.drain();
  };

  beforeAll(async () => {
    connector = await new FakeBotConnector({ blocked: new Set([chatOf(INES)]) }).start();
    // Alex and Inès installed the bot (their personal chats are known); Priya did not.
    for (const aadObjectId of [ALEX, INES]) {
      const res = await postActivity(
        session.app.baseUrl,
        installActivity({ serviceUrl: connector.url, aadObjectId, conversationId: chatOf(aadObjectId) }),
      );
      expect(res.status).toBe(200);
    }
    const outbox = session.app.app.services.outbox;
    await outbox.enqueue(
      {
        tenantId: DEMO_TENANT,
        campaignId: 'digest|e2e|week-47',
        kind: 'digest',
        title: { en: 'Weekly digest — week 47', fr: 'Résumé de la semaine 47' },
        createdBy: ALEX,
        budget: 'exempt',
        overBudget: 'drop',
      },
      [ALEX, INES, PRIYA].map((memberId) => ({
        recipient: { memberId },
        activity: message('Your weekly digest'),
      })),
    );
    await outbox.enqueue(
      {
        tenantId: DEMO_TENANT,
        campaignId: 'events|e2e|too-late',
        kind: 'events',
        title: { en: 'Meetup reminder', fr: 'Rappel de la rencontre' },
        budget: 'exempt',
        overBudget: 'drop',
        expiresAt: new Date(Date.now() - 60_000).toISOString(),
      },
      [{ recipient: { memberId: ALEX }, activity: message('The meetup starts soon') }],
    );
    await sendDue();
  });

  afterAll(async () => {
    await connector?.stop();
  });

  it('lists campaigns with their counts per status, and explains each message in plain words', async () => {
    const { page, errors } = await open(ALEX, '#/deliveries');
    // The console's nav leads here.
    await expect(page.getByRole('tab', { name: 'Deliveries' }).getAttribute('aria-selected')).resolves.toBe(
      'true',
    );

    const digest = page.getByTestId('campaign').filter({ hasText: 'Weekly digest — week 47' });
    await digest.waitFor();
    await expect(digest.innerText()).resolves.toMatch(/Weekly digest[\s\S]*3 messages/);
    await expect(digest.innerText()).resolves.toMatch(/Finished/);
    await expect(digest.innerText()).resolves.toMatch(/Started by you · /);
    expect(await digest.innerText()).not.toContain(ALEX); // a person, never an id
    await expect(
      digest
        .locator('[data-testid="status-bar"] [data-status]')
        .evaluateAll((spans) => spans.map((s) => s.getAttribute('data-status'))),
    ).resolves.toEqual(['sent', 'unreachable']);
    await expect(digest.getByRole('img').getAttribute('aria-label')).resolves.toBe(
      'Messages by status: Sent 1, Unreachable 2',
    );
    await expect(digest.getByRole('list', { name: 'Legend' }).innerText()).resolves.toMatch(
      /Sent\s*1[\s\S]*Unreachable\s*2/,
    );
    const late = page.getByTestId('campaign').filter({ hasText: 'Meetup reminder' });
    await expect(late.innerText()).resolves.toMatch(/Sent automatically/);
    await expect(late.getByRole('list', { name: 'Legend' }).innerText()).resolves.toMatch(/Not sent\s*1/);
    await page.screenshot({ path: shot('deliveries-en'), fullPage: true });
    await expectAccessible(page);

    // One campaign: every message, then only the unreachable ones, with why.
    await digest.getByRole('link', { name: 'See the messages of “Weekly digest — week 47”' }).click();
    await page.getByTestId('campaign-detail').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="delivery"]').length === 3);
    await page.getByRole('button', { name: 'Unreachable (2)' }).click();
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid="delivery"]')].every(
          (li) => li.getAttribute('data-status') === 'unreachable',
        ) && document.querySelectorAll('[data-testid="delivery"]').length === 2,
    );
    expect(page.url()).toMatch(/#\/deliveries\/digest%7Ce2e%7Cweek-47\?status=unreachable/);
    const reasons = await page.getByTestId('reason').allInnerTexts();
    expect(reasons.sort()).toEqual([
      'Teams refused: Guildhall was removed or blocked in this chat.',
      'The member has not installed Guildhall in Teams yet: no chat to write to.',
    ]);
    await expect(page.getByTestId('deliveries').innerText()).resolves.toMatch(/Inès|Priya/);
    await page.screenshot({ path: shot('deliveries-campaign-en'), fullPage: true });
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('follows a campaign still sending, in French, and stops once nothing is pending', async () => {
    await session.app.app.services.outbox.enqueue(
      {
        tenantId: DEMO_TENANT,
        campaignId: 'quizzes|e2e|monday',
        kind: 'quizzes',
        title: { en: 'Monday quiz', fr: 'Quiz du lundi' },
        createdBy: ALEX,
        budget: 'exempt',
        overBudget: 'drop',
      },
      [{ recipient: { memberId: ALEX }, activity: message('Quiz time') }],
    );
    const { page, errors } = await open(ALEX, '#/deliveries/quizzes%7Ce2e%7Cmonday', {
      locale: 'fr-FR',
      theme: 'dark',
    });
    const detail = page.getByTestId('campaign-detail');
    await detail.waitFor();
    await expect(detail.innerText()).resolves.toMatch(/Quiz du lundi[\s\S]*Quiz[\s\S]*Lancé par vous/);
    await expect(detail.getByTestId('in-progress').innerText()).resolves.toBe(
      'En cours : se met à jour tout seul',
    );
    await expect(page.getByTestId('delivery').getAttribute('data-status')).resolves.toBe('queued');
    await page.screenshot({ path: shot('deliveries-campaign-fr-dark-queued'), fullPage: true });

    // The worker sends it; the page, polling, shows it without a reload.
    await sendDue();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="delivery"]')?.getAttribute('data-status') === 'sent',
      undefined,
      { timeout: 15_000 },
    );
    await expect(detail.innerText()).resolves.toMatch(/Terminé/);
    await expect(detail.getByRole('button', { name: 'Envoyé (1)' }).isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('delivery').innerText()).resolves.toMatch(/Envoyé le /);
    await page.screenshot({ path: shot('deliveries-campaign-fr-dark'), fullPage: true });
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('is for animators: a member sees no Deliveries tab and the API’s refusal in their words', async () => {
    const { page } = await open(PRIYA, '#/deliveries');
    await page.getByText('Only animators and administrators can follow deliveries.').waitFor();
    await expect(page.getByRole('tab', { name: 'Deliveries' }).count()).resolves.toBe(0);
  });
});
