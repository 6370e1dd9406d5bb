import { Button, Spinner, Subtitle2 } from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular } from '@fluentui/react-icons';
import type { CircleDetailDto, CircleMemberDto } from '../../../../contracts/circles';
import { MemberInvite } from '../../components/MemberInvite/MemberInvite';
import { ErrorState, LoadingState } from '../../components/StateViews/StateViews';
import { useAction } from '../../hooks/useAction';
import { useCircleMembers } from '../../hooks/useCircle';
import { useCirclesApi } from '../../hooks/useCircles';
import { useDates } from '../../hooks/useDates';
import type { NotifyOptions } from '../../hooks/useNotify';
import type { PagedList } from '../../hooks/usePagedList';
import { usePlural } from '../../hooks/usePlural';
import { useI18n } from '../../i18n/i18n';
import { useCirclePageStyles } from './CirclePage.styles';
import { PersonRow } from './PersonRow';

/**
 * For owners and animators: requests to approve or decline, people to invite, invitations still
 * waiting for an answer.
 */
export function CircleManage({
  circle,
  requests,
  notify,
  onChanged,
}: {
  circle: CircleDetailDto;
  requests: PagedList<CircleMemberDto, undefined>;
  notify: (message: string, options?: NotifyOptions) => void;
  onChanged: () => void;
}) {
  const styles = useCirclePageStyles();
  const { t } = useI18n();
  const plural = usePlural();
  const dates = useDates();
  const api = useCirclesApi();
  const decisions = useAction();
  const invitations = useCircleMembers(circle.id, 'invited', true);

  const handleDecision = async (entry: CircleMemberDto, approve: boolean) => {
    const outcome = await decisions.run(`${entry.member.id}:${approve}`, () =>
      api.decide(circle.id, entry.member.id, approve),
    );
    if (!outcome.ok) {
      notify(outcome.error.message, { intent: 'error' });
      return;
    }
    requests.reload();
    onChanged();
    notify(t(approve ? 'circle.approved' : 'circle.declined', { name: entry.member.displayName }));
  };

  const handleInvite = async (memberIds: string[]): Promise<boolean> => {
    try {
      const { invited } = await api.invite(circle.id, memberIds);
      invitations.reload();
      const skipped = memberIds.length - invited.length;
      notify(
        invited.length > 0 ? plural('circle.invited', invited.length) : t('circle.inviteNobody'),
        skipped > 0 && invited.length > 0 ? { intent: 'info' } : {},
      );
      return true;
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { intent: 'error' });
      return false;
    }
  };

  return (
    <div className={styles.panel}>
      <section className={styles.subsection} aria-labelledby="requests-title">
        <Subtitle2 as="h2" id="requests-title" className={styles.subTitle}>
          {t('circle.requests')}
        </Subtitle2>
        {requests.status === 'loading' ? (
          <LoadingState />
        ) : requests.status === 'error' && requests.error ? (
          <ErrorState error={requests.error} onRetry={requests.reload} />
        ) : requests.items.length === 0 ? (
          <p className={styles.muted}>
            {circle.visibility === 'closed' ? t('circle.noRequests') : t('circle.noRequestsOpen')}
          </p>
        ) : (
          <ul className={styles.people} data-testid="requests">
            {requests.items.map((entry) => {
              const busy = decisions.busy?.startsWith(`${entry.member.id}:`);
              return (
                <PersonRow
                  key={entry.member.id}
                  member={entry.member}
                  extra={t('circle.askedAgo', { when: dates.relative(entry.since) })}
                  actions={
                    <>
                      <Button
                        appearance="primary"
                        size="small"
                        icon={
                          decisions.busy === `${entry.member.id}:true` ? (
                            <Spinner size="tiny" />
                          ) : (
                            <CheckmarkRegular />
                          )
                        }
                        disabled={busy}
                        aria-label={t('circle.approveOne', { name: entry.member.displayName })}
                        onClick={() => void handleDecision(entry, true)}
                      >
                        {t('circle.approve')}
                      </Button>
                      <Button
                        size="small"
                        icon={<DismissRegular />}
                        disabled={busy}
                        aria-label={t('circle.declineOne', { name: entry.member.displayName })}
                        onClick={() => void handleDecision(entry, false)}
                      >
                        {t('circle.decline')}
                      </Button>
                    </>
                  }
                />
              );
            })}
          </ul>
        )}
      </section>

      <section className={styles.subsection} aria-labelledby="invite-title">
        <Subtitle2 as="h2" id="invite-title" className={styles.subTitle}>
          {t('circle.invite')}
        </Subtitle2>
        <MemberInvite
          onInvite={handleInvite}
          excludeIds={invitations.items.map((entry) => entry.member.id)}
        />
        {invitations.status === 'ready' && invitations.items.length > 0 ? (
          <>
            <Subtitle2 as="h3" className={styles.subTitle}>
              {t('circle.pendingInvitations')}
            </Subtitle2>
            <ul className={styles.people} data-testid="invitations">
              {invitations.items.map((entry) => (
                <PersonRow
                  key={entry.member.id}
                  member={entry.member}
                  extra={t('circle.invitedAgo', { when: dates.relative(entry.since) })}
                />
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </div>
  );
}
