import type { PostRepository } from '../content/post-repository';
import { hasRole, type Member } from '../members/member';
import type { MemberRepository } from '../members/member-repository';
import { memberNotFound } from '../members/member-service';
import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import type { Clock } from '../shared/clock';
import { ConcurrencyError, ConflictError, type Stored } from '../shared/document-store';
import { newId } from '../shared/ids';
import type { LocalizedText } from '../shared/locale';
import { normalizeText } from '../shared/text';
import {
  charterVersionId,
  type CharterValue,
  type CharterVersion,
  type CommunitySettings,
  type Goal,
  type GoalMetric,
  type Ritual,
} from './charter';
import type { CharterRepository } from './charter-repository';

/** A goal with its progress counted now. */
export interface GoalProgress {
  goal: Stored<Goal>;
  current: number;
  progress: number;
}

/** What a member sees of the community's direction. */
export interface CommunityOverview {
  settings: Stored<CommunitySettings>;
  charter: Stored<CharterVersion>;
  goals: GoalProgress[];
}

/** A new charter version, as an admin wrote it. */
export interface CharterDraft {
  purpose: LocalizedText;
  values: CharterValue[];
  codeOfConduct: LocalizedText;
  rituals: Ritual[];
  /** The version the admin edited: if another was published meanwhile, theirs is not silently overwritten. */
  baseVersion: number;
}

/** A goal as an admin wrote it. */
export interface GoalDraft {
  title: LocalizedText;
  metric: GoalMetric;
  target: number;
  current?: number | undefined;
  startsOn: string;
  dueOn?: string | null | undefined;
}

/** Settings an admin may change. */
export type SettingsChanges = Partial<
  Pick<CommunitySettings, 'name' | 'tagline' | 'targetPostsPerWeek' | 'stockWarningDays' | 'rateLimits'>
>;

const notSetUp = () =>
  new AppError(
    'COMMUNITY.NOT_SET_UP',
    404,
    'This community has no charter yet. An administrator sets it up from the animator console.',
  );
const adminOnly = () =>
  new AppError('COMMUNITY.ADMIN_ONLY', 403, 'Only community administrators can do this.');

/** The community's direction (DESIGN.md key 1): charter versions, acknowledgement, goals, settings. */
export class CharterService {
  constructor(
    private readonly deps: {
      charters: CharterRepository;
      members: MemberRepository;
      posts: PostRepository;
      clock: Clock;
    },
  ) {}

  /** The community, its current charter and its goals with progress. */
  async overview({ actor }: { actor: Actor }): Promise<CommunityOverview> {
    const [settings, charter, goals] = await Promise.all([
      this.deps.charters.settings(actor.tenantId),
      this.deps.charters.current(actor.tenantId),
      this.deps.charters.goals(actor.tenantId),
    ]);
    if (!settings || !charter) throw notSetUp();
    return { settings, charter, goals: await Promise.all(goals.map((goal) => this.progressOf(goal))) };
  }

  /** The current charter version number, or undefined before one exists. */
  async currentVersion(tenantId: string): Promise<number | undefined> {
    return (await this.deps.charters.current(tenantId))?.version;
  }

  /**
   * Refuses to let a member publish until they accepted the current charter
   * (CHARTER.NOT_ACKNOWLEDGED): taking part starts with agreeing on how.
   */
  async requireAcknowledged(member: Pick<Member, 'tenantId' | 'charterAcknowledgedVersion'>): Promise<void> {
    const current = await this.currentVersion(member.tenantId);
    if (current !== undefined && member.charterAcknowledgedVersion !== current) {
      throw new AppError(
        'CHARTER.NOT_ACKNOWLEDGED',
        403,
        'Please read and accept the community charter first: it is on the Home screen.',
        { details: { version: current } },
      );
    }
  }

  /** The member accepts a charter version; it must be the current one. */
  async acknowledge({ actor, version }: { actor: Actor; version: number }): Promise<Stored<Member>> {
    const current = await this.currentVersion(actor.tenantId);
    if (current !== version) {
      throw new AppError(
        'CHARTER.NOT_CURRENT',
        409,
        'A newer version of the charter was published: read it first.',
        {
          details: { current: current ?? null },
        },
      );
    }
    const member = await this.deps.members.setFields(actor.tenantId, actor.memberId, {
      charterAcknowledgedVersion: version,
    });
    if (!member) throw memberNotFound();
    return member;
  }

  /** Publishes version n+1 (admins). The publisher accepts it at once. */
  async publish({ actor, draft }: { actor: Actor; draft: CharterDraft }): Promise<Stored<CharterVersion>> {
    await this.requireAdmin(actor);
    const current = await this.deps.charters.current(actor.tenantId);
    const currentVersion = current?.version ?? 0;
    const conflict = () =>
      new AppError(
        'CHARTER.VERSION_CONFLICT',
        409,
        'Someone published a newer charter while you were editing. Reload it and apply your changes again.',
        { details: { current: currentVersion } },
      );
    if (draft.baseVersion !== currentVersion) throw conflict();
    const version = currentVersion + 1;
    let published: Stored<CharterVersion>;
    try {
      published = await this.deps.charters.createVersion({
        id: charterVersionId(version),
        pk: actor.tenantId,
        tenantId: actor.tenantId,
        kind: 'charter',
        version,
        purpose: draft.purpose,
        values: draft.values,
        codeOfConduct: draft.codeOfConduct,
        rituals: draft.rituals,
        publishedAt: this.deps.clock.now().toISOString(),
        publishedBy: actor.memberId,
      });
    } catch (error) {
      if (error instanceof ConflictError) throw conflict(); // two admins published at once
      throw error;
    }
    await this.deps.members.setFields(actor.tenantId, actor.memberId, {
      charterAcknowledgedVersion: version,
    });
    return published;
  }

