import { randomUUID } from 'node:crypto';
import { ApiPaths } from '../../contracts/routes';
import { messageActivity, postActivity } from '../support/activities';
import { asMember } from '../support/api-client';
import { FakeBotConnector, type ConnectorCall } from '../support/fake-bot-connector';
import { startTestApp, type TestApp } from '../support/test-app';

interface Settings {
  language: string | null;
  timeZone: string | null;
  quietHours: { start: string; end: string } | null;
  weeklyCap: number | null;
  mutedKinds: string[];
  defaults: { weeklyCap: number; quietHours: { start: string; end: string } | null };
  activeKinds: string[];
}
interface ApiError {
  error: { code: string; message: string };
}
interface CardElement {
  type: string;
  id?: string;
  text?: string;
  title?: string;
  value?: unknown;
  color?: string;
  verb?: string;
  items?: CardElement[];
  columns?: CardElement[];
}
interface Card {
  type: string;
  version: string;
  body: CardElement[];
  actions: CardElement[];
}

/** Every element of a card, depth first (containers and columns included). */
const elementsOf = (card: Card): CardElement[] => {
  const walk = (elements: CardElement[]): CardElement[] =>
    elements.flatMap((e) => [e, ...walk(e.items ?? []), ...walk(e.columns ?? [])]);
  return walk(card.body);
};
const cardOf = (call: ConnectorCall) => call.activity.attachments?.[0]?.content as unknown as Card;
const input = (card: Card, id: string) => elementsOf(card).find((e) => e.id === id);

