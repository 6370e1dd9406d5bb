import type { CharterRepository } from '../charter/charter-repository';
import type { CircleRepository } from '../circles/circle-repository';
import type { PostRepository } from '../content/post-repository';
import type { PostService, PostView } from '../content/post-service';
import type { MemberRepository } from '../members/member-repository';
import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import type { Clock } from '../shared/clock';
import { Containers } from '../shared/containers';
import {
  ConflictError,
  pkOf,
  type BaseDoc,
  type DocumentContainer,
  type DocumentStore,
} from '../shared/document-store';
import { normalizeText } from '../shared/text';
import type { GamificationService } from './gamification-service';
import { periodsOf } from './periods';

interface AllowanceDoc extends BaseDoc {
  kind: 'kudos-allowance';
  count: number;
}

/** What a member may still give this week. */
export interface Allowance {
  perWeek: number;
  used: number;
  remaining: number;
  week: string;
}

/**
 * Kudos (DESIGN.md key 8): a member thanks another with a message and one of the community's
 * values (from its charter). Each member has a weekly allowance; kudos show in the feed and pay
 * points to the receiver (never to yourself).
 */
export class KudosService {
  private readonly counters: DocumentContainer<AllowanceDoc>;

  constructor(
    private readonly deps: {
      store: DocumentStore;
      posts: PostService;
      postRepository: PostRepository;
      game: GamificationService;
      charters: CharterRepository;
      circles: CircleRepository;
      members: MemberRepository;
      clock: Clock;
    },
  ) {
    this.counters = deps.store.container<AllowanceDoc>(Containers.counters);
  }

  /** The company values kudos can name: the current charter's, in both languages. */
  async values(tenantId: string): Promise<{ en?: string | undefined; fr?: string | undefined }[]> {
    const charter = await this.deps.charters.current(tenantId);
    return charter?.values.map((v) => v.title) ?? [];
  }

  /** The latest kudos the actor may see, newest first. */
  async recent(actor: Actor, limit = 20): Promise<PostView[]> {
    const page = await this.deps.postRepository.page(
      actor.tenantId,
      [
        // Tags are on the date index: the walk finds kudos without reading other posts.
        { path: 'tags', op: 'arrayContains', value: 'kudos' },
        { path: 'type', op: 'eq', value: 'kudos' },
        { path: 'status', op: 'eq', value: 'published' },
      ],
      { limit },
    );
    return this.deps.posts.viewsOf(actor, page.items);
  }

  async allowance(actor: Actor): Promise<Allowance> {
    const rules = await this.deps.game.rulesOf(actor.tenantId);
    const week = periodsOf(this.deps.clock.now()).week;
    const doc = await this.counters.read({
      tenantId: actor.tenantId,
      pk: pkOf(actor.tenantId, actor.memberId),
      id: `kudos|${week}`,
    });
    const used = doc?.count ?? 0;
    return { perWeek: rules.kudosPerWeek, used, remaining: Math.max(0, rules.kudosPerWeek - used), week };
  }

  /** Gives kudos: checks the receiver and the value, spends one of this week's, posts it, pays the receiver. */
  async give({
    actor,
    toId,
    message,
    value,
  }: {
    actor: Actor;
    toId: string;
    message: string;
    value: string;
  }): Promise<PostView> {
    if (toId === actor.memberId) {
      throw new AppError('KUDOS.SELF', 400, {
        en: 'Kudos are for others: thank someone else.',
        fr: 'Les remerciements sont pour les autres : remerciez quelqu’un d’autre.',
      });
    }
    const receiver = await this.deps.members.get(actor.tenantId, toId);
    if (!receiver)
      throw new AppError('MEMBER.NOT_FOUND', 404, 'This person is not a member of the community.');
    const values = await this.values(actor.tenantId);
    const wanted = normalizeText(value);
    const matched = values.find((v) =>
      [v.en, v.fr].some((t) => t !== undefined && normalizeText(t) === wanted),
    );
    if (!matched) {
      throw new AppError('KUDOS.UNKNOWN_VALUE', 400, {
        en: 'Choose one of the community’s values from its charter.',
        fr: 'Choisissez l’une des valeurs de la charte de la communauté.',
      });
    }
    const rules = await this.deps.game.rulesOf(actor.tenantId);
    await this.spendAllowance(actor, rules.kudosPerWeek);
    let circleId: string;
    let post: PostView;
    try {
      circleId = await this.communityCircle(actor.tenantId);
      post = await this.deps.posts.publishKudos({
        actor,
        circleId,
        toId,
        message,
        value: matched.en ?? matched.fr ?? value,
      });
    } catch (error) {
      await this.giveBack(actor); // the kudos was not given: the slot is still theirs
      throw error;
    }
    await this.deps.game.award({
      tenantId: actor.tenantId,
      memberId: toId,
      actorId: actor.memberId,
      action: 'kudos.received',
      key: `kudos:${post.post.id}`,
      source: `post:${post.post.id}`,
      circleId,
    });
    return post;
  }

  /** Counts one kudos against the week's allowance (atomically); KUDOS.ALLOWANCE_REACHED beyond it. */
  private async spendAllowance(actor: Actor, perWeek: number): Promise<void> {
    const week = periodsOf(this.deps.clock.now()).week;
    const key = { tenantId: actor.tenantId, pk: pkOf(actor.tenantId, actor.memberId), id: `kudos|${week}` };
    let count = (await this.counters.patch(key, [{ op: 'incr', path: 'count', value: 1 }]))?.count;
    if (count === undefined) {
      try {
        count = (await this.counters.create({ ...key, kind: 'kudos-allowance', count: 1 })).count;
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        count = (await this.counters.patch(key, [{ op: 'incr', path: 'count', value: 1 }]))?.count ?? 1;
      }
    }
    if (count > perWeek) {
      await this.giveBack(actor);
      throw new AppError('KUDOS.ALLOWANCE_REACHED', 429, 'You have given all your kudos for this week.', {
        details: { perWeek },
      });
    }
  }

  private async giveBack(actor: Actor): Promise<void> {
    const week = periodsOf(this.deps.clock.now()).week;
    const key = { tenantId: actor.tenantId, pk: pkOf(actor.tenantId, actor.memberId), id: `kudos|${week}` };
    await this.counters.patch(key, [{ op: 'incr', path: 'count', value: -1 }]);
  }

  /** Kudos appear in the community-wide circle. */
  private async communityCircle(tenantId: string): Promise<string> {
    const circles = await this.deps.circles.all(tenantId);
    const community =
      circles.find((c) => c.type === 'community' && !c.archivedAt) ??
      circles.find((c) => c.visibility === 'open');
    if (!community)
      throw new AppError('KUDOS.NO_CIRCLE', 409, 'The community has no open circle to share kudos in.');
    return community.id;
  }
}
