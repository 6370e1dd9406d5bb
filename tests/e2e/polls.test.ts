/// <reference lib="dom" />
import { messageActivity, postActivity } from '../support/activities';
import { expectAccessible, member, shot, tabSession } from '../support/e2e';
import { FakeBotConnector } from '../support/fake-bot-connector';

/*
 * The animator's Polls screen (DESIGN.md keys 4 and 5): post a poll to a channel where Guildhall is
 * installed, watch votes arrive as bars, close it after a confirmation — over the real server, the
 * real outbox and a fake Bot Connector.
 */

const ALEX = member('a2'); // animator
const INES = member('a3'); // member
const CHANNEL = '19:design-guild@thread.tacv2';

describe('Polls in the tab: post to a channel, see the results, close', () => {
  const session = tabSession();
  const { open } = session;
  let connector: FakeBotConnector;

  beforeAll(async () => {
    connector = await new FakeBotConnector().start();
    // Guildhall was added to a channel (Teams sent the channel's name with the message).
    const hello = messageActivity('help', {
      serviceUrl: connector.url,
      conversationId: CHANNEL,
      conversationType: 'channel',
      aadObjectId: ALEX,
      name: 'Alex Martin',
    }) as { conversation: Record<string, unknown> };
    expect(
      (
        await postActivity(session.app.baseUrl, {
          ...hello,
          conversation: { ...hello.conversation, name: 'Design guild' },
        })
      ).status,
    ).toBe(200);
  });

  afterAll(async () => {
    await connector?.stop();
  });

  const vote = (memberId: string, name: string, pollId: string, choice: string) =>
    postActivity(session.app.baseUrl, {
      ...messageActivity('', {
        serviceUrl: connector.url,
        conversationId: CHANNEL,
        conversationType: 'channel',
        aadObjectId: memberId,
        name,
      }),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'poll.vote', data: { pollId, choice } } },
    });

  it('creates a poll from the tab, shows live results as bars, and closes it after a confirmation', async () => {
    const { context, page, errors } = await open(ALEX, '#/polls');
    await page.getByRole('heading', { name: 'Polls', level: 1 }).waitFor();
    await page.getByText('No polls yet').waitFor();
    await page.screenshot({ path: shot('polls-empty'), fullPage: true });
    await expectAccessible(page);

    await page.getByRole('button', { name: 'New poll' }).click();
    const form = page.getByRole('form', { name: 'New poll' });
    // Nothing filled in: each problem is said next to its field.
    await form.getByRole('button', { name: 'Post the poll' }).click();
    await form.getByText('Write the question.').waitFor();
    await form.getByText('Give 2 to 6 options.').waitFor();
    await form.getByText('Choose where to post the poll.').waitFor();

    await form.getByLabel('Question').fill('Which day for the meetup?');
    await form.getByLabel('Option 1', { exact: true }).fill('Tuesday');
    await form.getByLabel('Option 2', { exact: true }).fill('Thursday');
    await form.getByRole('button', { name: 'Add an option' }).click();
    await form.getByLabel('Option 3', { exact: true }).fill('Friday');
    await form.getByRole('combobox', { name: 'Post to' }).selectOption({ label: 'Design guild' });
    await page.screenshot({ path: shot('polls-form'), fullPage: true });
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Post the poll' }).click();
    await page.getByText('The poll is on its way to the conversation.').waitFor();
    const item = page.getByRole('article', { name: 'Which day for the meetup?' });
    await item.getByText('Sending…').waitFor();

    // The outbox sends the card to the channel.
    await session.app.app.outboxWorker.tick();
    await session.app.app.outboxWorker.drain();
    const sent = connector.calls.find(
      (c) => c.conversationId === CHANNEL && c.method === 'POST' && !c.replyToId,
    );
    expect(sent).toBeDefined();
    const card = sent!.activity.attachments![0]!.content as {
      refresh: { action: { data: { pollId: string } } };
    };
    const pollId = card.refresh.action.data.pollId;

    // Members vote on the card in Teams.
    expect((await vote(INES, 'Inès Benali', pollId, 'o2')).status).toBe(200);
    expect((await vote('c0ffee00-0000-4000-8000-0000000000a5', 'Julien Moreau', pollId, 'o2')).status).toBe(
      200,
    );
    expect((await vote('c0ffee00-0000-4000-8000-0000000000a8', 'Hannah Schmidt', pollId, 'o1')).status).toBe(
      200,
    );

    await page.getByRole('button', { name: 'Refresh' }).click();
    await item.getByText('3 votes').waitFor();
    await item.getByRole('progressbar', { name: 'Thursday: 2 (67 %)' }).waitFor();
    await item.getByRole('progressbar', { name: 'Tuesday: 1 (33 %)' }).waitFor();
    await item.getByText('Voted: Inès Benali, Julien Moreau').waitFor();
    expect(await item.getByText('Sending…').count()).toBe(0);
    await page.screenshot({ path: shot('polls-results'), fullPage: true });
    await expectAccessible(page);

    const before = connector.calls.length;
    await item.getByRole('button', { name: 'Close now' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close this poll?' });
    await dialog.waitFor();
    await page.screenshot({ path: shot('polls-close-dialog') });
    await dialog.getByRole('button', { name: 'Close the poll' }).click();
    await item.getByText('Closed', { exact: true }).waitFor();
    expect(await item.getByRole('button', { name: 'Close now' }).count()).toBe(0);
    const update = connector.calls.slice(before).find((c) => c.method === 'PUT');
    expect(update?.conversationId).toBe(CHANNEL);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('speaks French in a dark theme, and is not offered to members', async () => {
    const { context, page, errors } = await open(ALEX, '#/polls', { locale: 'fr-FR', theme: 'dark' });
    await page.getByRole('heading', { name: 'Sondages', level: 1 }).waitFor();
    await page
      .getByRole('article', { name: 'Which day for the meetup?' })
      .getByText('Clos', { exact: true })
      .waitFor();
    await page.screenshot({ path: shot('polls-fr-dark'), fullPage: true });
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();

    const member = await open(INES, '#/home');
    // Inès reads French: her tabs are there, and none of them is the polls console.
    await member.page.getByRole('tablist').first().waitFor();
    expect(await member.page.getByRole('tab').count()).toBeGreaterThan(2);
    expect(await member.page.getByRole('tab', { name: /Polls|Sondages/ }).count()).toBe(0);
    const forbidden = await open(INES, '#/polls');
    await forbidden.page.getByText(/animators and administrators|animateurs et administrateurs/).waitFor();
    await member.context.close();
    await forbidden.context.close();
  });
});
