import { asMember, type MemberClient } from '../support/api-client';
import { startTestApp, type TestApp } from '../support/test-app';

const CAMILLE = 'c0ffee00-0000-4000-8000-0000000000a1';
const ALEX = 'c0ffee00-0000-4000-8000-0000000000a2';
const SOFIA = 'c0ffee00-0000-4000-8000-0000000000a6';

interface FeedPage {
  items: { post: { id: string; title: string; publishedAt: string }; isNew: boolean; reason: string }[];
  continuation?: string;
  newCount: number;
}

describe('Home feed pagination', () => {
  let t: TestApp;
  let alex: MemberClient;
  let sofia: MemberClient;
  const created: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const camille = asMember(t, CAMILLE);
    alex = asMember(t, ALEX);
    sofia = asMember(t, SOFIA);
    for (const m of [camille, alex, sofia]) {
      await m.get('/api/v1/me');
      await m.put('/api/v1/charter/acknowledgement', { version: 1 });
    }
    await camille.put('/api/v1/community/settings', {
      rateLimits: { postsPerHour: 1000, commentsPerHour: 1000 },
    });
    // More posts than the ranked head holds, so paging reaches the chronological tail too.
    for (let n = 0; n < 240; n++) {
      const res = await alex.post<{ id: string }>('/api/v1/posts', {
        circleId: n % 3 === 0 ? 'llm-practice' : 'community',
        type: 'article',
        title: `Post number ${n}`,
      });
      created.push(res.body.id);
    }
  });

  afterAll(async () => {
    await t.close();
  });

  it('pages with no duplicates or gaps while new posts and reactions arrive', async () => {
    const seen: string[] = [];
    let page = (await sofia.get<FeedPage>('/api/v1/feed')).body;
    seen.push(...page.items.map((i) => i.post.id));
    expect(page.items).toHaveLength(20);
    let pages = 1;
    const arrivals: string[] = [];
    const tokens: string[] = [];
    while (page.continuation) {
      tokens.push(page.continuation);
      // The world moves between pages: new posts, and reactions that would change the ranking.
      const fresh = await alex.post<{ id: string }>('/api/v1/posts', {
        circleId: 'community',
        type: 'article',
        title: `Arrived during page ${pages}`,
      });
      arrivals.push(fresh.body.id);
      for (const id of seen.slice(-3))
        await sofia.put(`/api/v1/posts/${id}/reaction`, { reaction: 'insightful' });
      await alex.put(`/api/v1/posts/${created[created.length - pages]!}/reaction`, { reaction: 'like' });
      page = (await sofia.get<FeedPage>(`/api/v1/feed?continuation=${encodeURIComponent(page.continuation)}`))
        .body;
      seen.push(...page.items.map((i) => i.post.id));
      pages++;
      if (pages > 50) throw new Error('the feed does not end');
    }
    expect(new Set(seen).size).toBe(seen.length); // no duplicates
    // Sofia is in the community circle, not in "LLM in practice" (open): its posts come only through tags.
    const expected = created.filter((_, n) => n % 3 !== 0);
    for (const id of expected) expect(seen).toContain(id); // no gaps
    for (const id of arrivals) expect(seen).not.toContain(id); // newcomers wait for the refresh
    expect(pages).toBeGreaterThanOrEqual(9);
    // The ranked head ran out and paging went on through the chronological tail.
    expect(tokens.some((token) => /^fs1\.[^.]+\.t/.test(token))).toBe(true);

    // A refresh starts a new ranking that includes the newcomers, marked as new since the last visit.
    const refreshed: FeedPage['items'] = [];
    let next: string | undefined;
    do {
      const p = (
        await sofia.get<FeedPage>(`/api/v1/feed${next ? `?continuation=${encodeURIComponent(next)}` : ''}`)
      ).body;
      refreshed.push(...p.items);
      next = p.continuation;
    } while (next);
    const arrived = refreshed.filter((i) => arrivals.includes(i.post.id));
    expect(arrived.map((i) => i.post.id).sort()).toEqual([...arrivals].sort());
    expect(arrived.every((i) => i.isNew)).toBe(true);
    // What was already there when Sofia last looked is no longer new.
    expect(refreshed.filter((i) => created.includes(i.post.id)).some((i) => i.isNew)).toBe(false);
  });

  it('refuses a forged or foreign continuation token with a clear error', async () => {
    const bad = await sofia.get<{ error: { code: string } }>(
      '/api/v1/feed?continuation=fs1.AAAAAAAAAAAA.o20',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('REQUEST.BAD_CONTINUATION');
    const garbage = await sofia.get<{ error: { code: string } }>('/api/v1/feed?continuation=%3Cscript%3E');
    expect(garbage.body.error.code).toBe('REQUEST.BAD_CONTINUATION');
    // Someone else's session is not found in my partition.
    const mine = (await alex.get<FeedPage>('/api/v1/feed')).body.continuation!;
    expect(
      (await sofia.get<{ error: { code: string } }>(`/api/v1/feed?continuation=${encodeURIComponent(mine)}`))
        .body.error.code,
    ).toBe('REQUEST.BAD_CONTINUATION');
  });

  it('pages a circle feed newest first without repeats', async () => {
    const seen: string[] = [];
    let continuation: string | undefined;
    do {
      const page = await sofia.get<{ items: { id: string; publishedAt: string }[]; continuation?: string }>(
        `/api/v1/circles/community/posts${continuation ? `?continuation=${encodeURIComponent(continuation)}` : ''}`,
      );
      const times = page.body.items.map((p) => p.publishedAt);
      expect([...times].sort().reverse()).toEqual(times);
      seen.push(...page.body.items.map((p) => p.id));
      continuation = page.body.continuation;
    } while (continuation);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(160);
  });

  it('resurfaces a well-loved older post once, to a member who never saw it', async () => {
    const app = await startTestApp();
    try {
      const julien = asMember(app, 'c0ffee00-0000-4000-8000-0000000000a5'); // not in "LLM in practice"
      const inLlm = asMember(app, 'c0ffee00-0000-4000-8000-0000000000aa');
      const first = (await julien.get<FeedPage>('/api/v1/feed')).body;
      const evergreen = first.items.filter((i) => i.reason === 'evergreen').map((i) => i.post.id);
      expect(evergreen).toContain('prompt-checklist');
      // Seen once: the next feed does not bring it back.
      const second = (await julien.get<FeedPage>('/api/v1/feed')).body;
      expect(second.items.map((i) => i.post.id)).not.toContain('prompt-checklist');
      // A member of its circle already had it in their circle feed: no "from the archive" for them.
      const member = (await inLlm.get<FeedPage>('/api/v1/feed')).body;
      expect(member.items.filter((i) => i.reason === 'evergreen').map((i) => i.post.id)).not.toContain(
        'prompt-checklist',
      );
    } finally {
      await app.close();
    }
  });
});
