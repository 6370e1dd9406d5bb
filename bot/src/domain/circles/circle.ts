import type { BaseDoc } from '../shared/document-store';
import type { Language } from '../shared/locale';

/** The sizes of circle (DESIGN.md key 2): the whole community, interest circles, small pods. */
export type CircleType = 'community' | 'interest' | 'pod';

/** A circle. Private circles and everything in them are invisible to non-members. */
export interface Circle extends BaseDoc {
  kind: 'circle';
  type: CircleType;
  visibility: 'open' | 'private';
  name: string;
  description: string;
  language?: Language;
  tags: string[];
  memberCount: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  archivedAt?: string;
}

/** A member's place in a circle. id = `${circleId}|${memberId}`. */
export interface Membership extends BaseDoc {
  kind: 'membership';
  circleId: string;
  memberId: string;
  role: 'member' | 'owner' | 'animator';
  status: 'active' | 'invited' | 'requested';
  since: string;
}

/** Document id of a membership. */
export function membershipId(circleId: string, memberId: string): string {
  return `${circleId}|${memberId}`;
}
