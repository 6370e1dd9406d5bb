import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import WebSocket from 'ws';
import { loadConfig } from '../../bot/src/config';
import { DEMO_MEMBERS, DEMO_PLAYGROUND_USER } from '../../bot/src/seed/demo-community';
import {
  PLAYGROUND_CONFIG_FILE,
  playgroundConfig,
  playgroundConfigYaml,
  startPlayground,
  type PlaygroundConfigFile,
  type RunningPlayground,
} from '../../bot/tools/playground';
import { DEMO_TENANT } from '../support/activities';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * `npm run playground` against the real @microsoft/m365agentsplayground (pinned), driven headless
 * through the internal HTTP and WebSocket API its web UI uses (undocumented: a version bump may
 * move it, and this test is what says so).
 */

/**
 * The config file schema, as the pinned playground bundles it (its own validator is not exported).
 * It is draft-07; the keywords it uses mean the same in draft-04, which the project's Ajv speaks.
 */
function bundledConfigSchema(): Record<string, unknown> {
  const bundle = readFileSync(require.resolve('@microsoft/m365agentsplayground/dist/index.js'), 'utf8');
  const id = 'https://aka.ms/teams-app-test-tool-config/0.1.1/config.schema.json';
  const start = bundle.indexOf(`JSON.parse('{"$id":"${id}"`);
  // The schema is a JS string literal: JSON with ' and \ escaped.
  const literal =
    start < 0 ? undefined : /^JSON\.parse\('((?:[^'\\]|\\.)*)'\)/.exec(bundle.slice(start))?.[1];
  if (!literal) throw new Error('The config schema is no longer where it was in the playground bundle');
  const parsed = JSON.parse(literal.replace(/\\(['\\])/g, '$1')) as Record<string, unknown>;
  const { $schema: _draft07, ...schema } = parsed;
  return schema;
}

describe('The config file for the Agents Playground', () => {
  const config = loadConfig({ NODE_ENV: 'test' });
  const file = playgroundConfig(config);

  it('passes the schema the playground validates it with', () => {
    const validate = new Ajv04({ strict: false, allErrors: true }).compile(bundledConfigSchema());
    expect(validate(file) ? [] : validate.errors).toEqual([]);
    // The schema is really applied: it wants exactly five other users.
    expect(validate({ ...file, users: file.users.slice(1) })).toBe(false);
  });

  it('puts the playground in the demo tenant, as the demo admin among five other demo members', () => {
    expect(file.tenantId).toBe(DEMO_TENANT);
    expect(file.currentUser).toMatchObject({
      id: DEMO_PLAYGROUND_USER.id,
      aadObjectId: DEMO_PLAYGROUND_USER.id,
      name: 'Camille Durand',
      givenName: 'Camille',
      surname: 'Durand',
      email: 'camille.durand@guildhall.example',
    });
    const demoIds = new Set(DEMO_MEMBERS.map((m) => m.id));
    expect(file.users).toHaveLength(5);
    for (const user of file.users) {
      expect(demoIds.has(user.id)).toBe(true);
      expect(user.aadObjectId).toBe(user.id);
      expect(user.id).not.toBe(DEMO_PLAYGROUND_USER.id);
    }
    expect(file.users.find((u) => u.name === 'Inès Benali')?.email).toBe('ines.benali@guildhall.example');
  });

  it('writes every value as a double-quoted YAML scalar', () => {
    const yaml = playgroundConfigYaml(config);
    expect(yaml).toContain(`\ntenantId: "${DEMO_TENANT}"\n`);
    expect(yaml).toContain(`\ncurrentUser:\n  id: "${DEMO_PLAYGROUND_USER.id}"\n  name: "Camille Durand"\n`);
    expect(yaml).toContain('\n  - id: "c0ffee00-0000-4000-8000-0000000000a3"\n    name: "Inès Benali"\n');
    expect(yaml).toContain('\n  channels:\n    - id: ');
    // Only comments, keys with nested blocks, and "key: "value"" lines: nothing a parser could misread.
    for (const line of yaml.split('\n').filter((l) => l !== '' && !l.startsWith('#'))) {
      expect(line).toMatch(/^ *(- )?[A-Za-z]+:( "([^"\\]|\\.)*")?$/);
    }
  });
});

/** A card's visible text: TextBlocks and FactSet titles and values. */
interface AdaptiveCard {
  type: string;
  body: { type: string; text?: string; facts?: { title: string; value: string }[] }[];
  actions?: { type: string; title?: string }[];
}

/** What the conversation stream pushes when a message appears in a chat. */
interface ConversationFrame {
  action: string;
  actionConversationId: string;
  message: {
    messageId: string;
    timestamp: number;
    from: { id: string };
    text?: string;
    attachments?: { contentType: string; content: AdaptiveCard }[];
  };
}

/** What the log stream pushes: a line of its log panel, or an activity once the bot answered it. */
interface LogFrame {
  logAction: string;
  log: {
    displayText?: string;
    conversationId?: string;
    activityName?: string;
    response?: { statusCode: number };
  };
}

const textsOf = (card: AdaptiveCard | undefined) =>
  (card?.body ?? []).flatMap((b) => [b.text ?? '', ...(b.facts ?? []).flatMap((f) => [f.title, f.value])]);

/** A WebSocket that keeps every JSON frame (the playground replays its history on connect). */
class FrameStream<T> {
  readonly frames: T[] = [];
  private listeners: (() => void)[] = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: WebSocket.RawData) => {
      const bytes = Array.isArray(data)
        ? Buffer.concat(data)
        : data instanceof ArrayBuffer
          ? Buffer.from(data)
          : data;
      this.frames.push(JSON.parse(bytes.toString('utf8')) as T);
      for (const listener of this.listeners) listener();
    });
  }

  static async open<T>(url: string): Promise<FrameStream<T>> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new FrameStream<T>(socket);
  }

  /** Resolves with the frames once `done(frames)` holds; rejects after `timeoutMs`. */
  until(done: (frames: T[]) => boolean, timeoutMs = 5000): Promise<T[]> {
    if (done(this.frames)) return Promise.resolve(this.frames);
    return new Promise((resolve, reject) => {
      const listener = () => {
        if (!done(this.frames)) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve(this.frames);
      };
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`timed out after ${timeoutMs} ms; ${this.frames.length} frames so far`));
      }, timeoutMs);
      this.listeners.push(listener);
    });
  }

  async close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}

