import {
  Badge,
  Button,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
  Tooltip,
} from '@fluentui/react-components';
import { LockClosedRegular, PeopleRegular, PersonEditRegular } from '@fluentui/react-icons';
import type { CircleDetailDto, CircleMemberDto } from '../../../../contracts/circles';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews/StateViews';
import { useAction } from '../../hooks/useAction';
import type { PagedList } from '../../hooks/usePagedList';
import { useCirclesApi, type CircleRoleName } from '../../hooks/useCircles';
import { useDates } from '../../hooks/useDates';
import type { NotifyOptions } from '../../hooks/useNotify';
import { useSession } from '../../hooks/useSession';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useCirclePageStyles } from './CirclePage.styles';
import { PersonRow } from './PersonRow';

const ROLE_LABEL: Record<CircleRoleName, MessageKey> = {
  owner: 'circles.status.owner',
  animator: 'circles.status.animator',
  member: 'circles.status.member',
};
const ROLES: CircleRoleName[] = ['owner', 'animator', 'member'];

/** The circle's members with their roles; owners (and administrators) change roles here. */
export function CircleMembers({
  circle,
  members,
  notify,
}: {
  circle: CircleDetailDto;
  members: PagedList<CircleMemberDto, undefined>;
  notify: (message: string, options?: NotifyOptions) => void;
}) {
  const styles = useCirclePageStyles();
  const { t } = useI18n();
  const dates = useDates();
  const { me } = useSession();
  const api = useCirclesApi();
  const roles = useAction();
  // Roles are the owners' call (and administrators'); animators help run the circle but do not.
  const maySetRoles =
    (circle.myStatus === 'active' && circle.myRole === 'owner') || me.roles.includes('admin');

  if (!circle.canRead) {
    return (
      <EmptyState
        icon={<LockClosedRegular />}
        title={t('circle.membersOnly')}
        body={t('circle.membersHidden')}
      />
    );
  }
  if (members.status === 'loading') return <LoadingState />;
  if (members.status === 'error' && members.error)
    return <ErrorState error={members.error} onRetry={members.reload} />;
  if (members.items.length === 0) {
    return (
      <EmptyState icon={<PeopleRegular />} title={t('circle.noMembers')} body={t('circle.noMembersBody')} />
    );
  }

  const handleRole = async (entry: CircleMemberDto, role: CircleRoleName) => {
    if (role === entry.role) return;
    const outcome = await roles.run(entry.member.id, () => api.setRole(circle.id, entry.member.id, role));
    if (!outcome.ok) {
      notify(outcome.error.message, { intent: 'error' });
      return;
    }
    members.reload();
    notify(t('circle.roleChanged', { name: entry.member.displayName, role: t(ROLE_LABEL[role]) }));
  };

  return (
    <div className={styles.panel}>
      <ul className={styles.people} aria-label={t('circle.members')} data-testid="members">
        {members.items.map((entry) => (
          <PersonRow
            key={entry.member.id}
            member={entry.member}
            extra={t('circle.memberSince', { date: dates.short(entry.since) })}
            badge={
              entry.role === 'member' ? null : (
                <Badge
                  appearance="tint"
                  color={entry.role === 'owner' ? 'brand' : 'informative'}
                  size="small"
                >
                  {t(ROLE_LABEL[entry.role])}
                </Badge>
              )
            }
            actions={
              maySetRoles ? (
                <Menu
                  checkedValues={{ role: [entry.role] }}
                  onCheckedValueChange={(_event, data) => {
                    const role = data.checkedItems[0] as CircleRoleName | undefined;
                    if (role) void handleRole(entry, role);
                  }}
                >
                  <MenuTrigger disableButtonEnhancement>
                    <Tooltip
                      content={t('circle.changeRole', { name: entry.member.displayName })}
                      relationship="label"
                    >
                      <Button
                        appearance="subtle"
                        icon={
                          roles.busy === entry.member.id ? <Spinner size="tiny" /> : <PersonEditRegular />
                        }
                      />
                    </Tooltip>
                  </MenuTrigger>
                  <MenuPopover>
                    <MenuList>
                      {ROLES.map((role) => (
                        <MenuItemRadio key={role} name="role" value={role}>
                          {t(ROLE_LABEL[role])}
                        </MenuItemRadio>
                      ))}
                    </MenuList>
                  </MenuPopover>
                </Menu>
              ) : null
            }
          />
        ))}
      </ul>
      {members.moreError ? <ErrorState error={members.moreError} onRetry={members.loadMore} /> : null}
      {members.hasMore ? (
        <Button className={styles.more} onClick={members.loadMore} disabled={members.loadingMore}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </div>
  );
}
