import { asMember, type MemberClient } from '../support/api-client';
import { startTestApp, type TestApp } from '../support/test-app';

const id = (n: number) => `c0ffee00-0000-4000-8000-0000000000${n.toString(16)}`;
const CAMILLE = id(0xa1); // admin
const ALEX = id(0xa2); // animator
const INES = id(0xa3);
const PRIYA = id(0xa4); // has not accepted the charter in the demo data
const JULIEN = id(0xa5);
const SOFIA = id(0xa6);
const TENANT = 'c0ffee00-0000-4000-8000-000000000001';

interface Post {
  id: string;
  status: string;
  author: { id: string; displayName: string } | null;
  isMine: boolean;
  counts: { comments: number; reactions: Record<string, number>; votes: number };
  myReaction: string | null;
  myVote: boolean;
  bookmarked: boolean;
  editedAt: string | null;
  heldReason: string | null;
  mentions: { id: string }[];
  tags: string[];
  acceptedAnswerId: string | null;
  ideaStatus: string | null;
}
interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

describe('Community core over HTTP, as several members', () => {
  let t: TestApp;
  let camille: MemberClient;
  let alex: MemberClient;
  let ines: MemberClient;
  let priya: MemberClient;
  let julien: MemberClient;
  let sofia: MemberClient;

  beforeAll(async () => {
    t = await startTestApp();
    camille = asMember(t, CAMILLE);
    alex = asMember(t, ALEX);
    ines = asMember(t, INES);
    priya = asMember(t, PRIYA);
    julien = asMember(t, JULIEN);
    sofia = asMember(t, SOFIA);
    for (const m of [camille, alex, ines, priya, julien, sofia]) await m.get('/api/v1/me');
    for (const m of [alex, ines, julien, sofia])
      await m.put('/api/v1/charter/acknowledgement', { version: 1 });
  });

  afterAll(async () => {
    await t.close();
  });

  const article = (overrides: Record<string, unknown> = {}) => ({
    circleId: 'community',
    type: 'article',
    title: 'A useful article',
    body: 'Body text',
    ...overrides,
  });

  describe('charter', () => {
    it('blocks posting until the current charter is accepted, with a clear message', async () => {
      const res = await priya.post<ErrorBody>('/api/v1/posts', article());
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'CHARTER.NOT_ACKNOWLEDGED', details: { version: 1 } });
      const fr = await asMember(t, PRIYA, 'fr').post<ErrorBody>('/api/v1/posts', article());
      expect(fr.body.error.message).toMatch(/charte/);
      // Drafting is allowed: only publishing waits for the charter.
      expect((await priya.post('/api/v1/posts', article({ publish: 'draft' }))).status).toBe(201);
    });

    it('refuses acknowledging a version that is not the current one', async () => {
      const res = await priya.put<ErrorBody>('/api/v1/charter/acknowledgement', { version: 7 });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('CHARTER.NOT_CURRENT');
    });

    it('lets an admin publish a new version that everyone must accept again', async () => {
      const community = await camille.get<{ charter: Record<string, unknown> & { version: number } }>(
        '/api/v1/community',
      );
      const { version, publishedAt: _p, ...charter } = community.body.charter;
      const published = await camille.post<{ version: number }>('/api/v1/charter/versions', {
        ...charter,
        purpose: { en: 'A sharper purpose.', fr: 'Une raison d’être plus nette.' },
        baseVersion: version,
      });
      expect(published.status).toBe(201);
      expect(published.body.version).toBe(version + 1);
      // An admin working from the old version gets a conflict, not a silent overwrite.
      const stale = await camille.post<ErrorBody>('/api/v1/charter/versions', {
        ...charter,
        baseVersion: version,
      });
      expect(stale.body.error.code).toBe('CHARTER.VERSION_CONFLICT');
      // Others must accept the new version before posting; the publisher already has.
      expect((await ines.post<ErrorBody>('/api/v1/posts', article())).body.error.code).toBe(
        'CHARTER.NOT_ACKNOWLEDGED',
      );
      const me = await ines.get<{ charterAcknowledgedVersion: number; currentCharterVersion: number }>(
        '/api/v1/me',
      );
      expect(me.body).toMatchObject({
        charterAcknowledgedVersion: version,
        currentCharterVersion: version + 1,
      });
      for (const m of [alex, ines, priya, julien, sofia]) {
        expect((await m.put('/api/v1/charter/acknowledgement', { version: version + 1 })).status).toBe(200);
      }
      // A member is not an admin.
      expect(
        (await ines.post<ErrorBody>('/api/v1/charter/versions', { ...charter, baseVersion: version + 1 }))
          .status,
      ).toBe(403);
    });

    it('counts goal progress from the community’s own data', async () => {
      const created = await camille.post<{ id: string; current: number; progress: number }>('/api/v1/goals', {
        title: { en: 'Posts this year', fr: 'Publications cette année' },
        metric: 'posts',
        target: 100,
        startsOn: '2000-01-01',
      });
      expect(created.status).toBe(201);
      expect(created.body.current).toBeGreaterThanOrEqual(7); // the demo posts
      expect(created.body.progress).toBeCloseTo(created.body.current / 100);
      const community = await ines.get<{ goals: { id: string }[] }>('/api/v1/community');
      expect(community.body.goals.map((g) => g.id)).toContain(created.body.id);
      expect(
        (
          await ines.post('/api/v1/goals', {
            title: { en: 'x' },
            metric: 'manual',
            target: 1,
            startsOn: '2026-01-01',
          })
        ).status,
      ).toBe(403);
    });
  });

  describe('posts', () => {
    it('publishes an article with tags and mentions, and shows it to others', async () => {
      const created = await ines.post<Post>(
        '/api/v1/posts',
        article({
          body: 'Thanks @[Alex Morgan](' + ALEX + ') and @[Nobody](not-a-member)',
          tags: ['Data Viz', '#MLOps'],
        }),
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ status: 'published', isMine: true, tags: ['data-viz', 'mlops'] });
      expect(created.body.mentions.map((m) => m.id)).toEqual([ALEX]);
      const seen = await sofia.get<Post>(`/api/v1/posts/${created.body.id}`);
      expect(seen.body).toMatchObject({ isMine: false, author: { id: INES, displayName: 'Inès Benali' } });
    });

    it('validates input and says what to fix, in the reader’s language', async () => {
      const res = await asMember(t, INES, 'fr').post<ErrorBody>('/api/v1/posts', {
        circleId: 'community',
        type: 'link',
        title: 'x',
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('REQUEST.INVALID');
      expect(res.body.error.message).toMatch(/^Certains champs sont à corriger/);
      expect(String(res.body.error.details?.['fields'])).toMatch(/title/);
      expect(String(res.body.error.details?.['fields'])).toMatch(/url/);
      const notJson = await t.fetch('/api/v1/posts', {
        method: 'POST',
        headers: { 'x-dev-user': INES, 'content-type': 'text/plain' },
        body: 'hi',
      });
      expect(notJson.status).toBe(415);
    });

    it('keeps a pseudonymous question’s author hidden from members, reveals it only to a moderator with a reason, and audits it', async () => {
      const asked = await julien.post<Post>('/api/v1/posts', {
        circleId: 'community',
        type: 'question',
        title: 'How do I ask for training without looking behind?',
        anonymous: true,
      });
      expect(asked.status).toBe(201);
      expect(asked.body.author?.id).toBe(JULIEN); // the asker sees themself
      const other = await sofia.get<Post>(`/api/v1/posts/${asked.body.id}`);
      expect(other.body.author).toBeNull();
      expect(JSON.stringify(other.body)).not.toContain(JULIEN);
      const feed = await sofia.get<{ items: { post: Post }[] }>('/api/v1/feed');
      expect(JSON.stringify(feed.body)).not.toContain(JULIEN);
      expect(
        (
          await sofia.post(`/api/v1/posts/${asked.body.id}/reveal-author`, {
            reason: 'Harassment report needs it',
          })
        ).status,
      ).toBe(403);
      expect(
        (await alex.post<ErrorBody>(`/api/v1/posts/${asked.body.id}/reveal-author`, { reason: 'short' }))
          .status,
      ).toBe(400);
      const revealed = await alex.post<{ author: { id: string } }>(
        `/api/v1/posts/${asked.body.id}/reveal-author`,
        {
          reason: 'Needed to follow up a code-of-conduct report',
        },
      );
      expect(revealed.body.author.id).toBe(JULIEN);
      const audit = await alex.get<{ items: { action: string; targetId: string; actor: { id: string } }[] }>(
        '/api/v1/moderation/audit',
      );
      expect(audit.body.items[0]).toMatchObject({
        action: 'reveal-author',
        targetId: asked.body.id,
        actor: { id: ALEX },
      });
      expect((await sofia.post('/api/v1/posts', { ...article(), anonymous: true })).status).toBe(400);
    });

    it('counts reactions once per member, lets them change it, and gives no engagement for reacting to your own post', async () => {
      const post = (await ines.post<Post>('/api/v1/posts', article({ title: 'React to me' }))).body;
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          sofia.put<Post>(`/api/v1/posts/${post.id}/reaction`, { reaction: 'like' }),
        ),
      );
      expect(results.every((r) => r.status === 200)).toBe(true);
      let seen = await sofia.get<Post>(`/api/v1/posts/${post.id}`);
      expect(seen.body.counts.reactions).toEqual({ like: 1, celebrate: 0, insightful: 0, curious: 0 });
      expect(seen.body.myReaction).toBe('like');
      await sofia.put(`/api/v1/posts/${post.id}/reaction`, { reaction: 'insightful' });
      await ines.put(`/api/v1/posts/${post.id}/reaction`, { reaction: 'celebrate' });
      seen = await sofia.get<Post>(`/api/v1/posts/${post.id}`);
      expect(seen.body.counts.reactions).toEqual({ like: 0, celebrate: 1, insightful: 1, curious: 0 });
      await sofia.put(`/api/v1/posts/${post.id}/reaction`, { reaction: null });
      seen = await sofia.get<Post>(`/api/v1/posts/${post.id}`);
      expect(seen.body.counts.reactions).toEqual({ like: 0, celebrate: 1, insightful: 0, curious: 0 });
      expect(seen.body.myReaction).toBeNull();
    });

    it('takes one vote per member on an idea and lets an animator move its status', async () => {
      const idea = (
        await ines.post<Post>('/api/v1/posts', article({ type: 'idea', title: 'Lunch and learn' }))
      ).body;
      expect(idea.ideaStatus).toBe('new');
      await Promise.all(
        [sofia, sofia, sofia, julien].map((m) => m.put(`/api/v1/posts/${idea.id}/vote`, { up: true })),
      );
      expect((await ines.get<Post>(`/api/v1/posts/${idea.id}`)).body.counts.votes).toBe(2);
      await sofia.put(`/api/v1/posts/${idea.id}/vote`, { up: false });
      expect((await ines.get<Post>(`/api/v1/posts/${idea.id}`)).body.counts.votes).toBe(1);
      expect((await ines.put(`/api/v1/posts/${idea.id}/idea-status`, { status: 'planned' })).status).toBe(
        403,
      );
      expect(
        (await alex.put<Post>(`/api/v1/posts/${idea.id}/idea-status`, { status: 'planned' })).body.ideaStatus,
      ).toBe('planned');
      const article2 = (await ines.post<Post>('/api/v1/posts', article({ title: 'Not an idea' }))).body;
      expect(
        (await sofia.put<ErrorBody>(`/api/v1/posts/${article2.id}/vote`, { up: true })).body.error.code,
      ).toBe('POST.NOT_AN_IDEA');
    });

    it('threads comments one level deep and lets the asker accept an answer', async () => {
      const question = (
        await ines.post<Post>('/api/v1/posts', article({ type: 'question', title: 'Which orchestrator?' }))
      ).body;
      const answer = await sofia.post<{ id: string }>(`/api/v1/posts/${question.id}/comments`, {
        body: 'Dagster, for us.',
      });
      const reply = await julien.post<{ id: string; parentId: string }>(
        `/api/v1/posts/${question.id}/comments`,
        {
          body: 'Same here',
          parentId: answer.body.id,
        },
      );
      expect(reply.body.parentId).toBe(answer.body.id);
      const tooDeep = await sofia.post<ErrorBody>(`/api/v1/posts/${question.id}/comments`, {
        body: 'x',
        parentId: reply.body.id,
      });
      expect(tooDeep.body.error.code).toBe('COMMENT.TOO_DEEP');
      const threads = await ines.get<{ items: { comment: { id: string }; replies: { id: string }[] }[] }>(
        `/api/v1/posts/${question.id}/comments`,
      );
      expect(threads.body.items).toHaveLength(1);
      expect(threads.body.items[0]!.replies.map((r) => r.id)).toEqual([reply.body.id]);
      expect(
        (await sofia.put(`/api/v1/posts/${question.id}/accepted-answer`, { commentId: answer.body.id }))
          .status,
      ).toBe(403);
      const accepted = await ines.put<Post>(`/api/v1/posts/${question.id}/accepted-answer`, {
        commentId: answer.body.id,
      });
      expect(accepted.body.acceptedAnswerId).toBe(answer.body.id);
      expect(accepted.body.counts.comments).toBe(2);
    });

    it('lets only the author edit (marked edited) and delete', async () => {
      const post = (await ines.post<Post>('/api/v1/posts', article({ title: 'Draft thoughts' }))).body;
      expect((await sofia.patch(`/api/v1/posts/${post.id}`, { title: 'Hijacked' })).status).toBe(403);
      const edited = await ines.patch<Post>(`/api/v1/posts/${post.id}`, { title: 'Better thoughts' });
      expect(edited.body.editedAt).not.toBeNull();
      expect((await sofia.del(`/api/v1/posts/${post.id}`)).status).toBe(403);
      expect((await ines.del(`/api/v1/posts/${post.id}`)).status).toBe(204);
      expect((await sofia.get(`/api/v1/posts/${post.id}`)).status).toBe(404);
      expect((await ines.get(`/api/v1/posts/${post.id}`)).status).toBe(404);
    });

    it('holds a post with a watched word for a moderator, who restores it; all is audited', async () => {
      const held = (
        await sofia.post<Post>(
          '/api/v1/posts',
          article({ title: 'Great deal', body: 'Not an ARNAQUE at all' }),
        )
      ).body;
      expect(held.status).toBe('held');
      expect(held.heldReason).toBe('arnaque');
      expect((await julien.get(`/api/v1/posts/${held.id}`)).status).toBe(404);
      const queue = await alex.get<{ items: { post: { id: string }; heldReason: string | null }[] }>(
        '/api/v1/moderation/queue',
      );
      expect(queue.body.items.find((i) => i.post.id === held.id)?.heldReason).toBe('arnaque');
      expect((await julien.get('/api/v1/moderation/queue')).status).toBe(403);
      const restored = await alex.post<{ post: Post }>('/api/v1/moderation/actions', {
        targetType: 'post',
        postId: held.id,
        action: 'restore',
      });
      expect(restored.body.post.status).toBe('published');
      expect((await julien.get(`/api/v1/posts/${held.id}`)).status).toBe(200);
    });

    it('takes one report per member, queues it, and hides the post when a moderator decides so', async () => {
      const post = (await ines.post<Post>('/api/v1/posts', article({ title: 'Borderline' }))).body;
      const first = await sofia.post<{ status: string }>('/api/v1/reports', {
        targetType: 'post',
        postId: post.id,
        reason: 'off_topic',
        note: 'Not data',
      });
      const again = await sofia.post<{ status: string }>('/api/v1/reports', {
        targetType: 'post',
        postId: post.id,
        reason: 'spam',
      });
      expect([first.body.status, again.body.status]).toEqual(['received', 'already_reported']);
      await julien.post('/api/v1/reports', { targetType: 'post', postId: post.id, reason: 'spam' });
      const queue = await alex.get<{ items: { post: { id: string }; reports: { reason: string }[] }[] }>(
        '/api/v1/moderation/queue',
      );
      expect(
        queue.body.items
          .find((i) => i.post.id === post.id)
          ?.reports.map((r) => r.reason)
          .sort(),
      ).toEqual(['off_topic', 'spam']);
      const warnTooShort = await alex.post('/api/v1/moderation/actions', {
        targetType: 'post',
        postId: post.id,
        action: 'warn',
        note: 'no',
      });
      expect(warnTooShort.status).toBe(400);
      await alex.post('/api/v1/moderation/actions', {
        targetType: 'post',
        postId: post.id,
        action: 'hide',
        note: 'Off topic',
      });
      expect((await sofia.get(`/api/v1/posts/${post.id}`)).status).toBe(404);
      expect((await ines.get<Post>(`/api/v1/posts/${post.id}`)).body.status).toBe('hidden'); // the author is told
      const after = await alex.get<{ items: { post: { id: string } }[] }>('/api/v1/moderation/queue');
      expect(after.body.items.find((i) => i.post.id === post.id)).toBeUndefined();
      const audit = await alex.get<{ items: { action: string; targetId: string }[] }>(
        '/api/v1/moderation/audit',
      );
      expect(audit.body.items[0]).toMatchObject({ action: 'hide', targetId: post.id });
    });

    it('limits how often a member publishes', async () => {
      const member = asMember(t, 'rate-limited-member');
      await member.get('/api/v1/me');
      const current = (await member.get<{ currentCharterVersion: number }>('/api/v1/me')).body
        .currentCharterVersion;
      await member.put('/api/v1/charter/acknowledgement', { version: current });
      const statuses: number[] = [];
      for (let n = 0; n < 11; n++)
        statuses.push((await member.post('/api/v1/posts', article({ title: `Post number ${n}` }))).status);
      expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
      const limited = await member.post<ErrorBody>('/api/v1/posts', article({ title: 'One too many' }));
      expect(limited.status).toBe(429);
      expect(limited.body.error).toMatchObject({ code: 'POST.RATE_LIMITED', details: { limit: 10 } });
      expect(limited.body.error.details?.['retryAfterSeconds']).toEqual(expect.any(Number));
    });
  });

  describe('circles', () => {
    it('creates a circle (owner = creator), refuses a duplicate name, and lets others join an open one', async () => {
      const created = await ines.post<{ id: string; myRole: string; memberCount: number }>(
        '/api/v1/circles',
        {
          type: 'interest',
          visibility: 'open',
          name: 'Causal inference',
          description: 'Beyond correlation.',
          tags: ['Stats'],
        },
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ myRole: 'owner', memberCount: 1 });
      const dup = await sofia.post<ErrorBody>('/api/v1/circles', {
        type: 'interest',
        visibility: 'open',
        name: 'causal INFERENCE',
      });
      expect(dup.body.error.code).toBe('CIRCLE.NAME_TAKEN');
      await Promise.all([
        sofia.post(`/api/v1/circles/${created.body.id}/join`),
        sofia.post(`/api/v1/circles/${created.body.id}/join`),
      ]);
      expect(
        (await sofia.get<{ memberCount: number; myStatus: string }>(`/api/v1/circles/${created.body.id}`))
          .body,
      ).toMatchObject({
        memberCount: 2,
        myStatus: 'active',
      });
      const owner = await ines.post<ErrorBody>(`/api/v1/circles/${created.body.id}/leave`);
      expect(owner.body.error.code).toBe('CIRCLE.LAST_OWNER');
      expect(
        (
          await ines.post<ErrorBody>('/api/v1/circles', {
            type: 'community',
            visibility: 'open',
            name: 'Everyone 2',
          })
        ).status,
      ).toBe(403);
    });

    it('turns joining a closed circle into a request an owner approves', async () => {
      const circle = (
        await alex.post<{ id: string }>('/api/v1/circles', {
          type: 'interest',
          visibility: 'closed',
          name: 'Architecture board',
        })
      ).body;
      const asked = await sofia.post<{ myStatus: string; canRead: boolean }>(
        `/api/v1/circles/${circle.id}/join`,
      );
      expect(asked.body).toMatchObject({ myStatus: 'requested', canRead: false });
      expect((await sofia.get(`/api/v1/circles/${circle.id}/posts`)).status).toBe(403);
      const requests = await alex.get<{ items: { member: { id: string } }[] }>(
        `/api/v1/circles/${circle.id}/members?status=requested`,
      );
      expect(requests.body.items.map((i) => i.member.id)).toEqual([SOFIA]);
      expect(
        (await julien.post(`/api/v1/circles/${circle.id}/requests/${SOFIA}`, { approve: true })).status,
      ).toBe(403);
      expect(
        (await alex.post(`/api/v1/circles/${circle.id}/requests/${SOFIA}`, { approve: true })).status,
      ).toBe(204);
      expect((await sofia.get<{ myStatus: string }>(`/api/v1/circles/${circle.id}`)).body.myStatus).toBe(
        'active',
      );
    });

    it('shows a private circle to an invitee, who accepts the invitation', async () => {
      const circle = (
        await alex.post<{ id: string }>('/api/v1/circles', {
          type: 'pod',
          visibility: 'private',
          name: 'Pod Montréal',
        })
      ).body;
      expect((await sofia.get(`/api/v1/circles/${circle.id}`)).status).toBe(404);
      expect(
        (await alex.post(`/api/v1/circles/${circle.id}/invitations`, { memberIds: [SOFIA] })).status,
      ).toBe(200);
      const invited = await sofia.get<{ myStatus: string; canRead: boolean }>(`/api/v1/circles/${circle.id}`);
      expect(invited.body).toMatchObject({ myStatus: 'invited', canRead: false });
      expect(
        (await sofia.post<{ myStatus: string }>(`/api/v1/circles/${circle.id}/join`)).body.myStatus,
      ).toBe('active');
    });

    it('never lets a pod go over eight members, even when people join at the same time', async () => {
      const pod = (
        await alex.post<{ id: string }>('/api/v1/circles', {
          type: 'pod',
          visibility: 'open',
          name: 'Pod race',
        })
      ).body;
      const joiners = Array.from({ length: 12 }, (_, n) => asMember(t, `pod-joiner-${n}`));
      for (const j of joiners) await j.get('/api/v1/me');
      const results = await Promise.all(
        joiners.map((j) => j.post<ErrorBody>(`/api/v1/circles/${pod.id}/join`)),
      );
      const full = results.filter((r) => r.status === 409);
      expect(full.every((r) => r.body.error.code === 'CIRCLE.POD_FULL')).toBe(true);
      const members = await alex.get<{ items: unknown[] }>(`/api/v1/circles/${pod.id}/members`);
      expect(members.body.items).toHaveLength(8);
      expect((await alex.get<{ memberCount: number }>(`/api/v1/circles/${pod.id}`)).body.memberCount).toBe(8);
    });

    it('lets members set their segments, and keeps circles’ department counts right', async () => {
      const podCounts = async () =>
        (
          await t.app.store
            .container<{
              id: string;
              pk: string;
              tenantId: string;
              departmentCounts: Record<string, number>;
            }>({
              name: 'circles',
              partitionKey: 'tenantId',
              indexes: [],
            })
            .read({ tenantId: TENANT, pk: TENANT, id: 'pod-lyon' })
        )?.departmentCounts;
      const before = await podCounts();
      const me = await julien.put<{ segments: { department: string; interests: string[] } }>(
        '/api/v1/me/segments',
        {
          department: 'Engineering',
          location: 'Paris',
          interests: ['MLOps', 'mlops', 'Data Viz'],
        },
      );
      expect(me.body.segments).toEqual({
        department: 'Engineering',
        location: 'Paris',
        interests: ['mlops', 'data-viz'],
      });
      const after = await podCounts();
      expect(after?.['d_finance']).toBe((before?.['d_finance'] ?? 0) - 1);
      expect(after?.['d_engineering']).toBe((before?.['d_engineering'] ?? 0) + 1);
      // Julien moved from Finance to Engineering; the Lyon pod counts him under Engineering now.
      const suggestions = await sofia.get<{
        items: { circle: { id: string }; reason: { department?: string; count?: number } }[];
      }>('/api/v1/circles/suggestions');
      const community = suggestions.body.items.find((s) => s.circle.id === 'llm-practice');
      expect(community?.reason).toMatchObject({ department: 'Engineering' });
      expect(
        (
          await julien.put('/api/v1/me/segments', {
            interests: Array.from({ length: 30 }, (_, n) => `i${n}`),
          })
        ).status,
      ).toBe(400);
    });

    it('suggests circles where people of my department are', async () => {
      const suggestions = await sofia.get<{ items: { circle: { id: string }; reason: { kind: string } }[] }>(
        '/api/v1/circles/suggestions',
      );
      // Sofia (Engineering) is not in "LLM in practice", where Alex (Engineering) is.
      const llm = suggestions.body.items.find((s) => s.circle.id === 'llm-practice');
      expect(llm?.reason).toMatchObject({ kind: 'department', department: 'Engineering', count: 1 });
    });
  });

  describe('editorial', () => {
    it('counts ready drafts in the stock and shows scheduled posts in the calendar', async () => {
      const before = await alex.get<{ readyDrafts: number; daysCovered: number; low: boolean }>(
        '/api/v1/editorial/stock',
      );
      for (let n = 0; n < 3; n++) {
        await ines.post(
          '/api/v1/posts',
          article({ title: `Ready draft ${n}`, publish: 'draft', ready: true }),
        );
      }
      await ines.post('/api/v1/posts', article({ title: 'Not ready', publish: 'draft' }));
      const after = await alex.get<{
        readyDrafts: number;
        scheduled: number;
        daysCovered: number;
        targetPostsPerWeek: number;
      }>('/api/v1/editorial/stock');
      expect(after.body.readyDrafts).toBe(before.body.readyDrafts + 3);
      // Ready drafts and future scheduled posts are the stock; the cadence turns it into days.
      expect(after.body.daysCovered).toBeCloseTo(
        ((after.body.readyDrafts + after.body.scheduled) / after.body.targetPostsPerWeek) * 7,
        1,
      );
      expect((await ines.get('/api/v1/editorial/stock')).status).toBe(403);
      expect(
        (
          await ines.post<ErrorBody>(
            '/api/v1/posts',
            article({ publish: 'schedule', scheduledFor: '2030-01-01T10:00:00Z' }),
          )
        ).status,
      ).toBe(403);
      const at = new Date(Date.now() + 3 * 86_400_000);
      at.setUTCHours(9, 0, 0, 0);
      const scheduled = await alex.post<Post & { scheduledFor: string }>(
        '/api/v1/posts',
        article({ title: 'Planned announcement', publish: 'schedule', scheduledFor: at.toISOString() }),
      );
      expect(scheduled.body.status).toBe('scheduled');
      const day = at.toISOString().slice(0, 10);
      const calendar = await alex.get<{ entries: { id: string }[]; readyDrafts: { id: string }[] }>(
        `/api/v1/editorial/calendar?from=${day}&to=${day}`,
      );
      expect(calendar.body.entries.map((p) => p.id)).toContain(scheduled.body.id);
      expect(calendar.body.readyDrafts.length).toBe(after.body.readyDrafts);
      expect((await sofia.get(`/api/v1/posts/${scheduled.body.id}`)).status).toBe(404); // not live yet
      const bad = await alex.post<ErrorBody>(
        '/api/v1/posts',
        article({ publish: 'schedule', scheduledFor: '2001-01-01T00:00:00Z' }),
      );
      expect(bad.body.error.code).toBe('POST.BAD_SCHEDULE');
      const range = await alex.get<ErrorBody>('/api/v1/editorial/calendar?from=2026-01-01&to=2026-12-31');
      expect(range.status).toBe(400);
    });
  });
});
