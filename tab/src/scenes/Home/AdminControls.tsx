import { Button, Tooltip } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useI18n } from '../../i18n/i18n';

/*
 * Administrators' buttons on Home. They live in their own lazy chunk (with their icons and the
 * tooltip machinery) so that members, who never see them, do not download them at start-up.
 */

/** "Add a goal". */
export function AddGoalButton({ onClick }: { onClick: () => void }) {
  const { t } = useI18n();
  return (
    <Button icon={<AddRegular />} onClick={onClick}>
      {t('goals.add')}
    </Button>
  );
}

/** "Edit charter". */
export function EditCharterButton({ onClick }: { onClick: () => void }) {
  const { t } = useI18n();
  return (
    <Button icon={<EditRegular />} onClick={onClick}>
      {t('charter.edit')}
    </Button>
  );
}

/** Edit and Delete on a goal card. */
export function GoalActions({
  title,
  onEdit,
  onDelete,
}: {
  title: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <Tooltip content={t('goals.editOne', { title })} relationship="label">
        <Button appearance="subtle" icon={<EditRegular />} onClick={onEdit} />
      </Tooltip>
      <Tooltip content={t('goals.deleteOne', { title })} relationship="label">
        <Button appearance="subtle" icon={<DeleteRegular />} onClick={onDelete} />
      </Tooltip>
    </>
  );
}
