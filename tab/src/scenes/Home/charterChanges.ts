import type { CharterDto, LocalizedTextDto } from '../../../../contracts/schemas';

/** The parts of a charter a member reads and accepts. */
export type CharterContent = Pick<CharterDto, 'version' | 'purpose' | 'values' | 'codeOfConduct' | 'rituals'>;

/** What changed between the version a member accepted and the current one. */
export interface CharterChanges {
  purpose: boolean;
  codeOfConduct: boolean;
  values: { added: LocalizedTextDto[]; removed: LocalizedTextDto[]; changed: LocalizedTextDto[] };
  rituals: { added: LocalizedTextDto[]; removed: LocalizedTextDto[]; changed: LocalizedTextDto[] };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const titleKey = (title: LocalizedTextDto) => (title.en ?? title.fr ?? '').trim().toLowerCase();

/** Items matched by title: a new title is an addition, a gone one a removal, same title new words a change. */
function diffList<T extends { title: LocalizedTextDto }>(before: T[], after: T[]) {
  const old = new Map(before.map((item) => [titleKey(item.title), item]));
  const current = new Set(after.map((item) => titleKey(item.title)));
  return {
    added: after.filter((item) => !old.has(titleKey(item.title))).map((item) => item.title),
    removed: before.filter((item) => !current.has(titleKey(item.title))).map((item) => item.title),
    changed: after
      .filter((item) => old.has(titleKey(item.title)) && !same(old.get(titleKey(item.title)), item))
      .map((item) => item.title),
  };
}

/** Compares two versions section by section. */
export function charterChanges(before: CharterContent, after: CharterContent): CharterChanges {
  return {
    purpose: !same(before.purpose, after.purpose),
    codeOfConduct: !same(before.codeOfConduct, after.codeOfConduct),
    values: diffList(before.values, after.values),
    rituals: diffList(before.rituals, after.rituals),
  };
}

/** True when anything a member would notice changed. */
export function hasChanges(changes: CharterChanges): boolean {
  const lists = [changes.values, changes.rituals];
  return (
    changes.purpose ||
    changes.codeOfConduct ||
    lists.some((l) => l.added.length + l.removed.length + l.changed.length > 0)
  );
}

/**
 * The charter a member last accepted, kept in this browser. The API only serves the current
 * version, so "what changed" can only be told to someone who accepted a version here before;
 * everyone else simply reads the new one.
 */
export const acceptedCharterStore = {
  key: (tenantId: string, memberId: string) => `guildhall.acceptedCharter.${tenantId}.${memberId}`,
  load(key: string): CharterContent | undefined {
    try {
      const raw = window.localStorage.getItem(key);
      const parsed = raw ? (JSON.parse(raw) as Partial<CharterContent>) : undefined;
      return parsed &&
        typeof parsed.version === 'number' &&
        Array.isArray(parsed.values) &&
        Array.isArray(parsed.rituals)
        ? (parsed as CharterContent)
        : undefined;
    } catch {
      return undefined; // storage blocked (some Teams webviews) or damaged: no "what changed" note
    }
  },
  save(key: string, charter: CharterContent): void {
    const { version, purpose, values, codeOfConduct, rituals } = charter;
    try {
      window.localStorage.setItem(key, JSON.stringify({ version, purpose, values, codeOfConduct, rituals }));
    } catch {
      // Storage blocked or full: the note is a nicety, acknowledging still worked.
    }
  },
};
