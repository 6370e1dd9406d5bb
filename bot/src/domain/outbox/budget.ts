import type { Member } from '../members/member';
import { Containers } from '../shared/containers';
import {
  ConflictError,
  type BaseDoc,
  type DocumentContainer,
  type DocumentStore,
} from '../shared/document-store';
import type { OutboxKind } from './outbox';

/** The community's defaults, for members who set nothing. */
export interface BudgetDefaults {
  weeklyCap: number;
  quietHours?: { start: string; end: string };
  timeZone: string;
}

/** What the budget says about one personal nudge now. */
export type BudgetVerdict =
  | { verdict: 'send'; week: string }
  | { verdict: 'wait'; until: string; reason: 'budget.quietHours' | 'budget.weeklyCap' }
  | { verdict: 'drop'; reason: 'budget.optedOut' | 'budget.quietHours' | 'budget.weeklyCap' };

interface WeekCounter extends BaseDoc {
  kind: 'nudgeWeek';
  count: number;
}

/**
 * The member's notification budget (DESIGN.md §4): the kinds they switched off, quiet hours in
 * their time zone, and a weekly cap (Monday to Sunday in their time zone). `take` answers for one
 * nudge and, when it says send, counts it (an atomic increment, given back with `refund` if the
 * message is not sent after all), so two workers never both spend the last unit.
 */
export class NotificationBudget {
  private readonly counters: DocumentContainer<WeekCounter>;

  constructor(
    store: DocumentStore,
    /** The community's defaults of a tenant (the animator sets them with the nudge rules). */
    private readonly defaults: (tenantId: string) => Promise<BudgetDefaults>,
  ) {
    this.counters = store.container<WeekCounter>(Containers.counters);
  }

  async take(
    member: Pick<Member, 'tenantId' | 'id' | 'timeZone' | 'notifications'>,
    kind: OutboxKind,
    overBudget: 'wait' | 'drop',
    now: Date,
  ): Promise<BudgetVerdict> {
    const settings = member.notifications;
    if (kind !== 'poll' && settings?.mutedKinds.includes(kind))
      return { verdict: 'drop', reason: 'budget.optedOut' };
    const defaults = await this.defaults(member.tenantId);
    const zone = validZone(member.timeZone) ?? validZone(defaults.timeZone) ?? 'UTC';
    const quiet = settings?.quietHours ?? defaults.quietHours;
    if (quiet) {
      const end = quietUntil(now, zone, quiet);
      if (end) {
        return overBudget === 'wait'
          ? { verdict: 'wait', until: end.toISOString(), reason: 'budget.quietHours' }
          : { verdict: 'drop', reason: 'budget.quietHours' };
      }
    }
    const cap = settings?.weeklyCap ?? defaults.weeklyCap;
    const week = weekKey(now, zone);
    const key = { tenantId: member.tenantId, pk: `${member.tenantId}|${member.id}`, id: `nudges|${week}` };
    if (cap <= 0)
      return overBudget === 'wait'
        ? this.nextWeek(now, zone)
        : { verdict: 'drop', reason: 'budget.weeklyCap' };
    let counter = await this.counters.patch(key, [{ op: 'incr', path: 'count', value: 1 }]);
    if (!counter) {
      try {
        counter = await this.counters.create({ ...key, kind: 'nudgeWeek', count: 1 });
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        // Another worker created it first: count on theirs.
        counter = await this.counters.patch(key, [{ op: 'incr', path: 'count', value: 1 }]);
      }
    }
    if (counter && counter.count > cap) {
      await this.counters.patch(key, [{ op: 'incr', path: 'count', value: -1 }]);
      return overBudget === 'wait'
        ? this.nextWeek(now, zone)
        : { verdict: 'drop', reason: 'budget.weeklyCap' };
    }
    return { verdict: 'send', week };
  }

  /** Gives back the unit `take` counted, when the message was not sent after all. */
  async refund(tenantId: string, memberId: string, week: string): Promise<void> {
    await this.counters.patch({ tenantId, pk: `${tenantId}|${memberId}`, id: `nudges|${week}` }, [
      { op: 'incr', path: 'count', value: -1 },
    ]);
  }

  private nextWeek(now: Date, zone: string): BudgetVerdict {
    return { verdict: 'wait', until: nextMondayStart(now, zone).toISOString(), reason: 'budget.weeklyCap' };
  }
}

function validZone(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

/** The wall-clock fields of `at` in `zone`. */
export function localParts(
  at: Date,
  zone: string,
): { year: number; month: number; day: number; hour: number; minute: number; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday'));
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    weekday,
  };
}

/** The instant a local wall-clock time in `zone` stands for (the first, across a DST change). */
export function zonedInstant(
  zone: string,
  fields: { year: number; month: number; day: number; hour: number; minute: number },
): Date {
  const asUtc = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute);
  // The zone's offset at about that time, then once more at the corrected instant.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const local = localParts(new Date(guess), zone);
    const localAsUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
    guess = asUtc - (localAsUtc - guess);
  }
  return new Date(guess);
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** When the quiet hours `now` falls in end, or undefined when `now` is outside them. */
export function quietUntil(now: Date, zone: string, quiet: { start: string; end: string }): Date | undefined {
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return undefined;
  const local = localParts(now, zone);
  const minute = local.hour * 60 + local.minute;
  const inside = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!inside) return undefined;
  // The end is today, or tomorrow when the quiet hours run past midnight and we are before it.
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day));
  if (start > end && minute >= start) day.setUTCDate(day.getUTCDate() + 1);
  return zonedInstant(zone, {
    year: day.getUTCFullYear(),
    month: day.getUTCMonth() + 1,
    day: day.getUTCDate(),
    hour: Math.floor(end / 60),
    minute: end % 60,
  });
}

/** `2026-11-23`: the Monday that starts `now`'s week in `zone`. */
export function weekKey(now: Date, zone: string): string {
  const local = localParts(now, zone);
  const monday = new Date(Date.UTC(local.year, local.month - 1, local.day - local.weekday));
  return monday.toISOString().slice(0, 10);
}

/** Next Monday 00:00 in `zone`. */
export function nextMondayStart(now: Date, zone: string): Date {
  const local = localParts(now, zone);
  const monday = new Date(Date.UTC(local.year, local.month - 1, local.day - local.weekday + 7));
  return zonedInstant(zone, {
    year: monday.getUTCFullYear(),
    month: monday.getUTCMonth() + 1,
    day: monday.getUTCDate(),
    hour: 0,
    minute: 0,
  });
}
