import { asMember, type MemberClient } from '../support/api-client';
import { startTestApp, type TestApp } from '../support/test-app';

const CAMILLE = 'c0ffee00-0000-4000-8000-0000000000a1'; // admin, member of every demo circle
const ALEX = 'c0ffee00-0000-4000-8000-0000000000a2'; // animator, in "Data leaders" (private)
const SOFIA = 'c0ffee00-0000-4000-8000-0000000000a6'; // in no private circle

interface PostBody {
  id: string;
  circle: { id: string };
}

describe('Private circles are invisible to non-members on every route', () => {
  let t: TestApp;
  let alex: MemberClient;
  let sofia: MemberClient;
  let secretCommentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    alex = asMember(t, ALEX);
    sofia = asMember(t, SOFIA);
    const camille = asMember(t, CAMILLE);
    // Everyone says hello first (members are created on first sight) and accepts the charter.
    for (const m of [alex, sofia, camille]) {
      await m.get('/api/v1/me');
      await m.put('/api/v1/charter/acknowledgement', { version: 1 });
    }
    const comment = await alex.post<{ id: string }>('/api/v1/posts/leaders-budget/comments', {
      body: 'We also track cost per thousand predictions.',
    });
    expect(comment.status).toBe(201);
    secretCommentId = comment.body.id;
    await alex.post('/api/v1/posts', {
      circleId: 'data-leaders',
      type: 'idea',
      title: 'Confidential reorganisation idea',
      body: 'Merge the two platform teams (zebracorn).',
      tags: ['zebracorn'],
    });
  });

  afterAll(async () => {
    await t.close();
  });

  it('lets a member read the private circle, its posts and comments', async () => {
    expect((await alex.get('/api/v1/circles/data-leaders')).status).toBe(200);
    expect((await alex.get('/api/v1/posts/leaders-budget')).status).toBe(200);
    const comments = await alex.get<{ items: unknown[] }>('/api/v1/posts/leaders-budget/comments');
    expect(comments.body.items).toHaveLength(1);
    const search = await alex.get<{ posts: PostBody[]; circles: { id: string }[] }>(
      '/api/v1/search?q=zebracorn',
    );
    expect(search.body.posts.map((p) => p.circle.id)).toEqual(['data-leaders']);
  });

  it.each([
    ['the circle', '/api/v1/circles/data-leaders', 'CIRCLE.NOT_FOUND'],
    ['its members', '/api/v1/circles/data-leaders/members', 'CIRCLE.NOT_FOUND'],
    ['its feed', '/api/v1/circles/data-leaders/posts', 'CIRCLE.NOT_FOUND'],
    ['a post', '/api/v1/posts/leaders-budget', 'POST.NOT_FOUND'],
    ['its comments', '/api/v1/posts/leaders-budget/comments', 'POST.NOT_FOUND'],
  ])(
    'answers 404 to a non-member for %s, exactly as for something that does not exist',
    async (_what, path, code) => {
      const res = await sofia.get<{ error: { code: string; message: string } }>(path);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe(code);
      const missing = await sofia.get<{ error: { code: string; message: string } }>(
        path.replace(/data-leaders|leaders-budget/, 'no-such-thing'),
      );
      expect(missing.status).toBe(404);
      expect(missing.body.error.message).toBe(res.body.error.message);
    },
  );

  it.each([
    ['react', 'put', '/api/v1/posts/leaders-budget/reaction', { reaction: 'like' }],
    ['bookmark', 'put', '/api/v1/posts/leaders-budget/bookmark', { bookmarked: true }],
    ['comment', 'post', '/api/v1/posts/leaders-budget/comments', { body: 'hello' }],
    ['report', 'post', '/api/v1/reports', { targetType: 'post', postId: 'leaders-budget', reason: 'spam' }],
    ['join', 'post', '/api/v1/circles/data-leaders/join', {}],
    [
      'post in it',
      'post',
      '/api/v1/posts',
      { circleId: 'data-leaders', type: 'article', title: 'Sneaky post' },
    ],
  ] as const)('answers 404 when a non-member tries to %s', async (_what, method, path, body) => {
    const res = await sofia[method](path, body);
    expect(res.status).toBe(404);
  });

  it('hides the circle from the directory, suggestions and search, and its posts from search and the feed', async () => {
    const directory = await sofia.get<{ items: { id: string }[] }>('/api/v1/circles');
    expect(directory.body.items.map((c) => c.id)).not.toContain('data-leaders');
    expect(directory.body.items.map((c) => c.id)).not.toContain('pod-lyon');
    const suggestions = await sofia.get<{ items: { circle: { id: string } }[] }>(
      '/api/v1/circles/suggestions',
    );
    expect(suggestions.body.items.map((s) => s.circle.id)).not.toContain('data-leaders');
    for (const q of ['zebracorn', 'budget', 'Data leaders', 'GPU']) {
      const search = await sofia.get<{ posts: PostBody[]; circles: { id: string }[] }>(
        `/api/v1/search?q=${encodeURIComponent(q)}`,
      );
      expect({ q, posts: search.body.posts.length, circles: search.body.circles.map((c) => c.id) }).toEqual({
        q,
        posts: 0,
        circles: [],
      });
    }
    const feed = await sofia.get<{ items: { post: PostBody }[] }>('/api/v1/feed');
    expect(feed.body.items.length).toBeGreaterThan(0);
    expect(
      feed.body.items.every((i) => i.post.circle.id !== 'data-leaders' && i.post.circle.id !== 'pod-lyon'),
    ).toBe(true);
  });

  it('does not let a non-member act on a private comment or see it through the moderation queue', async () => {
    const report = await sofia.post('/api/v1/reports', {
      targetType: 'comment',
      postId: 'leaders-budget',
      commentId: secretCommentId,
      reason: 'other',
    });
    expect(report.status).toBe(404);
    const edit = await sofia.patch(`/api/v1/posts/leaders-budget/comments/${secretCommentId}`, { body: 'x' });
    expect(edit.status).toBe(404);
  });

  it('keeps bookmarks of a private post from leaking after the member leaves', async () => {
    const priya = asMember(t, 'c0ffee00-0000-4000-8000-0000000000a4');
    await priya.get('/api/v1/me');
    expect((await priya.put('/api/v1/posts/leaders-budget/bookmark', { bookmarked: true })).status).toBe(200);
    expect(
      (await priya.get<{ items: { id: string }[] }>('/api/v1/bookmarks')).body.items.map((p) => p.id),
    ).toContain('leaders-budget');
    expect((await priya.post('/api/v1/circles/data-leaders/leave')).status).toBe(204);
    expect(
      (await priya.get<{ items: { id: string }[] }>('/api/v1/bookmarks')).body.items.map((p) => p.id),
    ).not.toContain('leaders-budget');
    expect((await priya.get('/api/v1/posts/leaders-budget')).status).toBe(404);
  });

  it('hides a circle’s posts everywhere the moment it turns private, and shows them when it opens', async () => {
    const camille = asMember(t, CAMILLE);
    const search = () => sofia.get<{ posts: PostBody[] }>('/api/v1/search?q=evaluation%20harness');
    expect((await search()).body.posts.map((p) => p.id)).toContain('eval-harness');
    expect((await camille.patch('/api/v1/circles/llm-practice', { visibility: 'private' })).status).toBe(200);
    expect((await search()).body.posts.filter((p) => p.circle.id === 'llm-practice')).toEqual([]);
    expect((await sofia.get('/api/v1/posts/eval-harness')).status).toBe(404);
    const feed = await sofia.get<{ items: { post: PostBody }[] }>('/api/v1/feed');
    expect(feed.body.items.some((i) => i.post.circle.id === 'llm-practice')).toBe(false);
    expect((await camille.patch('/api/v1/circles/llm-practice', { visibility: 'open' })).status).toBe(200);
    expect((await search()).body.posts.map((p) => p.id)).toContain('eval-harness');
  });
});
