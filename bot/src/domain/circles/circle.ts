import type { BaseDoc } from '../shared/document-store';
import type { Language } from '../shared/locale';
import { normalizeText } from '../shared/text';

/** The sizes of circle (DESIGN.md key 2): the whole community, interest circles, small pods. */
export type CircleType = 'community' | 'interest' | 'pod';

/**
 * Who can see and join a circle.
 * - `open`: listed; anyone joins; everyone reads its posts.
 * - `closed`: listed (name, description, size); joining is a request an owner approves; only members read.
 * - `private`: invisible to non-members on every route; joining is by invitation only.
 */
export type CircleVisibility = 'open' | 'closed' | 'private';

/** A pod is a small group: at most this many members (and it feels alive from 3). */
export const POD_MAX_MEMBERS = 8;
export const POD_MIN_MEMBERS = 3;

/** A circle. */
export interface Circle extends BaseDoc {
  kind: 'circle';
  type: CircleType;
  visibility: CircleVisibility;
  name: string;
  description: string;
  language?: Language;
  tags: string[];
  /** Active members (atomic counter). */
  memberCount: number;
  /**
   * Active members per department slug (`d_data`, atomic counters): feeds "people in your department
   * joined X" suggestions without reading every membership.
   */
  departmentCounts: Record<string, number>;
  /** Lower-cased, accent-free name, description and tags, for search. */
  searchText: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  archivedAt?: string;
}

/** Roles inside a circle. Owners manage it; animators run its life; members take part. */
export type CircleRole = 'member' | 'animator' | 'owner';

/** A member's place in a circle. id = `${circleId}|${memberId}`. */
export interface Membership extends BaseDoc {
  kind: 'membership';
  circleId: string;
  memberId: string;
  role: CircleRole;
  /** `invited`: an owner asked them; `requested`: they asked to join a closed circle. */
  status: 'active' | 'invited' | 'requested';
  since: string;
  invitedBy?: string;
}

/** Document id of a membership. */
export function membershipId(circleId: string, memberId: string): string {
  return `${circleId}|${memberId}`;
}

/** The counter key of a department ("R&D Lyon" → `d_r_d_lyon`), safe as a document path segment. */
export function departmentKey(department: string): string {
  return `d_${normalizeText(department)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 40)}`;
}

/** The search text of a circle. */
export function circleSearchText(circle: Pick<Circle, 'name' | 'description' | 'tags'>): string {
  return normalizeText([circle.name, circle.description, ...circle.tags].join(' '));
}