  /** Changes settings (admins). */
  async updateSettings({
    actor,
    changes,
  }: {
    actor: Actor;
    changes: SettingsChanges;
  }): Promise<Stored<CommunitySettings>> {
    await this.requireAdmin(actor);
    return this.changeSettings(actor.tenantId, (settings) => ({
      ...settings,
      ...changes,
      ...(changes.rateLimits ? { rateLimits: { ...settings.rateLimits, ...changes.rateLimits } } : {}),
    }));
  }

  /** The watched words (moderators: animators and admins). */
  async watchedWords({ actor }: { actor: Actor }): Promise<string[]> {
    const member = await this.requireMember(actor);
    if (!hasRole(member, 'animator')) {
      throw new AppError('MODERATION.FORBIDDEN', 403, 'Only animators and administrators moderate.');
    }
    const settings = await this.deps.charters.settings(actor.tenantId);
    if (!settings) throw notSetUp();
    return settings.watchedWords;
  }

  /** Sets the watched words (admins): normalized, deduplicated, sorted. */
  async setWatchedWords({ actor, words }: { actor: Actor; words: string[] }): Promise<string[]> {
    await this.requireAdmin(actor);
    const watchedWords = [...new Set(words.map(normalizeText).filter((w) => w.length >= 2))].sort();
    const settings = await this.changeSettings(actor.tenantId, (s) => ({ ...s, watchedWords }));
    return settings.watchedWords;
  }

  async createGoal({ actor, draft }: { actor: Actor; draft: GoalDraft }): Promise<GoalProgress> {
    await this.requireAdmin(actor);
    const goal = await this.deps.charters.upsertGoal({
      id: `goal-${newId()}`,
      pk: actor.tenantId,
      tenantId: actor.tenantId,
      kind: 'goal',
      ...this.goalFields(draft, 0),
      createdAt: this.deps.clock.now().toISOString(),
    });
    return this.progressOf(goal);
  }

  async updateGoal({
    actor,
    goalId,
    draft,
  }: {
    actor: Actor;
    goalId: string;
    draft: GoalDraft;
  }): Promise<GoalProgress> {
    await this.requireAdmin(actor);
    const existing = await this.deps.charters.goal(actor.tenantId, goalId);
    if (!existing) throw new AppError('GOAL.NOT_FOUND', 404, 'This goal does not exist.');
    const { dueOn: _dueOn, ...rest } = existing;
    const goal = await this.deps.charters.upsertGoal({
      ...rest,
      ...this.goalFields(draft, existing.current),
    });
    return this.progressOf(goal);
  }

  async deleteGoal({ actor, goalId }: { actor: Actor; goalId: string }): Promise<void> {
    await this.requireAdmin(actor);
    await this.deps.charters.deleteGoal(actor.tenantId, goalId);
  }

  private goalFields(draft: GoalDraft, previous: number) {
    return {
      title: draft.title,
      metric: draft.metric,
      target: draft.target,
      current: draft.metric === 'manual' ? (draft.current ?? previous) : 0,
      startsOn: draft.startsOn,
      ...(draft.dueOn ? { dueOn: draft.dueOn } : {}),
    };
  }

  /** Counts a goal's progress from the community's own data (manual goals: what the admin set). */
  private async progressOf(goal: Stored<Goal>): Promise<GoalProgress> {
    const since = `${goal.startsOn}T00:00:00.000Z`;
    let current = goal.current;
    switch (goal.metric) {
      case 'members':
        current = await this.deps.members.count(goal.tenantId, [
          { path: 'joinedAt', op: 'gte', value: since },
        ]);
        break;
      case 'posts':
        current = await this.deps.posts.count(goal.tenantId, [
          { path: 'status', op: 'eq', value: 'published' },
          { path: 'publishedAt', op: 'gte', value: since },
        ]);
        break;
      case 'answeredQuestions':
        current = await this.deps.posts.count(goal.tenantId, [
          { path: 'type', op: 'eq', value: 'question' },
          { path: 'status', op: 'eq', value: 'published' },
          { path: 'acceptedAnswerId', op: 'exists' },
          { path: 'publishedAt', op: 'gte', value: since },
        ]);
        break;
      case 'manual':
        break;
    }
    return { goal, current, progress: Math.min(1, current / goal.target) };
  }

  private async changeSettings(
    tenantId: string,
    change: (settings: Stored<CommunitySettings>) => Stored<CommunitySettings>,
  ): Promise<Stored<CommunitySettings>> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const settings = await this.deps.charters.settings(tenantId);
      if (!settings) throw notSetUp();
      try {
        return await this.deps.charters.replaceSettings(change(settings));
      } catch (error) {
        if (error instanceof ConcurrencyError) continue; // two admins saved at once: apply ours on theirs
        throw error;
      }
    }
    throw new AppError('COMMUNITY.BUSY', 409, 'The settings changed while saving. Try again.');
  }

  private async requireMember(actor: Actor): Promise<Stored<Member>> {
    const member = await this.deps.members.get(actor.tenantId, actor.memberId);
    if (!member) throw memberNotFound();
    return member;
  }

  private async requireAdmin(actor: Actor): Promise<Stored<Member>> {
    const member = await this.requireMember(actor);
    if (!hasRole(member, 'admin')) throw adminOnly();
    return member;
  }
}
