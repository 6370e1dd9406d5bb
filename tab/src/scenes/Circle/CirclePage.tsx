import { Button, CounterBadge, Tab, TabList } from '@fluentui/react-components';
import { ArrowLeftRegular, LockClosedRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import type { CircleDetailDto } from '../../../../contracts/circles';
import type { MembershipAction } from '../../components/CircleCard/membership';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews/StateViews';
import { useCircle, useCircleMembers } from '../../hooks/useCircle';
import { hrefOf, useRoute } from '../../hooks/useHashRoute';
import { useMembership } from '../../hooks/useMembership';
import { useNotify } from '../../hooks/useNotify';
import { useI18n } from '../../i18n/i18n';
import { CircleFeed } from './CircleFeed';
import { CircleHeader } from './CircleHeader';
import { CircleManage } from './CircleManage';
import { CircleMembers } from './CircleMembers';
import { useCirclePageStyles } from './CirclePage.styles';

type Panel = 'posts' | 'members' | 'manage';

/**
 * A circle (`#/circles/<id>`): who it is for, my place in it, its posts and members, and for its
 * owners and animators the requests, invitations, roles and settings. A private circle I am not in
 * looks exactly like one that does not exist (the API answers 404 for both).
 */
export default function CirclePage() {
  const { route } = useRoute();
  const circleId = route.id ?? '';
  const circle = useCircle(circleId);
  if (circle.status === 'loading') return <LoadingState />;
  if (circle.status === 'error') {
    return circle.error.code === 'CIRCLE.NOT_FOUND' ? (
      <CircleNotFound message={circle.error.message} />
    ) : (
      <ErrorState error={circle.error} onRetry={circle.reload} />
    );
  }
  return <CircleView key={circleId} circle={circle.data} reload={circle.reload} />;
}

function CircleNotFound({ message }: { message: string }) {
  const { t } = useI18n();
  const { navigate } = useRoute();
  return (
    <div data-testid="circle-not-found">
      <EmptyState
        icon={<LockClosedRegular />}
        title={message}
        body={t('circle.notFoundBody')}
        action={
          <Button appearance="primary" onClick={() => navigate(hrefOf('circles'))}>
            {t('circle.browse')}
          </Button>
        }
      />
    </div>
  );
}

function CircleView({ circle, reload }: { circle: CircleDetailDto; reload: () => void }) {
  const styles = useCirclePageStyles();
  const { t } = useI18n();
  const { route, navigate } = useRoute();
  const { toaster, notify } = useNotify();
  const initialPanel = route.query.get('panel');
  const [panel, setPanel] = useState<Panel>(
    initialPanel === 'members' || (initialPanel === 'manage' && circle.canManage) ? initialPanel : 'posts',
  );
  // Pending requests are counted on the tab, so managers see at once that someone is waiting.
  const requests = useCircleMembers(circle.id, 'requested', circle.canManage);
  // Loaded once for both the header's faces and the Members tab.
  const members = useCircleMembers(circle.id, 'active', circle.canRead);
  const { reload: reloadMembers } = members;
  const handleChanged = useCallback(() => {
    reload();
    reloadMembers();
  }, [reload, reloadMembers]);
  const membership = useMembership({ notify, onChanged: handleChanged });

  const handleAction = useCallback(
    async (action: MembershipAction) => {
      const done = await membership.perform(circle, action);
      // Gone from a private circle: it no longer exists for me, so back to the directory.
      if (done && (action === 'leave' || action === 'decline') && circle.visibility === 'private') {
        navigate(hrefOf('circles'));
      }
    },
    [membership, circle, navigate],
  );

  return (
    <div className={styles.page}>
      {toaster}
      <Button
        className={styles.back}
        appearance="subtle"
        icon={<ArrowLeftRegular />}
        onClick={() => navigate(hrefOf('circles'))}
      >
        {t('circle.back')}
      </Button>
      <CircleHeader
        circle={circle}
        members={members.items}
        busy={membership.busy}
        onAction={(action) => void handleAction(action)}
        onChanged={handleChanged}
        notify={notify}
      />
      <TabList
        className={styles.tabs}
        selectedValue={panel}
        onTabSelect={(_event, data) => setPanel(data.value as Panel)}
        aria-label={t('circle.sections')}
      >
        <Tab value="posts">{t('circle.posts')}</Tab>
        <Tab value="members">{t('circle.members')}</Tab>
        {circle.canManage ? (
          <Tab value="manage">
            {t('circle.manage')}
            {requests.items.length > 0 ? (
              <>
                {' '}
                <CounterBadge count={requests.items.length} size="small" color="danger" aria-hidden />
              </>
            ) : null}
          </Tab>
        ) : null}
      </TabList>
      <div
        role="tabpanel"
        aria-label={t(
          panel === 'posts' ? 'circle.posts' : panel === 'members' ? 'circle.members' : 'circle.manage',
        )}
      >
        {panel === 'posts' ? <CircleFeed circle={circle} /> : null}
        {panel === 'members' ? <CircleMembers circle={circle} members={members} notify={notify} /> : null}
        {panel === 'manage' && circle.canManage ? (
          <CircleManage circle={circle} requests={requests} notify={notify} onChanged={handleChanged} />
        ) : null}
      </div>
    </div>
  );
}
