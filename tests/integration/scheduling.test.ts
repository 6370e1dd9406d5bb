import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asMember } from '../support/api-client';
import { FakeClock } from '../support/fake-clock';
import { startTestApp } from '../support/test-app';

const ALEX = 'c0ffee00-0000-4000-8000-0000000000a2';
const SOFIA = 'c0ffee00-0000-4000-8000-0000000000a6';

describe('Scheduled publishing', () => {
  it('publishes on time, exactly once, even across a restart and with two schedulers racing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guildhall-schedule-'));
    const env = { SQLITE_PATH: join(dir, 'guildhall.db') };
    const clock = new FakeClock(new Date());
    const start = clock.now().getTime();
    let postId: string;
    let laterId: string;

    // First life: schedule two posts, then stop before their time.
    const first = await startTestApp({ env, clock });
    try {
      const alex = asMember(first, ALEX);
      await alex.get('/api/v1/me');
      await alex.put('/api/v1/charter/acknowledgement', { version: 1 });
      const soon = await alex.post<{ id: string; status: string }>('/api/v1/posts', {
        circleId: 'community',
        type: 'announcement',
        title: 'Show & tell this Friday',
        publish: 'schedule',
        scheduledFor: new Date(start + 10 * 60_000).toISOString(),
      });
      expect(soon.body.status).toBe('scheduled');
      postId = soon.body.id;
      laterId = (
        await alex.post<{ id: string }>('/api/v1/posts', {
          circleId: 'community',
          type: 'article',
          title: 'Next month',
          publish: 'schedule',
          scheduledFor: new Date(start + 30 * 86_400_000).toISOString(),
        })
      ).body.id;
      // Not due yet: nothing happens.
      expect(await first.app.scheduler.tick()).toBe(0);
    } finally {
      await first.close();
    }

    // The server was down when the time came. Second life, on the same file, later.
    clock.advance(60 * 60_000);
    const second = await startTestApp({ env, clock });
    const third = await startTestApp({ env, clock }); // another instance on the same store
    try {
      const sofia = asMember(second, SOFIA);
      await sofia.get('/api/v1/me');
      expect((await sofia.get(`/api/v1/posts/${postId}`)).status).toBe(404);
      const published = await Promise.all([
        second.app.scheduler.tick(),
        third.app.scheduler.tick(),
        second.app.scheduler.tick(),
      ]);
      expect(published.reduce((a, b) => a + b, 0)).toBe(1);
      const live = await sofia.get<{ status: string; publishedAt: string }>(`/api/v1/posts/${postId}`);
      expect(live.body.status).toBe('published');
      // It carries its planned time, not the time the server came back.
      expect(live.body.publishedAt).toBe(new Date(start + 10 * 60_000).toISOString());
      expect(await second.app.scheduler.tick()).toBe(0);
      expect((await sofia.get(`/api/v1/posts/${laterId}`)).status).toBe(404);
    } finally {
      await third.close();
      await second.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
