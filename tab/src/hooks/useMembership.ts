import { useCallback } from 'react';
import type { CircleSummaryDto } from '../../../contracts/circles';
import { undoOf, type MembershipAction } from '../components/CircleCard/membership';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { useAction } from './useAction';
import { useCirclesApi } from './useCircles';
import type { NotifyOptions } from './useNotify';

const DONE: Record<MembershipAction, MessageKey> = {
  join: 'membership.done.join',
  ask: 'membership.done.ask',
  accept: 'membership.done.accept',
  decline: 'membership.done.decline',
  withdraw: 'membership.done.withdraw',
  leave: 'membership.done.leave',
};

/**
 * Joins, asks, accepts, declines, withdraws and leaves, then says what happened in a toast with
 * Undo where the member can take it back alone (see undoOf). `onChanged` reloads what the screen shows.
 */
export function useMembership({
  notify,
  onChanged,
}: {
  notify: (message: string, options?: NotifyOptions) => void;
  onChanged: (circleId: string) => void;
}): {
  perform: (circle: CircleSummaryDto, action: MembershipAction) => Promise<boolean>;
  busy: string | undefined;
} {
  const api = useCirclesApi();
  const { t } = useI18n();
  const { run, busy } = useAction();

  const perform = useCallback(
    async function perform(
      circle: CircleSummaryDto,
      action: MembershipAction,
      undoing = false,
    ): Promise<boolean> {
      const joins = action === 'join' || action === 'ask' || action === 'accept';
      const outcome = await run(`${circle.id}:${action}`, () =>
        joins ? api.join(circle.id).then(() => undefined) : api.leave(circle.id),
      );
      if (!outcome.ok) {
        if (outcome.error.code !== 'CLIENT.BUSY') notify(outcome.error.message, { intent: 'error' });
        return false;
      }
      onChanged(circle.id);
      const undo = undoing ? undefined : undoOf(action, circle);
      notify(
        t(DONE[action], { name: circle.name }),
        undo ? { undo: () => void perform(circle, undo, true) } : {},
      );
      return true;
    },
    [api, run, notify, onChanged, t],
  );
  return { perform: (circle, action) => perform(circle, action), busy };
}
