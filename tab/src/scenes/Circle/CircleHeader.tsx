import {
  AvatarGroup,
  AvatarGroupItem,
  Body1,
  Button,
  Card,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Tag,
  Title2,
} from '@fluentui/react-components';
import {
  ArchiveRegular,
  ArrowUndoRegular,
  CalendarRegular,
  EditRegular,
  LocalLanguageRegular,
} from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { CircleDetailDto, CircleMemberDto } from '../../../../contracts/circles';
import {
  CircleTypeIcon,
  MemberCount,
  MyStatusBadge,
  VisibilityBadge,
} from '../../components/CircleCard/CircleBits';
import type { MembershipAction } from '../../components/CircleCard/membership';
import { MembershipButtons } from '../../components/CircleCard/MembershipButtons';
import { useAction } from '../../hooks/useAction';
import { useCirclesApi } from '../../hooks/useCircles';
import { useDates } from '../../hooks/useDates';
import type { NotifyOptions } from '../../hooks/useNotify';
import { useSession } from '../../hooks/useSession';
import { useI18n } from '../../i18n/i18n';
import { CircleFormDialog } from '../Circles/CircleFormDialog';
import { useCirclePageStyles } from './CirclePage.styles';

/** How many faces the header shows (a glance, not a list: the Members tab has everyone). */
const FACES = 6;

/** Name, what it is for, size and language; my membership; Edit and Archive for those who may. */
export function CircleHeader({
  circle,
  members,
  busy,
  onAction,
  onChanged,
  notify,
}: {
  circle: CircleDetailDto;
  /** The first members, for their faces (none when the circle is members-only and I am not in). */
  members: CircleMemberDto[];
  busy: string | undefined;
  onAction: (action: MembershipAction) => void;
  onChanged: () => void;
  notify: (message: string, options?: NotifyOptions) => void;
}) {
  const styles = useCirclePageStyles();
  const { t } = useI18n();
  const dates = useDates();
  const { me } = useSession();
  const api = useCirclesApi();
  const archiving = useAction();
  const [editing, setEditing] = useState(false);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const nameId = useId();
  // Archiving is for owners and community administrators (the API says the same).
  const mayArchive =
    (circle.myStatus === 'active' && circle.myRole === 'owner') || me.roles.includes('admin');

  const setArchived = async (archived: boolean, undoing = false) => {
    const outcome = await archiving.run('archive', () => api.archive(circle.id, archived));
    if (!outcome.ok) {
      notify(outcome.error.message, { intent: 'error' });
      return;
    }
    onChanged();
    notify(
      t(archived ? 'circle.archivedDone' : 'circle.restoredDone', { name: circle.name }),
      undoing ? {} : { undo: () => void setArchived(!archived, true) },
    );
  };

  return (
    <Card className={styles.header} data-testid="circle-header">
      <div className={styles.headerTop}>
        <CircleTypeIcon type={circle.type} />
        <div className={styles.headerText}>
          <Title2 as="h1" id={nameId} className={styles.name}>
            {circle.name}
          </Title2>
          <div className={styles.badges}>
            <VisibilityBadge visibility={circle.visibility} />
            <MyStatusBadge circle={circle} />
            {circle.archived ? (
              <Tag size="extra-small" appearance="outline" icon={<ArchiveRegular />}>
                {t('circles.archived')}
              </Tag>
            ) : null}
          </div>
        </div>
      </div>
      {circle.description ? <Body1 className={styles.description}>{circle.description}</Body1> : null}
      {circle.tags.length > 0 ? (
        <ul className={styles.tags} aria-label={t('circles.tags')}>
          {circle.tags.map((tag) => (
            <li key={tag}>
              <Tag size="small" appearance="brand">
                #{tag}
              </Tag>
            </li>
          ))}
        </ul>
      ) : null}
      <div className={styles.facts}>
        {members.length > 0 ? (
          <AvatarGroup layout="stack" size={28} aria-hidden>
            {members.slice(0, FACES).map((entry) => (
              <AvatarGroupItem key={entry.member.id} name={entry.member.displayName} color="colorful" />
            ))}
          </AvatarGroup>
        ) : null}
        <MemberCount circle={circle} />
        {circle.language ? (
          <span className={styles.fact}>
            <LocalLanguageRegular aria-hidden />
            {t(circle.language === 'en' ? 'form.english' : 'form.french')}
          </span>
        ) : null}
        <span className={styles.fact}>
          <CalendarRegular aria-hidden />
          {t('circle.createdOn', { date: dates.short(circle.createdAt) })}
        </span>
      </div>
      {circle.archived ? <Body1 className={styles.muted}>{t('circle.archivedNote')}</Body1> : null}
      <div className={styles.actions}>
        <MembershipButtons circle={circle} busy={busy} onAction={onAction} withLeave describedBy={nameId} />
        {circle.canManage ? (
          <Button icon={<EditRegular />} onClick={() => setEditing(true)}>
            {t('circle.edit')}
          </Button>
        ) : null}
        {mayArchive ? (
          <Button
            icon={circle.archived ? <ArrowUndoRegular /> : <ArchiveRegular />}
            disabled={Boolean(archiving.busy)}
            onClick={() => (circle.archived ? void setArchived(false) : setConfirmArchive(true))}
          >
            {t(circle.archived ? 'circle.restore' : 'circle.archive')}
          </Button>
        ) : null}
      </div>

      {editing ? (
        <CircleFormDialog
          circle={circle}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onChanged();
            notify(t('circle.saved'));
          }}
        />
      ) : null}
      {confirmArchive ? (
        <Dialog
          open
          modalType="alert"
          onOpenChange={(_event, data) => !data.open && setConfirmArchive(false)}
        >
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t('circle.archiveTitle', { name: circle.name })}</DialogTitle>
              <DialogContent>{t('circle.archiveBody')}</DialogContent>
              <DialogActions>
                <Button onClick={() => setConfirmArchive(false)}>{t('common.cancel')}</Button>
                <Button
                  appearance="primary"
                  onClick={() => {
                    setConfirmArchive(false);
                    void setArchived(true);
                  }}
                >
                  {t('circle.archive')}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      ) : null}
    </Card>
  );
}
