import { randomUUID } from 'node:crypto';
import { DEMO_ADMIN, DEMO_MEMBER, messageActivity, postActivity } from '../support/activities';
import { FakeBotConnector, type ConnectorCall } from '../support/fake-bot-connector';
import { FakeClock } from '../support/fake-clock';
import { startTestApp, type TestApp } from '../support/test-app';

/** Polls over real HTTP: the bot (commands, card actions) with a fake Bot Connector, and the API. */

type Element = {
  type?: string;
  id?: string;
  text?: string;
  value?: string;
  isMultiSelect?: boolean;
  choices?: { title: string; value: string }[];
  items?: Element[];
  columns?: Element[];
};
type Card = {
  type: string;
  version: string;
  body: Element[];
  actions?: { type: string; verb?: string; title?: string; data?: Record<string, unknown> }[];
  refresh?: { action: { type: string; verb: string; data: { pollId: string } }; userIds: string[] };
};
type InvokeAnswer = { statusCode: number; type: string; value: Card };

const walk = (elements: Element[]): Element[] =>
  elements.flatMap((e) => [e, ...walk(e.items ?? []), ...walk(e.columns ?? [])]);
const textsOf = (card: Card) => walk(card.body).flatMap((e) => (e.text !== undefined ? [e.text] : []));
const choiceSetOf = (card: Card) => walk(card.body).find((e) => e.type === 'Input.ChoiceSet');
const cardOf = (call: ConnectorCall) => call.activity.attachments?.[0]?.content as unknown as Card;
const pollIdOf = (card: Card) =>
  card.refresh?.action.data.pollId ?? String(card.actions?.[0]?.data?.['pollId']);

