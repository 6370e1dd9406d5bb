import type { Actor } from '../shared/actor';
import type { Clock } from '../shared/clock';
import { ConflictError, type Stored } from '../shared/document-store';
import type { Member } from './member';
import type { MemberRepository } from './member-repository';

/** How long a "last seen" stays fresh before a request refreshes it (saves a write per request). */
const LAST_SEEN_RESOLUTION_MS = 15 * 60 * 1000;

/** Members: first arrival and the member's own profile. */
export class MemberService {
  constructor(private readonly deps: { members: MemberRepository; clock: Clock }) {}

  /**
   * The acting member, created on first sight (from an SSO token, a bot activity or dev mode),
   * with "last seen" refreshed at most every 15 minutes.
   */
  async ensure({ actor, source }: { actor: Actor; source: Member['source'] }): Promise<Stored<Member>> {
    const now = this.deps.clock.now();
    const existing = await this.deps.members.get(actor.tenantId, actor.memberId);
    if (existing) {
      if (now.getTime() - Date.parse(existing.lastSeenAt) < LAST_SEEN_RESOLUTION_MS) return existing;
      return (
        (await this.deps.members.setFields(actor.tenantId, actor.memberId, {
          lastSeenAt: now.toISOString(),
        })) ?? existing
      );
    }
    const member: Member = {
      id: actor.memberId,
      pk: actor.tenantId,
      tenantId: actor.tenantId,
      kind: 'member',
      displayName: actor.displayName?.trim() || 'New member',
      roles: [],
      segments: { interests: [] },
      joinedAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      source,
    };
    try {
      return await this.deps.members.create(member);
    } catch (error) {
      // Two first requests raced (the tab and the bot at install): the other one created it.
      if (error instanceof ConflictError) {
        const winner = await this.deps.members.get(actor.tenantId, actor.memberId);
        if (winner) return winner;
      }
      throw error;
    }
  }
}
