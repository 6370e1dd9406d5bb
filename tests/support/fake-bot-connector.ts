import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the connector. */
export interface ConnectorCall {
  method: string;
  path: string;
  conversationId: string;
  replyToId?: string;
  /** PUT (an update of a message in place): the id of the updated message. */
  activityId?: string;
  authorization?: string;
  activity: Record<string, unknown> & {
    type?: string;
    text?: string;
    attachments?: { contentType: string; content: Record<string, unknown> }[];
  };
}

/** Teams' documented limits and injected faults, for the outbox's tests and benchmark. */
export interface FakeConnectorOptions {
  /**
   * Sends allowed in any sliding second: per bot and tenant (Teams: 50) and per conversation
   * (Teams: 7). Beyond them the connector answers 429 with Retry-After, and counts the excess.
   */
  limits?: { perSecond?: number; perConversationPerSecond?: number };
  /** Probabilities per send of an injected 429 (with Retry-After) and of a 502/503/504. */
  faults?: { throttle?: number; serverError?: number; retryAfterSeconds?: number };
  /** Conversations where the bot was removed or blocked: every send there answers 403. */
  blocked?: Set<string>;
  /** Conversations whose every send answers 503 (a message that keeps failing). */
  failing?: Set<string>;
  /** Time the connector takes to answer, in milliseconds. */
  latencyMs?: number;
  /** Seed of the fault dice, so a run can be repeated. */
  seed?: number;
  /** false: do not keep each accepted call (a benchmark of ten thousand messages). Default true. */
  keepCalls?: boolean;
}

/** What the connector saw, by outcome. */
export interface ConnectorStats {
  /** Every request received. */
  requests: number;
  /** Accepted (2xx) messages. */
  accepted: number;
  /** 429s because the sender went over a limit (the sender's fault). */
  overLimit: number;
  /** Injected 429s. */
  throttled: number;
  /** Injected 5xx. */
  serverErrors: number;
  /** 403s to blocked conversations. */
  forbidden: number;
  /** Accepted messages per conversation. */
  perConversation: Map<string, number>;
  /** The most accepted in any sliding second, overall and in one conversation. */
  peakPerSecond: number;
  peakPerConversationPerSecond: number;
}

/**
 * A Bot Connector over real HTTP: receives what the bot sends (replies and proactive messages)
 * and answers like the real service. Tests point activities' serviceUrl at it. With options it
 * enforces Teams' rate limits and injects throttling, server errors and blocked conversations.
 */
export class FakeBotConnector {
  readonly calls: ConnectorCall[] = [];
  readonly stats: ConnectorStats = {
    requests: 0,
    accepted: 0,
    overLimit: 0,
    throttled: 0,
    serverErrors: 0,
    forbidden: 0,
    perConversation: new Map(),
    peakPerSecond: 0,
    peakPerConversationPerSecond: 0,
  };
  private server: Server | undefined;
  private waiters: { count: number; resolve: () => void }[] = [];
  private readonly recent: number[] = [];
  private readonly recentByConversation = new Map<string, number[]>();
  private randomState: number;
  url = '';

