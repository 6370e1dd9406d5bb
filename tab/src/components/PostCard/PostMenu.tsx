import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import {
  DeleteRegular,
  EditRegular,
  FlagRegular,
  LinkRegular,
  MoreHorizontalRegular,
} from '@fluentui/react-icons';
import { lazy, Suspense, useState } from 'react';
import type { ApiError } from '../../api/client';
import type { PostActions } from '../../hooks/usePostActions';
import { useI18n } from '../../i18n/i18n';
import { ReportDialog } from '../ReportDialog/ReportDialog';

// The editor (markdown preview, tag input) loads only when someone edits.
const EditPostDialog = lazy(() => import('../Composer/EditPostDialog'));

/** The "…" menu of a post: copy link, report, and edit or delete for its author. */
export function PostMenu({ actions }: { actions: PostActions }) {
  const { t } = useI18n();
  const { post } = actions;
  const [dialog, setDialog] = useState<'report' | 'delete' | 'edit' | undefined>();
  return (
    <>
      <Menu positioning="below-end">
        <MenuTrigger disableButtonEnhancement>
          <Button
            appearance="subtle"
            size="small"
            icon={<MoreHorizontalRegular />}
            aria-label={t('post.more', { title: post.title })}
          />
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<LinkRegular />} onClick={actions.copyLink}>
              {t('post.copyLink')}
            </MenuItem>
            {!post.isMine ? (
              <MenuItem icon={<FlagRegular />} onClick={() => setDialog('report')}>
                {t('post.report')}
              </MenuItem>
            ) : null}
            {post.canEdit ? (
              <MenuItem icon={<EditRegular />} onClick={() => setDialog('edit')}>
                {t('post.edit')}
              </MenuItem>
            ) : null}
            {post.canEdit ? (
              <MenuItem icon={<DeleteRegular />} onClick={() => setDialog('delete')}>
                {t('post.delete')}
              </MenuItem>
            ) : null}
          </MenuList>
        </MenuPopover>
      </Menu>
      {dialog === 'report' ? (
        <ReportDialog open onOpenChange={(open) => setDialog(open ? 'report' : undefined)} postId={post.id} />
      ) : null}
      {dialog === 'delete' ? (
        <DeletePostDialog actions={actions} onClose={() => setDialog(undefined)} />
      ) : null}
      {dialog === 'edit' ? (
        <Suspense fallback={null}>
          <EditPostDialog actions={actions} onClose={() => setDialog(undefined)} />
        </Suspense>
      ) : null}
    </>
  );
}

/** Deleting cannot be undone, so it asks first (reactions and bookmarks offer an Undo instead). */
function DeletePostDialog({ actions, onClose }: { actions: PostActions; onClose: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const handleDelete = () => {
    setBusy(true);
    setError(undefined);
    actions.remove().then(onClose, (caught: ApiError) => {
      setBusy(false);
      setError(caught);
    });
  };
  return (
    <Dialog open modalType="alert" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('post.deleteTitle')}</DialogTitle>
          <DialogContent>
            {t('post.deleteBody', { title: actions.post.title })}
            {error ? (
              <MessageBar intent="error">
                <MessageBarBody>{error.message}</MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {t('feed.cancel')}
            </Button>
            <Button
              appearance="primary"
              onClick={handleDelete}
              disabled={busy}
              icon={busy ? <Spinner size="tiny" /> : <DeleteRegular />}
            >
              {t('post.deleteConfirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
