import { Avatar, Caption1, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { MemberSummaryDto } from '../../../../contracts/schemas';
import { useCirclePageStyles } from './CirclePage.styles';

/** One person in a list: avatar, name, what they do, and the actions that concern them. */
export function PersonRow({
  member,
  extra,
  badge,
  actions,
}: {
  member: MemberSummaryDto;
  extra?: string;
  badge?: ReactNode;
  actions?: ReactNode;
}) {
  const styles = useCirclePageStyles();
  const details = [member.jobRole, member.department].filter(Boolean).join(' · ');
  return (
    <li className={styles.person} data-testid="person" data-member-id={member.id}>
      <Avatar name={member.displayName} color="colorful" size={40} aria-hidden />
      <div className={styles.personText}>
        <Text className={styles.personName}>
          {member.displayName} {badge}
        </Text>
        {details ? <Caption1 className={styles.personDetails}>{details}</Caption1> : null}
        {extra ? <Caption1 className={styles.personDetails}>{extra}</Caption1> : null}
      </div>
      {actions ? <div className={styles.personActions}>{actions}</div> : null}
    </li>
  );
}
