import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from '@fluentui/react-components';
import {
  CheckmarkRegular,
  DismissRegular,
  DoorArrowLeftRegular,
  PersonAddRegular,
  SendRegular,
  ArrowUndoRegular,
} from '@fluentui/react-icons';
import { useState, type JSX } from 'react';
import type { CircleSummaryDto } from '../../../../contracts/circles';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { isFull, membershipActions, needsConfirmation, type MembershipAction } from './membership';

const BUTTON: Record<MembershipAction, { label: MessageKey; icon: JSX.Element; primary: boolean }> = {
  join: { label: 'circles.action.join', icon: <PersonAddRegular />, primary: true },
  ask: { label: 'circles.action.ask', icon: <SendRegular />, primary: true },
  accept: { label: 'circles.action.accept', icon: <CheckmarkRegular />, primary: true },
  decline: { label: 'circles.action.decline', icon: <DismissRegular />, primary: false },
  withdraw: { label: 'circles.action.withdraw', icon: <ArrowUndoRegular />, primary: false },
  leave: { label: 'circles.action.leave', icon: <DoorArrowLeftRegular />, primary: false },
};

/**
 * The membership buttons a circle offers (Join, Ask to join, Accept/Decline, Withdraw, Leave).
 * What cannot be undone alone (leaving a closed or private circle) is confirmed first.
 * `describedBy` points at the circle's name, so "Join" says which circle to a screen reader.
 */
export function MembershipButtons({
  circle,
  busy,
  onAction,
  withLeave = false,
  describedBy,
}: {
  circle: CircleSummaryDto;
  /** The action running, as `<circleId>:<action>`. */
  busy: string | undefined;
  onAction: (action: MembershipAction) => void;
  withLeave?: boolean;
  describedBy?: string;
}) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState<MembershipAction | undefined>();
  const actions = membershipActions(circle).filter((action) => withLeave || action !== 'leave');
  const full = isFull(circle);

  const handle = (action: MembershipAction) => {
    if (needsConfirmation(action, circle)) setConfirming(action);
    else onAction(action);
  };

  return (
    <>
      {actions.map((action) => {
        const { label, icon, primary } = BUTTON[action];
        const running = busy === `${circle.id}:${action}`;
        const blocked = (action === 'join' || action === 'ask') && full;
        return (
          <Button
            key={action}
            appearance={primary ? 'primary' : 'secondary'}
            icon={running ? <Spinner size="tiny" /> : icon}
            disabled={Boolean(busy?.startsWith(`${circle.id}:`)) || blocked}
            aria-describedby={describedBy}
            onClick={() => handle(action)}
          >
            {blocked ? t('circles.action.full') : t(label)}
          </Button>
        );
      })}
      {confirming ? (
        <Dialog
          open
          modalType="alert"
          onOpenChange={(_event, data) => !data.open && setConfirming(undefined)}
        >
          <DialogSurface>
            <DialogBody>
              <DialogTitle>
                {t(confirming === 'leave' ? 'circles.confirm.leaveTitle' : 'circles.confirm.declineTitle', {
                  name: circle.name,
                })}
              </DialogTitle>
              <DialogContent>
                {t(
                  confirming === 'decline'
                    ? 'circles.confirm.declinePrivate'
                    : circle.visibility === 'private'
                      ? 'circles.confirm.leavePrivate'
                      : 'circles.confirm.leaveClosed',
                )}
              </DialogContent>
              <DialogActions>
                <Button onClick={() => setConfirming(undefined)}>{t('common.cancel')}</Button>
                <Button
                  appearance="primary"
                  onClick={() => {
                    setConfirming(undefined);
                    onAction(confirming);
                  }}
                >
                  {t(confirming === 'leave' ? 'circles.action.leave' : 'circles.action.decline')}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      ) : null}
    </>
  );
}