describe('Polls in channels and group chats', () => {
  let connector: FakeBotConnector;
  let t: TestApp;
  const clock = new FakeClock('2026-11-25T09:00:00.000Z');
  const channel = `19:${randomUUID()}@thread.tacv2`;
  const creator = { aadObjectId: randomUUID(), name: 'Paula Poller' };

  beforeAll(async () => {
    connector = await new FakeBotConnector().start();
    t = await startTestApp({ clock });
  });

  afterAll(async () => {
    await t.close();
    await connector.stop();
  });

  const where = (
    o: { conversationId?: string; conversationType?: 'personal' | 'groupChat' | 'channel' } = {},
  ) => ({
    serviceUrl: connector.url,
    conversationId: o.conversationId ?? channel,
    conversationType: o.conversationType ?? ('channel' as const),
  });

  /** Says something to the bot (in a channel: after @Guildhall) and returns its reply. */
  const say = async (
    text: string,
    who: { aadObjectId: string; name: string; locale?: string } = creator,
    place: Parameters<typeof where>[0] = {},
  ): Promise<ConnectorCall> => {
    const before = connector.calls.length;
    const activity = messageActivity(text, { ...where(place), ...who });
    const res = await postActivity(t.baseUrl, activity);
    expect(res.status).toBe(200);
    await connector.waitForCalls(before + 1);
    return connector.calls.slice(before).find((c) => c.method === 'POST')!;
  };

  /** Clicks an Action.Execute on a card (or Teams refreshes it). */
  const act = async (
    verb: string,
    data: Record<string, unknown>,
    who: { aadObjectId: string; name: string; locale?: string } = creator,
    extra: Record<string, unknown> = {},
    status = 200,
  ): Promise<InvokeAnswer> => {
    const res = await postActivity(t.baseUrl, {
      ...messageActivity('', { ...where(), ...who }),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data } },
      ...extra,
    });
    expect(res.status).toBe(status);
    return (await res.json()) as InvokeAnswer;
  };

  const api = async (path: string, as: string, init: RequestInit = {}) =>
    t.fetch(path, {
      ...init,
      headers: { 'x-dev-user': as, 'content-type': 'application/json', ...init.headers },
    });
  const pollOf = async (pollId: string, as = DEMO_ADMIN) =>
    (await (await api(`/api/v1/polls/${pollId}`, as)).json()) as {
      voters: number;
      options: { id: string; count?: number; voters?: string[] }[];
      myVote?: string[];
      resultsVisible: boolean;
      status: string;
      posted: boolean;
    };
  const member = (name = 'Member') => ({
    aadObjectId: randomUUID(),
    name: `${name} ${randomUUID().slice(0, 4)}`,
  });
  const earned = async (memberId: string) =>
    ((await (await api('/api/v1/me/progress', memberId)).json()) as { points: number }).points;
  /** Posts a poll with the command; `messageId` is the id the connector gave its message. */
  const newPoll = async (text: string, who = creator) => {
    const reply = await say(text, who);
    expect(connector.calls.at(-1)).toBe(reply);
    const messageId = `activity-${connector.stats.accepted}`;
    return { reply, card: cardOf(reply), pollId: pollIdOf(cardOf(reply)), messageId };
  };

  it('reads `poll` after the @mention in a channel and posts a card with live results and Universal Actions', async () => {
    const activity = messageActivity('poll Which day for the meetup? | Tuesday | Thursday | Friday', where());
    // What Teams sends in a channel: the mention in the text and as an entity.
    expect(activity['text']).toBe(
      '<at>Guildhall</at> poll Which day for the meetup? | Tuesday | Thursday | Friday',
    );
    expect(activity['entities']).toEqual([
      expect.objectContaining({ type: 'mention', text: '<at>Guildhall</at>' }),
    ]);

    const { reply, card, pollId } = await newPoll(
      'poll Which day for the meetup? | Tuesday | Thursday | Friday',
    );
    expect(reply.conversationId).toBe(channel);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(textsOf(card)).toEqual(
      expect.arrayContaining([
        '📊 Poll',
        'Which day for the meetup?',
        'One answer · Names shown · Live results',
        'No votes yet',
      ]),
    );
    expect(choiceSetOf(card)).toMatchObject({
      id: 'choice',
      isMultiSelect: false,
      choices: [
        { title: 'Tuesday', value: 'o1' },
        { title: 'Thursday', value: 'o2' },
        { title: 'Friday', value: 'o3' },
      ],
    });
    expect(card.actions?.map((a) => [a.type, a.verb])).toEqual([
      ['Action.Execute', 'poll.vote'],
      ['Action.Execute', 'poll.refresh'],
    ]);
    expect(card.refresh).toEqual({
      action: { type: 'Action.Execute', verb: 'poll.refresh', data: { pollId } },
      userIds: [`29:${creator.aadObjectId}`],
    });
    // The message id Teams gave is remembered: the card can be updated in place later.
    expect(await pollOf(pollId)).toMatchObject({ posted: true, status: 'open', voters: 0 });
  });

  it('answers `help` after the @mention in a channel, and lists the poll command', async () => {
    const card = cardOf(await say('help'));
    expect(JSON.stringify(card.body)).toContain('"title":"poll"');
  });

  it('speaks French: `sondage` in a group chat', async () => {
    const chat = `19:${randomUUID()}@thread.v2`;
    const reply = await say(
      'sondage anonyme Quel jour ? | Mardi | Jeudi',
      { ...member('Françoise'), locale: 'fr-FR' },
      { conversationId: chat, conversationType: 'groupChat' },
    );
    expect(reply.conversationId).toBe(chat);
    expect(textsOf(cardOf(reply))).toEqual(
      expect.arrayContaining(['📊 Sondage', 'Quel jour ?', 'Une réponse · Anonyme · Résultats en direct']),
    );
    expect(cardOf(reply).actions?.map((a) => a.title)).toEqual(['Voter', 'Actualiser les résultats']);
  });

  it('replies to a wrong syntax with a help card of examples, and to `poll` alone with a form', async () => {
    const help = cardOf(await say('poll Only one? | Yes'));
    expect(textsOf(help)).toEqual(
      expect.arrayContaining([
        'Create a poll',
        'A poll needs at least 2 options, separated by |.',
        'poll Which day for the meetup? | Tuesday | Thursday | Friday',
      ]),
    );
    const duplicate = cardOf(await say('poll Lunch? | Pizza | pizza'));
    expect(textsOf(duplicate)).toContain('The option "pizza" appears twice.');

    const form = cardOf(await say('poll'));
    expect(walk(form.body).flatMap((e) => (e.id ? [e.id] : []))).toEqual([
      'question',
      'option1',
      'option2',
      'option3',
      'option4',
      'option5',
      'option6',
      'choice',
      'visibility',
      'results',
      'duration',
    ]);
    expect(form.actions).toEqual([expect.objectContaining({ type: 'Action.Execute', verb: 'poll.create' })]);
  });

  it('builds a poll from the form and shows it to everyone in place of the form', async () => {
    const bad = await act('poll.create', { question: 'Snacks?', option1: 'Fruit', option2: '' });
    expect(bad.statusCode).toBe(200);
    expect(textsOf(bad.value)).toContain('That did not work: A poll has 2 to 6 options (you gave 1).');
    expect(walk(bad.value.body).find((e) => e.id === 'question')?.value).toBe('Snacks?');

    const before = connector.calls.length;
    const answer = await act(
      'poll.create',
      {
        question: 'Snacks?',
        option1: 'Fruit',
        option2: 'Cake',
        option3: ' ',
        choice: 'multiple',
        visibility: 'anonymous',
        results: 'live',
        duration: '4h',
      },
      creator,
      { replyToId: 'activity-form-1' },
    );
    expect(answer.statusCode).toBe(200);
    expect(choiceSetOf(answer.value)).toMatchObject({
      isMultiSelect: true,
      choices: [{ title: 'Fruit' }, { title: 'Cake' }],
    });
    // The creator may close it; the shared copy replaces the form for everyone.
    expect(answer.value.actions?.map((a) => a.verb)).toEqual(['poll.vote', 'poll.refresh', 'poll.close']);
    const update = connector.calls.slice(before).find((c) => c.method === 'PUT');
    expect(update).toMatchObject({ conversationId: channel, activityId: 'activity-form-1' });
    expect(textsOf(cardOf(update!))).toContain('Snacks?');
    expect(cardOf(update!).actions?.map((a) => a.verb)).toEqual(['poll.vote', 'poll.refresh']);
  });

  it('counts a vote, changes it, pays points once, and closes with the final results for everyone', async () => {
    const { pollId, messageId } = await newPoll('poll Best editor? | Vim | Emacs | VS Code');
    const voter = member('Vera');

    const first = await act('poll.vote', { pollId, choice: 'o1' }, voter);
    expect(textsOf(first.value)).toEqual(
      expect.arrayContaining(['Thank you, your vote is counted.', '1 · 100 %', '1 vote', voter.name]),
    );
    expect(choiceSetOf(first.value)?.value).toBe('o1');
    expect(first.value.actions?.find((a) => a.verb === 'poll.vote')?.title).toBe('Change my vote');

    const changed = await act('poll.vote', { pollId, choice: 'o2' }, voter);
    expect(textsOf(changed.value)).toContain('Your vote is changed.');
    expect((await pollOf(pollId)).options.map((o) => o.count)).toEqual([0, 1, 0]);
    // A newcomer: one vote on one poll pays once (poll.voted), changing it pays nothing more.
    expect(await earned(voter.aadObjectId)).toBe(1);

    // Bad input gets a card saying so, not an error.
    const unknown = await act('poll.vote', { pollId, choice: 'o9' }, voter);
    expect(textsOf(unknown.value)).toContain('That answer is not one of this poll’s options.');
    const two = await act('poll.vote', { pollId, choice: 'o1,o2' }, voter);
    expect(textsOf(two.value)).toContain('This poll takes one answer: pick a single option.');
    const tampered = await act('poll.vote', { choice: 'o1' }, voter, {}, 400);
    expect(tampered.statusCode).toBe(400);

    // Only its creator or an animator closes it.
    const refused = await act('poll.close', { pollId }, voter);
    expect(textsOf(refused.value)).toContain('Only the poll’s creator or a community animator can do this.');
    expect((await pollOf(pollId)).status).toBe('open');

    const before = connector.calls.length;
    const closed = await act('poll.close', { pollId });
    expect(textsOf(closed.value)).toEqual(expect.arrayContaining(['Final results', '🏆 Emacs', '1 · 100 %']));
    expect(choiceSetOf(closed.value)).toBeUndefined();
    expect(closed.value.actions).toBeUndefined();
    const update = connector.calls.slice(before).filter((c) => c.method === 'PUT');
    expect(update.map((c) => c.activityId)).toEqual([messageId]);
    expect(textsOf(cardOf(update[0]!))).toContain('Final results');

    const late = await act('poll.vote', { pollId, choice: 'o1' }, member('Late'));
    expect(textsOf(late.value)).toContain('This poll is closed: your vote was not counted.');
    expect((await pollOf(pollId)).voters).toBe(1);
  });

  it('counts one vote when one member clicks 100 times in parallel', async () => {
    const { pollId } = await newPoll('poll Tabs or spaces? | Tabs | Spaces | Both');
    const clicker = member('Clicker');
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => act('poll.vote', { pollId, choice: `o${(i % 3) + 1}` }, clicker)),
    );
    expect(answers.every((a) => a.statusCode === 200)).toBe(true);
    const poll = await pollOf(pollId, clicker.aadObjectId);
    expect(poll.voters).toBe(1);
    expect(poll.options.reduce((sum, o) => sum + (o.count ?? 0), 0)).toBe(1);
    expect(poll.options.find((o) => o.id === poll.myVote?.[0])?.count).toBe(1);
    expect(await earned(clicker.aadObjectId)).toBe(1);
  });

  it('counts 30 members voting in parallel exactly (each double-clicking)', async () => {
    const { pollId } = await newPoll('poll multi Which topics? | Testing | Security | Cloud');
    const voters = Array.from({ length: 30 }, () => member('Voter'));
    await Promise.all(
      voters.flatMap((v, i) => {
        const choice = i % 2 === 0 ? `o${(i % 3) + 1}` : `o${(i % 3) + 1},o3`;
        return [act('poll.vote', { pollId, choice }, v), act('poll.vote', { pollId, choice }, v)];
      }),
    );
    const expected = { o1: 0, o2: 0, o3: 0 } as Record<string, number>;
    voters.forEach((_, i) => {
      const ids = i % 2 === 0 ? [`o${(i % 3) + 1}`] : [...new Set([`o${(i % 3) + 1}`, 'o3'])];
      for (const id of ids) expected[id]! += 1;
    });
    const live = await pollOf(pollId);
    expect(live.voters).toBe(30);
    expect(Object.fromEntries(live.options.map((o) => [o.id, o.count]))).toEqual(expected);
    // The final results, recounted from the votes, agree.
    await act('poll.close', { pollId });
    const final = await pollOf(pollId);
    expect(final.voters).toBe(30);
    expect(Object.fromEntries(final.options.map((o) => [o.id, o.count]))).toEqual(expected);
  });

  it('lists at most 60 users for automatic refresh; everyone else has the refresh button', async () => {
    const { pollId } = await newPoll('poll Coffee or tea? | Coffee | Tea');
    const voters = Array.from({ length: 70 }, () => member('Fan'));
    for (let i = 0; i < voters.length; i += 20) {
      await Promise.all(voters.slice(i, i + 20).map((v) => act('poll.vote', { pollId, choice: 'o1' }, v)));
    }
    const refreshed = await act('poll.refresh', { pollId }, member('Viewer'));
    const userIds = refreshed.value.refresh!.userIds;
    expect(userIds).toHaveLength(60);
    expect(new Set(userIds).size).toBe(60);
    expect(userIds[0]).toBe(`29:${creator.aadObjectId}`);
    expect(userIds.every((id) => id.startsWith('29:'))).toBe(true);
    expect(refreshed.value.actions?.map((a) => a.verb)).toContain('poll.refresh');
    expect(textsOf(refreshed.value)).toContain('70 votes');
  });

  it('shows voter names on named polls and never on anonymous ones', async () => {
    const named = await newPoll('poll Named? | Yes | No');
    const anonymous = await newPoll('poll anonymous Secret? | Yes | No');
    const voter = { aadObjectId: randomUUID(), name: 'Ana Visible' };
    const shown = await act('poll.vote', { pollId: named.pollId, choice: 'o1' }, voter);
    expect(textsOf(shown.value)).toContain('Ana Visible');
    expect((await pollOf(named.pollId)).options[0]?.voters).toEqual(['Ana Visible']);

    const hidden = await act('poll.vote', { pollId: anonymous.pollId, choice: 'o1' }, voter);
    expect(JSON.stringify(hidden.value)).not.toContain('Ana Visible');
    const api = await pollOf(anonymous.pollId);
    expect(JSON.stringify(api)).not.toContain('Ana Visible');
    expect(api.options[0]?.count).toBe(1);
  });

  it('keeps results hidden until the poll closes when asked to', async () => {
    const { pollId } = await newPoll('poll hidden Best talk? | Keynote | Panel');
    const voter = member('Hidden');
    const answer = await act('poll.vote', { pollId, choice: 'o2' }, voter);
    expect(textsOf(answer.value)).toEqual(
      expect.arrayContaining(['Results are shown when the poll closes.', '1 vote']),
    );
    expect(textsOf(answer.value).some((text) => text.includes('%'))).toBe(false);
    expect(JSON.stringify(answer.value)).not.toContain(voter.name);
    const before = await pollOf(pollId);
    expect(before.resultsVisible).toBe(false);
    expect(before.options.every((o) => o.count === undefined && o.voters === undefined)).toBe(true);

    await act('poll.close', { pollId });
    const after = await pollOf(pollId);
    expect(after.resultsVisible).toBe(true);
    expect(after.options.map((o) => o.count)).toEqual([0, 1]);
  });

  it('closes polls at their closing time and updates each card once, even when the job runs twice', async () => {
    const { pollId, messageId } = await newPoll('poll Quick one? | A | B | closes 10 min');
    await act('poll.vote', { pollId, choice: 'o2' }, member('Quick'));

    await t.app.pollCloser.tick();
    expect((await pollOf(pollId)).status).toBe('open');

    clock.advance(11 * 60_000);
    const before = connector.calls.length;
    await Promise.all([t.app.pollCloser.tick(), t.app.pollCloser.tick()]);
    await t.app.pollCloser.tick();
    const updates = connector.calls
      .slice(before)
      .filter((c) => c.method === 'PUT' && c.activityId === messageId);
    expect(updates).toHaveLength(1);
    expect(textsOf(cardOf(updates[0]!))).toEqual(expect.arrayContaining(['Final results', '🏆 B']));
    expect((await pollOf(pollId)).status).toBe('closed');
  });

  it('posts a poll from the tab through the outbox; closing or deleting it there updates its card', async () => {
    const team = `19:${randomUUID()}@thread.tacv2`;
    await say('help', creator, { conversationId: team });

    const conversations = await api('/api/v1/conversations', DEMO_ADMIN);
    expect(conversations.status).toBe(200);
    const items = ((await conversations.json()) as { items: { conversationId: string; type: string }[] })
      .items;
    expect(items).toEqual(
      expect.arrayContaining([expect.objectContaining({ conversationId: team, type: 'channel' })]),
    );
    expect((await api('/api/v1/conversations', DEMO_MEMBER)).status).toBe(403);

    const body = {
      question: 'Retro format?',
      options: ['Start/stop/continue', 'Sailboat'],
      choice: 'single',
      anonymous: false,
      results: 'live',
      closesAt: new Date(clock.now().getTime() + 2 * 3_600_000).toISOString(),
      conversationId: team,
    };
    const post = (as: string, b: object) =>
      api('/api/v1/polls', as, { method: 'POST', body: JSON.stringify(b) });
    expect((await post(DEMO_MEMBER, body)).status).toBe(403);
    const invalid = await post(DEMO_ADMIN, { ...body, options: ['Only one'] });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: { code: string } }).error.code).toBe('REQUEST.INVALID');
    const nowhere = await post(DEMO_ADMIN, { ...body, conversationId: '19:nowhere@thread.tacv2' });
    expect(((await nowhere.json()) as { error: { code: string } }).error.code).toBe(
      'POLL.UNKNOWN_CONVERSATION',
    );

    const created = await post(DEMO_ADMIN, body);
    expect(created.status).toBe(201);
    const poll = (await created.json()) as { id: string; posted: boolean };
    expect(poll.posted).toBe(false);

    const before = connector.calls.length;
    await t.app.outboxWorker.tick();
    await t.app.outboxWorker.drain();
    const sent = connector.calls.slice(before).find((c) => c.conversationId === team && c.method === 'POST');
    expect(sent).toBeDefined();
    expect(textsOf(cardOf(sent!))).toContain('Retro format?');
    expect((await pollOf(poll.id)).posted).toBe(true);

    const list = (await (await api('/api/v1/polls', DEMO_ADMIN)).json()) as { items: { id: string }[] };
    expect(list.items.map((p) => p.id)).toContain(poll.id);
    expect((await api('/api/v1/polls', DEMO_MEMBER)).status).toBe(403);

    const closing = connector.calls.length;
    const closed = await api(`/api/v1/polls/${poll.id}/close`, DEMO_ADMIN, { method: 'POST' });
    expect(closed.status).toBe(200);
    const put = connector.calls.slice(closing).find((c) => c.method === 'PUT');
    expect(put?.conversationId).toBe(team);
    // The card speaks its creator's language (Camille chose French).
    expect(textsOf(cardOf(put!))).toContain('Résultats définitifs');

    // Deleting: the card says so, the API forgets it, a late click gets a clear card.
    const other = (await (await post(DEMO_ADMIN, { ...body, question: 'Delete me?' })).json()) as {
      id: string;
    };
    await t.app.outboxWorker.tick();
    await t.app.outboxWorker.drain();
    expect((await api(`/api/v1/polls/${other.id}`, DEMO_MEMBER, { method: 'DELETE' })).status).toBe(403);
    const deleting = connector.calls.length;
    expect((await api(`/api/v1/polls/${other.id}`, DEMO_ADMIN, { method: 'DELETE' })).status).toBe(204);
    const gone = connector.calls.slice(deleting).find((c) => c.method === 'PUT');
    expect(textsOf(cardOf(gone!))).toContain('Ce sondage a été supprimé.');
    expect((await api(`/api/v1/polls/${other.id}`, DEMO_ADMIN)).status).toBe(410);
    const late = await act('poll.vote', { pollId: other.id, choice: 'o1' }, member('Late'));
    expect(textsOf(late.value)).toContain('This poll was deleted.');
  });
});
