import { hasRole } from '../members/member';
import type { MemberRepository } from '../members/member-repository';
import { memberNotFound } from '../members/member-service';
import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import type { Clock } from '../shared/clock';
import { Containers } from '../shared/containers';
import {
  ConcurrencyError,
  ConflictError,
  type DocumentContainer,
  type DocumentStore,
  type Stored,
} from '../shared/document-store';
import {
  isQuietSpan,
  NUDGE_RULES_ID,
  withDefaults,
  type NudgeRules,
  type NudgeRuleSections,
} from './nudge-rules';

/** The etag of rules never saved (the defaults): a first save creates the document. */
export const UNSAVED_ETAG = 'defaults';

/** The rules as read: every section, and the version to send back with a change. */
export interface NudgeRulesView extends NudgeRuleSections {
  etag: string;
  updatedAt: string | undefined;
}

const errors = {
  forbidden: () =>
    new AppError('NUDGES.FORBIDDEN', 403, 'Only community animators and administrators can do this.'),
  changed: () =>
    new AppError(
      'NUDGES.CHANGED',
      409,
      'Someone changed the nudge rules meanwhile. Reload them and apply your changes again.',
    ),
  badQuietHours: () =>
    new AppError('NUDGES.BAD_QUIET_HOURS', 400, 'Quiet hours need a start different from their end.'),
};

/**
 * The nudge rules of a community. Container `community`, pk = tenantId, id = `nudge-rules`
 * (point read). Animators read them; animators and admins change them, with the etag they read.
 */
export class NudgeRulesService {
  private readonly docs: DocumentContainer<NudgeRules>;

  constructor(private readonly deps: { store: DocumentStore; members: MemberRepository; clock: Clock }) {
    this.docs = deps.store.container<NudgeRules>(Containers.community);
  }

  /** The rules in force (defaults for a community that never set any); no access check. */
  async current(tenantId: string): Promise<NudgeRulesView> {
    const doc = await this.docs.read({ tenantId, pk: tenantId, id: NUDGE_RULES_ID });
    if (doc?.kind !== 'nudgeRules') return { ...withDefaults({}), etag: UNSAVED_ETAG, updatedAt: undefined };
    return { ...withDefaults(doc), etag: doc.etag, updatedAt: doc.updatedAt };
  }

  /** The community's notification budget for members who set none (the outbox worker reads it). */
  async budgetDefaults(
    tenantId: string,
  ): Promise<{ weeklyCap: number; quietHours?: { start: string; end: string }; timeZone: string }> {
    const { defaults } = await this.current(tenantId);
    return {
      weeklyCap: defaults.weeklyCap,
      ...(defaults.quietHours ? { quietHours: defaults.quietHours } : {}),
      timeZone: 'UTC',
    };
  }

  /** The rules, for animators and administrators. */
  async rulesFor(actor: Actor): Promise<NudgeRulesView> {
    await this.requireAnimator(actor);
    return this.current(actor.tenantId);
  }

  /**
   * Replaces the sections given (animators and admins). `etag` is the version the animator read:
   * a change by someone else meanwhile is `NUDGES.CHANGED`, never a silent overwrite.
   */
  async update({
    actor,
    changes,
    etag,
  }: {
    actor: Actor;
    changes: Partial<NudgeRuleSections>;
    etag: string;
  }): Promise<NudgeRulesView> {
    await this.requireAnimator(actor);
    if (changes.defaults?.quietHours && !isQuietSpan(changes.defaults.quietHours))
      throw errors.badQuietHours();
    const { tenantId } = actor;
    const existing = await this.docs.read({ tenantId, pk: tenantId, id: NUDGE_RULES_ID });
    const base = existing?.kind === 'nudgeRules' ? withDefaults(existing) : withDefaults({});
    const next: NudgeRules = {
      id: NUDGE_RULES_ID,
      pk: tenantId,
      tenantId,
      kind: 'nudgeRules',
      ...base,
      ...definedOnly(changes),
      updatedAt: this.deps.clock.now().toISOString(),
      updatedBy: actor.memberId,
    };
    let saved: Stored<NudgeRules>;
    try {
      if (!existing) {
        if (etag !== UNSAVED_ETAG) throw errors.changed();
        saved = await this.docs.create(next);
      } else {
        saved = await this.docs.replace(next, { ifMatch: etag });
      }
    } catch (error) {
      if (error instanceof ConflictError || error instanceof ConcurrencyError) throw errors.changed();
      throw error;
    }
    return { ...withDefaults(saved), etag: saved.etag, updatedAt: saved.updatedAt };
  }

  private async requireAnimator(actor: Actor): Promise<void> {
    const member = await this.deps.members.get(actor.tenantId, actor.memberId);
    if (!member) throw memberNotFound();
    if (!hasRole(member, 'animator')) throw errors.forbidden();
  }
}

function definedOnly(changes: Partial<NudgeRuleSections>): Partial<NudgeRuleSections> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
}