describe('Chatting with Guildhall through the real Agents Playground (headless)', () => {
  let t: TestApp;
  let cwd: string;
  let playground: RunningPlayground;
  let api: string;
  let chats: FrameStream<ConversationFrame>;
  let logs: FrameStream<LogFrame>;
  let file: PlaygroundConfigFile;

  beforeAll(async () => {
    t = await startTestApp();
    cwd = mkdtempSync(join(tmpdir(), 'guildhall-playground-'));
    file = playgroundConfig(t.app.config);
    writeFileSync(join(cwd, PLAYGROUND_CONFIG_FILE), playgroundConfigYaml(t.app.config));
    playground = await startPlayground({ botEndpoint: `${t.baseUrl}/api/messages`, port: 0, cwd });
    api = `http://127.0.0.1:${playground.port}`;
    const ws = `ws://127.0.0.1:${playground.port}`;
    chats = await FrameStream.open<ConversationFrame>(`${ws}/_ws_conversation/v1/conversations/stream`);
    logs = await FrameStream.open<LogFrame>(`${ws}/_ws/log/stream`);
  });

  afterAll(async () => {
    await chats?.close();
    await logs?.close();
    await playground?.stop();
    await t?.close();
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  });

  const botMessagesIn = (conversationId: string, frames = chats.frames) =>
    frames
      .filter((f) => f.action === 'createMessage' && f.actionConversationId === conversationId)
      .map((f) => f.message)
      .filter((m) => m.from.id === file.bot.id);

  /** Sends a message as the current user, as the web UI does, and waits for the bot's next message. */
  const say = async (text: string, conversationId = file.personalChat.id) => {
    // Each turn so far has finished with its reply, and the stream keeps order: the next one is ours.
    const before = botMessagesIn(conversationId).length;
    const response = await fetch(
      `${api}/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ from: { id: file.currentUser.id }, text, textFormat: 'plain' }),
      },
    );
    expect(response.status).toBe(200);
    await response.body?.cancel();
    const frames = await chats.until((f) => botMessagesIn(conversationId, f).length > before);
    return botMessagesIn(conversationId, frames)[before]!;
  };

  it('loads our config file: the demo tenant, the demo admin as the user, Guildhall as the bot', async () => {
    const response = await fetch(`${api}/_internal/v1/config`);
    const { config } = (await response.json()) as { config: Record<string, unknown> };
    expect(config).toMatchObject({
      tenantId: DEMO_TENANT,
      bot: file.bot,
      currentUser: file.currentUser,
      users: file.users,
      personalChat: { id: file.personalChat.id },
    });
    // Its log panel says which file it read (it may still be writing that panel as we connect).
    const loaded = `Configuration file is loaded from ${join(cwd, PLAYGROUND_CONFIG_FILE)}.`;
    await logs.until((frames) => frames.some((f) => f.log.displayText === loaded));
  });

  it('greets once when the chat is opened, though the playground sends two install events', async () => {
    const chat = file.personalChat.id;
    // What the web UI calls when it opens a chat; headless, nothing is installed until then.
    const response = await fetch(`${api}/_debug/conversation/${encodeURIComponent(chat)}/installation`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(200);
    // The playground logs each activity once the bot has answered it (after the bot's replies).
    const answered = (name: string) => (frames: LogFrame[]) =>
      frames.some((f) => f.log.conversationId === chat && f.log.activityName === name && f.log.response);
    await logs.until(
      (frames) => answered('installationUpdate')(frames) && answered('conversationUpdate')(frames),
    );
    // The help card comes, on the same stream, after any second greeting the install events caused.
    await say('help');
    const isHelp = (m: ConversationFrame['message']) =>
      textsOf(m.attachments?.[0]?.content)[0] === 'Ce que je sais faire';
    await chats.until((frames) => botMessagesIn(chat, frames).some(isHelp));

    const greetings = botMessagesIn(chat).filter((m) =>
      /^(Welcome to|Bienvenue dans) /.test(textsOf(m.attachments?.[0]?.content)[0] ?? ''),
    );
    expect(greetings).toHaveLength(1);
    const texts = textsOf(greetings[0]!.attachments?.[0]?.content);
    // The greeting follows the Teams client's locale (here the playground's: the machine's), not the
    // member's chosen language, and the two install events carry different locales, so accept both.
    expect(texts[0]).toMatch(/^(Welcome to Data & AI community|Bienvenue dans Communauté Data & IA)$/);
    expect(texts.join(' ')).toMatch(/We help everyone|Nous aidons toutes celles et ceux/);
  });

  it('answers "help" with the commands card in the language the demo admin chose (French)', async () => {
    const reply = await say('help');
    const card = reply.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card?.content.type).toBe('AdaptiveCard');
    expect(textsOf(card?.content)).toEqual(
      expect.arrayContaining(['Ce que je sais faire', 'aide', 'charte']),
    );
    expect(card?.content.actions?.[0]).toMatchObject({ type: 'Action.OpenUrl', title: 'Ouvrir Guildhall' });
  });

  it('answers "aide" too, and the charter with the seeded community', async () => {
    expect(textsOf((await say('aide')).attachments?.[0]?.content)[0]).toBe('Ce que je sais faire');
    const charter = textsOf((await say('charte')).attachments?.[0]?.content).join(' ');
    expect(charter).toMatch(/Notre charte \(version 1\)/);
  });
});

describe('startPlayground', () => {
  it('fails with the playground’s own reason when it rejects the config file', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'guildhall-playground-bad-'));
    try {
      const yaml = playgroundConfigYaml(loadConfig({ NODE_ENV: 'test' }));
      // Drop the last of the five users (seven lines each): the schema wants exactly five.
      const lines = yaml.split('\n');
      const personal = lines.indexOf('personalChat:');
      writeFileSync(
        join(cwd, PLAYGROUND_CONFIG_FILE),
        [...lines.slice(0, personal - 7), ...lines.slice(personal)].join('\n'),
      );
      await expect(
        startPlayground({ botEndpoint: 'http://127.0.0.1:9/api/messages', port: 0, cwd }),
      ).rejects.toThrow(
        /exited during start-up \(1\)[\s\S]*YAML path "\/users": must NOT have fewer than 5 items/,
      );
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