describe('Member settings: API and the bot’s settings card, over real HTTP', () => {
  let connector: FakeBotConnector;
  let t: TestApp;

  beforeAll(async () => {
    connector = await new FakeBotConnector().start();
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
    await connector.stop();
  });

  /** A member who has never set anything, created on first sight. */
  const newMember = async (language = 'en') => {
    const m = asMember(t, randomUUID(), language);
    expect((await m.get(ApiPaths.me)).status).toBe(200);
    return m;
  };

  describe('GET and PUT /api/v1/me/settings', () => {
    it('shows a new member the community’s defaults and every kind of nudge switched on', async () => {
      const m = await newMember();
      const { status, body } = await m.get<Settings>(ApiPaths.mySettings);
      expect(status).toBe(200);
      expect(body).toEqual({
        language: null,
        timeZone: null,
        quietHours: null,
        weeklyCap: null,
        mutedKinds: [],
        defaults: { weeklyCap: 5, quietHours: null },
        activeKinds: ['welcome', 'quiet', 'circlePosts', 'replies', 'events', 'digest', 'badges', 'quizzes'],
      });
    });

    it('saves language, time zone, quiet hours, weekly cap and switched-off kinds, and keeps what is not sent', async () => {
      const m = await newMember();
      const saved = await m.put<Settings>(ApiPaths.mySettings, {
        language: 'fr',
        timeZone: 'America/Montreal',
        quietHours: { start: '21:30', end: '07:00' },
        weeklyCap: 3,
        mutedKinds: ['quiet', 'digest', 'quiet'],
      });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        language: 'fr',
        timeZone: 'America/Montreal',
        quietHours: { start: '21:30', end: '07:00' },
        weeklyCap: 3,
        mutedKinds: ['quiet', 'digest'],
      });
      // The chosen language is the member's everywhere (the bot and /me read the same field).
      expect((await m.get<{ language: string }>(ApiPaths.me)).body.language).toBe('fr');

      // Only the weekly cap changes; the rest stays as saved.
      const capOnly = await m.put<Settings>(ApiPaths.mySettings, { weeklyCap: 0 });
      expect(capOnly.body).toMatchObject({
        language: 'fr',
        timeZone: 'America/Montreal',
        quietHours: { start: '21:30', end: '07:00' },
        weeklyCap: 0,
        mutedKinds: ['quiet', 'digest'],
      });

      // null clears the quiet hours (the community's default applies again).
      const cleared = await m.put<Settings>(ApiPaths.mySettings, { quietHours: null, mutedKinds: [] });
      expect(cleared.body.quietHours).toBeNull();
      expect(cleared.body.mutedKinds).toEqual([]);
      expect((await m.get<Settings>(ApiPaths.mySettings)).body).toMatchObject({
        quietHours: null,
        weeklyCap: 0,
        timeZone: 'America/Montreal',
      });
    });

    it('refuses an unknown time zone with SETTINGS.BAD_TIME_ZONE in the reader’s language, changing nothing', async () => {
      const m = await newMember('fr');
      await m.put(ApiPaths.mySettings, { timeZone: 'Europe/Paris', weeklyCap: 4 });
      const bad = await m.put<ApiError>(ApiPaths.mySettings, { timeZone: 'Mars/Olympus_Mons', weeklyCap: 9 });
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('SETTINGS.BAD_TIME_ZONE');
      expect(bad.body.error.message).toBe(
        '« Mars/Olympus_Mons » n’est pas un fuseau horaire. Choisissez-en un dans la liste, comme Europe/Paris.',
      );
      expect((await m.get<Settings>(ApiPaths.mySettings)).body).toMatchObject({
        timeZone: 'Europe/Paris',
        weeklyCap: 4,
      });
    });

    it('accepts every zone the runtime lists, including UTC', async () => {
      const m = await newMember();
      for (const zone of ['UTC', 'Asia/Kolkata', 'America/Argentina/Buenos_Aires', 'Pacific/Chatham']) {
        const { status, body } = await m.put<Settings>(ApiPaths.mySettings, { timeZone: zone });
        expect({ zone, status, saved: body.timeZone }).toEqual({ zone, status: 200, saved: zone });
      }
    });

    it.each([
      [{ quietHours: { start: '25:00', end: '07:00' } }, 'REQUEST.INVALID', /quietHours\.start/],
      [{ quietHours: { start: '22:00' } }, 'REQUEST.INVALID', /quietHours\.end/],
      [{ quietHours: { start: '22:00', end: '22:00' } }, 'SETTINGS.BAD_QUIET_HOURS', /different/],
      [{ weeklyCap: 51 }, 'REQUEST.INVALID', /weeklyCap/],
      [{ weeklyCap: 2.5 }, 'REQUEST.INVALID', /weeklyCap/],
      [{ mutedKinds: ['everything'] }, 'REQUEST.INVALID', /mutedKinds/],
      [{ language: 'de' }, 'REQUEST.INVALID', /language/],
    ])('answers %j with 400 %s saying what to fix', async (body, code, message) => {
      const m = await newMember();
      const res = await m.put<ApiError>(ApiPaths.mySettings, body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toMatch(message);
    });

    it('needs a well-formed identity', async () => {
      const res = await t.fetch(ApiPaths.mySettings, { headers: { 'x-dev-user': 'not a valid id!' } });
      expect(res.status).toBe(400);
      expect(((await res.json()) as ApiError).error.code).toBe('AUTH.BAD_DEV_USER');
    });
  });

  describe('the settings command and card', () => {
    const personal = (aadObjectId: string, locale = 'en-US') => ({
      serviceUrl: connector.url,
      aadObjectId,
      name: 'Sam Settings',
      conversationId: `a:settings-${aadObjectId}`,
      locale,
    });
    const ask = async (text: string, aadObjectId: string, locale?: string) => {
      const before = connector.calls.length;
      const res = await postActivity(t.baseUrl, messageActivity(text, personal(aadObjectId, locale)));
      expect(res.status).toBe(200);
      const [reply] = (await connector.waitForCalls(before + 1)).slice(before);
      return cardOf(reply!);
    };
    const save = async (aadObjectId: string, data: Record<string, unknown>, locale?: string) => {
      const res = await postActivity(t.baseUrl, {
        ...messageActivity('', personal(aadObjectId, locale)),
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'settings.save', data } },
      });
      expect(res.status).toBe(200);
      return (await res.json()) as { statusCode: number; value: Card };
    };

    it('answers "settings" with a card: language, time zone, quiet hours, weekly cap, a switch per nudge and Save', async () => {
      const id = randomUUID();
      const card = await ask('settings', id);
      expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
      expect(card.body.find((e) => e.type === 'TextBlock' && e.text === 'Your settings')).toBeDefined();
      expect(input(card, 'language')).toMatchObject({ type: 'Input.ChoiceSet', value: 'en' });
      expect(input(card, 'timeZone')).toMatchObject({ type: 'Input.Text' });
      expect(input(card, 'quietHoursOn')).toMatchObject({ type: 'Input.Toggle', value: 'false' });
      expect(input(card, 'quietStart')).toMatchObject({ type: 'Input.Time', value: '22:00' });
      expect(input(card, 'weeklyCap')).toMatchObject({ type: 'Input.Number' });
      const toggles = elementsOf(card).filter((e) => e.id?.startsWith('get_'));
      expect(toggles.map((e) => e.id)).toEqual([
        'get_welcome',
        'get_quiet',
        'get_circlePosts',
        'get_replies',
        'get_events',
        'get_digest',
        'get_badges',
        'get_quizzes',
      ]);
      expect(toggles.every((e) => e.type === 'Input.Toggle' && e.value === 'true')).toBe(true);
      expect(card.actions[0]).toMatchObject({ type: 'Action.Execute', verb: 'settings.save', title: 'Save' });
      expect(card.actions.length).toBeLessThanOrEqual(6);
    });

    it('keeps settings out of channels: it asks for the personal chat instead', async () => {
      const before = connector.calls.length;
      const res = await postActivity(
        t.baseUrl,
        messageActivity('settings', {
          serviceUrl: connector.url,
          aadObjectId: randomUUID(),
          conversationType: 'channel',
          conversationId: '19:general@thread.tacv2',
        }),
      );
      expect(res.status).toBe(200);
      const [reply] = (await connector.waitForCalls(before + 1)).slice(before);
      expect(reply!.activity.attachments ?? []).toEqual([]);
      expect(reply!.activity.text).toBe(
        'Your settings are yours: write **settings** to me in our personal chat.',
      );
    });

    it('answers "réglages" and "paramètres" in French', async () => {
      const id = randomUUID();
      for (const word of ['réglages', 'Paramètres']) {
        const card = await ask(word, id, 'fr-FR');
        expect(card.body.some((e) => e.text === 'Vos réglages')).toBe(true);
        expect(card.actions[0]).toMatchObject({ verb: 'settings.save', title: 'Enregistrer' });
      }
    });

    it('saves from the card and updates it in place with a confirmation, in the language just chosen', async () => {
      const id = randomUUID();
      await ask('settings', id);
      const answer = await save(id, {
        language: 'fr',
        timeZone: 'Europe/Paris',
        quietHoursOn: 'true',
        quietStart: '21:30',
        quietEnd: '07:15',
        weeklyCap: '2',
        get_welcome: 'true',
        get_quiet: 'true',
        get_circlePosts: 'false',
        get_replies: 'true',
        get_events: 'true',
        get_digest: 'false',
        get_badges: 'true',
        get_quizzes: 'true',
      });
      expect(answer.statusCode).toBe(200);
      expect(answer.value.body[0]).toMatchObject({
        text: 'Enregistré. Vos réglages sont à jour.',
        color: 'Good',
      });
      expect(input(answer.value, 'get_digest')?.value).toBe('false');
      expect(input(answer.value, 'quietStart')?.value).toBe('21:30');
      const settings = await asMember(t, id).get<Settings>(ApiPaths.mySettings);
      expect(settings.body).toMatchObject({
        language: 'fr',
        timeZone: 'Europe/Paris',
        quietHours: { start: '21:30', end: '07:15' },
        weeklyCap: 2,
        mutedKinds: ['circlePosts', 'digest'],
      });

      // Switching quiet hours off clears them; an empty cap keeps the saved one.
      const off = await save(id, {
        quietHoursOn: 'false',
        quietStart: '21:30',
        quietEnd: '07:15',
        weeklyCap: '',
      });
      expect(off.value.body[0]?.color).toBe('Good');
      expect((await asMember(t, id).get<Settings>(ApiPaths.mySettings)).body).toMatchObject({
        quietHours: null,
        weeklyCap: 2,
        mutedKinds: ['circlePosts', 'digest'],
      });
    });

    it('answers bad values in the card itself, in the member’s language, and saves nothing', async () => {
      const id = randomUUID();
      await ask('réglages', id, 'fr-FR');
      const zone = await save(id, { timeZone: 'Paris', get_digest: 'false' }, 'fr-FR');
      expect(zone.statusCode).toBe(200);
      expect(zone.value.body[0]).toMatchObject({
        text: '« Paris » n’est pas un fuseau horaire. Choisissez-en un dans la liste, comme Europe/Paris.',
        color: 'Attention',
      });
      const cap = await save(id, { weeklyCap: 'lots', quietStart: '9h' }, 'fr-FR');
      expect(cap.value.body[0]?.color).toBe('Attention');
      expect(cap.value.body[0]?.text).toMatch(/^Merci de vérifier : /);
      expect(cap.value.body[0]?.text).toMatch(/plafond hebdomadaire/);
      expect(cap.value.body[0]?.text).toMatch(/heures calmes/);
      const same = await asMember(t, id).get<Settings>(ApiPaths.mySettings);
      expect(same.body).toMatchObject({ timeZone: null, weeklyCap: null, mutedKinds: [] });
    });
  });
});