  constructor(private readonly options: FakeConnectorOptions = {}) {
    this.randomState = options.seed ?? 42;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Resolves once `count` calls in total have arrived (or rejects after `timeoutMs`). */
  waitForCalls(count: number, timeoutMs = 5000): Promise<ConnectorCall[]> {
    if (this.calls.length >= count) return Promise.resolve(this.calls);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`expected ${count} connector calls, got ${this.calls.length}`)),
        timeoutMs,
      );
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve(this.calls);
        },
      });
    });
  }

  /** Calls addressed to one conversation. */
  to(conversationId: string): ConnectorCall[] {
    return this.calls.filter((c) => c.conversationId === conversationId);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
    // POST sends a message (or a reply); PUT /activities/{activityId} updates one in place.
    const isUpdate = req.method === 'PUT' && match?.[2] !== undefined;
    if (!match || (req.method !== 'POST' && !isUpdate)) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'NotFound', message: `no route ${req.method} ${req.url}` } }));
      return;
    }
    this.stats.requests++;
    const conversationId = decodeURIComponent(match[1]!);
    if (this.options.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs));
    const refusal = this.refusal(conversationId);
    if (refusal) {
      res.writeHead(refusal.status, {
        'content-type': 'application/json',
        ...(refusal.retryAfter !== undefined ? { 'retry-after': String(refusal.retryAfter) } : {}),
      });
      res.end(JSON.stringify({ error: { code: refusal.code, message: refusal.code } }));
      return;
    }
    this.stats.accepted++;
    this.stats.perConversation.set(conversationId, (this.stats.perConversation.get(conversationId) ?? 0) + 1);
    const call: ConnectorCall = {
      method: isUpdate ? 'PUT' : 'POST',
      path: req.url ?? '',
      conversationId,
      ...(match[2] && !isUpdate ? { replyToId: decodeURIComponent(match[2]) } : {}),
      ...(match[2] && isUpdate ? { activityId: decodeURIComponent(match[2]) } : {}),
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      activity: body ? (JSON.parse(body) as ConnectorCall['activity']) : {},
    };
    if (this.options.keepCalls !== false) this.calls.push(call);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({ id: isUpdate ? decodeURIComponent(match[2]!) : `activity-${this.stats.accepted}` }),
    );
    const seen = this.options.keepCalls === false ? this.stats.accepted : this.calls.length;
    this.waiters = this.waiters.filter((w) => {
      if (seen >= w.count) {
        w.resolve();
        return false;
      }
      return true;
    });
  }

  /** Why this send is refused (limits first, then blocked conversations, then injected faults). */
  private refusal(conversationId: string): { status: number; code: string; retryAfter?: number } | undefined {
    const now = performance.now();
    const inWindow = (times: number[]) => {
      while (times.length > 0 && times[0]! <= now - 1000) times.shift();
      return times;
    };
    const all = inWindow(this.recent);
    const mine = inWindow(this.recentByConversation.get(conversationId) ?? []);
    const { perSecond, perConversationPerSecond } = this.options.limits ?? {};
    if (
      (perSecond !== undefined && all.length >= perSecond) ||
      (perConversationPerSecond !== undefined && mine.length >= perConversationPerSecond)
    ) {
      this.stats.overLimit++;
      return { status: 429, code: 'TooManyRequests', retryAfter: 1 };
    }
    if (this.options.blocked?.has(conversationId)) {
      this.stats.forbidden++;
      return { status: 403, code: 'BotNotInConversationRoster' };
    }
    if (this.options.failing?.has(conversationId)) {
      this.stats.serverErrors++;
      return { status: 503, code: 'ServiceUnavailable' };
    }
    const faults = this.options.faults ?? {};
    const dice = this.random();
    if (faults.throttle && dice < faults.throttle) {
      this.stats.throttled++;
      return { status: 429, code: 'Throttled', retryAfter: faults.retryAfterSeconds ?? 1 };
    }
    if (faults.serverError && dice < (faults.throttle ?? 0) + faults.serverError) {
      this.stats.serverErrors++;
      return { status: [502, 503, 504][Math.floor(this.random() * 3)]!, code: 'ServiceError' };
    }
    // Accepted: it counts toward the windows.
    all.push(now);
    mine.push(now);
    if (!this.recentByConversation.has(conversationId)) this.recentByConversation.set(conversationId, mine);
    this.stats.peakPerSecond = Math.max(this.stats.peakPerSecond, all.length);
    this.stats.peakPerConversationPerSecond = Math.max(this.stats.peakPerConversationPerSecond, mine.length);
    if (this.recentByConversation.size > 5000) {
      for (const [id, times] of this.recentByConversation)
        if (inWindow(times).length === 0) this.recentByConversation.delete(id);
    }
    return undefined;
  }

  /** mulberry32: small, fast and repeatable. */
  private random(): number {
    let t = (this.randomState += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}
