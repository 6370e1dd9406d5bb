import type { CharterRepository } from '../charter/charter-repository';
import type { PostRepository } from '../content/post-repository';
import type { PostService, PostView } from '../content/post-service';
import { hasRole } from '../members/member';
import type { MemberRepository } from '../members/member-repository';
import { memberNotFound } from '../members/member-service';
import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import type { Clock } from '../shared/clock';

/** How long the stock of ready content lasts at the community's cadence. */
export interface StockReport {
  readyDrafts: number;
  scheduled: number;
  targetPostsPerWeek: number;
  daysCovered: number | null;
  warningDays: number;
  low: boolean;
}

const forbidden = () =>
  new AppError(
    'EDITORIAL.FORBIDDEN',
    403,
    'The editorial calendar is for community animators and administrators.',
  );

/** The editorial line (DESIGN.md key 6): the calendar and the content stock meter. */
export class EditorialService {
  constructor(
    private readonly deps: {
      posts: PostRepository;
      postService: PostService;
      members: MemberRepository;
      charters: CharterRepository;
      clock: Clock;
    },
  ) {}

  /** Published and scheduled posts between two days (inclusive), and the ready drafts to plan from. */
  async calendar({
    actor,
    from,
    to,
  }: {
    actor: Actor;
    from: string;
    to: string;
  }): Promise<{ entries: PostView[]; readyDrafts: PostView[] }> {
    await this.requireEditor(actor);
    const end = new Date(Date.parse(`${to}T00:00:00.000Z`) + 86_400_000).toISOString();
    const [dated, drafts] = await Promise.all([
      this.deps.posts.page(
        actor.tenantId,
        [
          { path: 'status', op: 'in', values: ['published', 'scheduled'] },
          { path: 'publishedAt', op: 'gte', value: `${from}T00:00:00.000Z` },
          { path: 'publishedAt', op: 'lt', value: end },
        ],
        { limit: 500 },
      ),
      this.readyDrafts(actor),
    ]);
    return { entries: await this.deps.postService.viewsOf(actor, dated.items), readyDrafts: drafts };
  }

  /**
   * The stock meter: ready drafts and future scheduled posts the actor can see, measured against
   * the target cadence ("12 days of content left at 3 posts a week"), low under the warning threshold.
   */
  async stock({ actor }: { actor: Actor }): Promise<StockReport> {
    await this.requireEditor(actor);
    const now = this.deps.clock.now().toISOString();
    const [drafts, scheduledPage, settings] = await Promise.all([
      this.readyDrafts(actor),
      this.deps.posts.page(
        actor.tenantId,
        [
          { path: 'status', op: 'eq', value: 'scheduled' },
          { path: 'publishedAt', op: 'gt', value: now },
        ],
        { limit: 500 },
      ),
      this.deps.charters.settings(actor.tenantId),
    ]);
    const scheduled = (await this.deps.postService.viewsOf(actor, scheduledPage.items)).length;
    const cadence = settings?.targetPostsPerWeek ?? 3;
    const warningDays = settings?.stockWarningDays ?? 7;
    const stock = drafts.length + scheduled;
    const daysCovered = cadence > 0 ? Math.round((stock / cadence) * 7 * 10) / 10 : null;
    return {
      readyDrafts: drafts.length,
      scheduled,
      targetPostsPerWeek: cadence,
      daysCovered,
      warningDays,
      low: daysCovered !== null && daysCovered < warningDays,
    };
  }

  private async readyDrafts(actor: Actor): Promise<PostView[]> {
    const page = await this.deps.posts.page(
      actor.tenantId,
      [
        { path: 'status', op: 'eq', value: 'draft' },
        { path: 'ready', op: 'eq', value: true },
      ],
      { limit: 200, orderBy: 'updatedAt' },
    );
    return this.deps.postService.viewsOf(actor, page.items);
  }

  private async requireEditor(actor: Actor): Promise<void> {
    const member = await this.deps.members.get(actor.tenantId, actor.memberId);
    if (!member) throw memberNotFound();
    if (!hasRole(member, 'animator')) throw forbidden();
  }
}
