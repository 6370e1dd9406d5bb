import type { Member, NotificationSettings } from '../members/member';
import type { MemberRepository } from '../members/member-repository';
import { memberNotFound } from '../members/member-service';
import { NUDGE_KINDS, type NudgeKind } from '../outbox/outbox';
import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import type { Stored } from '../shared/document-store';
import type { Language } from '../shared/locale';
import { activeKinds, isKnownTimeZone, isQuietSpan, type QuietHours } from './nudge-rules';
import type { NudgeRulesService } from './nudge-rules-service';

/** A member's settings with the community's defaults beside them. */
export interface MemberSettingsView {
  member: Stored<Member>;
  language: Language | undefined;
  timeZone: string | undefined;
  quietHours: QuietHours | undefined;
  weeklyCap: number | undefined;
  mutedKinds: NudgeKind[];
  defaults: { weeklyCap: number; quietHours: QuietHours | null };
  activeKinds: NudgeKind[];
}

/** What a member may change; absent fields stay as they are, `quietHours: null` clears them. */
export interface MemberSettingsChanges {
  language?: Language | undefined;
  timeZone?: string | undefined;
  quietHours?: QuietHours | null | undefined;
  weeklyCap?: number | undefined;
  mutedKinds?: NudgeKind[] | undefined;
}

const errors = {
  badTimeZone: (zone: string) =>
    new AppError(
      'SETTINGS.BAD_TIME_ZONE',
      400,
      `"${zone.slice(0, 64)}" is not a time zone. Choose one from the list, such as Europe/Paris.`,
      { details: { timeZone: zone.slice(0, 64) } },
    ),
  badQuietHours: () =>
    new AppError(
      'SETTINGS.BAD_QUIET_HOURS',
      400,
      'Quiet hours need a start different from their end (or none at all).',
    ),
};

/**
 * The member's own settings (DESIGN.md §4 and key 7): language, time zone, quiet hours, weekly cap
 * and the nudges they switched off. Only the member changes them; the outbox applies them at send
 * time, and the nudge planner skips kinds the member switched off.
 */
export class MemberSettingsService {
  constructor(private readonly deps: { members: MemberRepository; rules: NudgeRulesService }) {}

  async get(actor: Actor): Promise<MemberSettingsView> {
    const member = await this.deps.members.get(actor.tenantId, actor.memberId);
    if (!member) throw memberNotFound();
    return this.viewOf(member);
  }

  async update({
    actor,
    changes,
  }: {
    actor: Actor;
    changes: MemberSettingsChanges;
  }): Promise<MemberSettingsView> {
    const member = await this.deps.members.get(actor.tenantId, actor.memberId);
    if (!member) throw memberNotFound();
    if (changes.timeZone !== undefined && !isKnownTimeZone(changes.timeZone))
      throw errors.badTimeZone(changes.timeZone);
    if (changes.quietHours && !isQuietSpan(changes.quietHours)) throw errors.badQuietHours();

    const current = member.notifications ?? { mutedKinds: [] };
    const notifications: NotificationSettings = {
      // Kept in a stable order, without duplicates, whatever order the client sent.
      mutedKinds:
        changes.mutedKinds === undefined
          ? current.mutedKinds
          : NUDGE_KINDS.filter((kind) => changes.mutedKinds!.includes(kind)),
    };
    const quietHours = changes.quietHours === undefined ? current.quietHours : changes.quietHours;
    if (quietHours) notifications.quietHours = { start: quietHours.start, end: quietHours.end };
    const weeklyCap = changes.weeklyCap ?? current.weeklyCap;
    if (weeklyCap !== undefined) notifications.weeklyCap = weeklyCap;

    // One patch: language, time zone and the budget change together or not at all.
    const updated = await this.deps.members.setFields(actor.tenantId, actor.memberId, {
      notifications,
      ...(changes.language ? { language: changes.language } : {}),
      ...(changes.timeZone ? { timeZone: changes.timeZone } : {}),
    });
    if (!updated) throw memberNotFound();
    return this.viewOf(updated);
  }

  private async viewOf(member: Stored<Member>): Promise<MemberSettingsView> {
    const rules = await this.deps.rules.current(member.tenantId);
    return {
      member,
      language: member.language,
      timeZone: member.timeZone,
      quietHours: member.notifications?.quietHours,
      weeklyCap: member.notifications?.weeklyCap,
      mutedKinds: member.notifications?.mutedKinds ?? [],
      defaults: rules.defaults,
      activeKinds: activeKinds(rules),
    };
  }
}
