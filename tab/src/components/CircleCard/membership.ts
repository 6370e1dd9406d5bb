import type { CircleSummaryDto } from '../../../../contracts/circles';

/**
 * Seats in a pod. Mirrors POD_MAX_MEMBERS in the server's circle domain: the API does not send it,
 * and the tab only uses it to say "5 of 8 seats" and to grey out "Join" when a pod is full
 * (the server still decides, with CIRCLE.POD_FULL).
 */
export const POD_SEATS = 8;

/** What a member can do about a circle from where they stand. */
export type MembershipAction = 'join' | 'ask' | 'accept' | 'decline' | 'withdraw' | 'leave';

/** The circle fields these rules read. */
export type CircleState = Pick<
  CircleSummaryDto,
  'visibility' | 'myStatus' | 'archived' | 'type' | 'memberCount'
>;

/** A pod with every seat taken (only matters to people who are not in it yet). */
export function isFull(circle: CircleState): boolean {
  return circle.type === 'pod' && circle.memberCount >= POD_SEATS && circle.myStatus !== 'active';
}

/**
 * The actions offered for a circle, most important first. Archived circles take no one new;
 * private circles are joined by invitation only.
 */
export function membershipActions(circle: CircleState): MembershipAction[] {
  switch (circle.myStatus) {
    case 'active':
      return ['leave'];
    case 'invited':
      return circle.archived ? ['decline'] : ['accept', 'decline'];
    case 'requested':
      return ['withdraw'];
    case 'none':
      if (circle.archived || circle.visibility === 'private') return [];
      return [circle.visibility === 'open' ? 'join' : 'ask'];
  }
}

/**
 * The action that takes `action` back, when taking it back is the member's own choice.
 * Leaving an open circle is undone by joining again; leaving a closed or private one is not
 * (coming back needs an owner), so the screen asks first instead of offering Undo.
 */
export function undoOf(
  action: MembershipAction,
  circle: Pick<CircleSummaryDto, 'visibility'>,
): MembershipAction | undefined {
  switch (action) {
    case 'join':
      return 'leave';
    case 'ask':
      return 'withdraw';
    case 'withdraw':
      return 'ask';
    case 'leave':
      return circle.visibility === 'open' ? 'join' : undefined;
    case 'accept':
      return circle.visibility === 'open' ? 'leave' : undefined;
    case 'decline':
      return undefined;
  }
}

/** Leaving (or declining) cannot be undone from here: confirm before doing it. */
export function needsConfirmation(
  action: MembershipAction,
  circle: Pick<CircleSummaryDto, 'visibility'>,
): boolean {
  return (
    (action === 'leave' && circle.visibility !== 'open') ||
    (action === 'decline' && circle.visibility === 'private')
  );
}
