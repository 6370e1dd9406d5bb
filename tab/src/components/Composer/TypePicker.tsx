import { Caption1, Toolbar, ToolbarRadioButton, ToolbarRadioGroup } from '@fluentui/react-components';
import type { WritableType } from '../../hooks/composerModel';
import { useI18n } from '../../i18n/i18n';
import { POST_TYPE_ORDER, POST_TYPES } from '../PostCard/postTypes';
import { useComposerStyles } from './Composer.styles';

/** Article, question, idea, link, video (and announcement for animators): a radio group of chips. */
export function TypePicker({
  value,
  types,
  onChange,
}: {
  value: WritableType;
  types: readonly WritableType[];
  onChange: (type: WritableType) => void;
}) {
  const styles = useComposerStyles();
  const { t } = useI18n();
  const hintId = 'composer-type-hint';
  return (
    <div>
      <Toolbar
        aria-label={t('composer.type')}
        aria-describedby={hintId}
        checkedValues={{ type: [value] }}
        onCheckedValueChange={(_event, data) => {
          const next = data.checkedItems[0];
          if (next) onChange(next as WritableType);
        }}
        className={styles.types}
        size="small"
      >
        <ToolbarRadioGroup className={styles.types}>
          {POST_TYPE_ORDER.filter((type) => types.includes(type)).map((type) => {
            const { Icon, label } = POST_TYPES[type];
            return (
              <ToolbarRadioButton
                key={type}
                name="type"
                value={type}
                icon={<Icon />}
                appearance={type === value ? 'primary' : 'subtle'}
                className={styles.typeButton}
              >
                {t(label)}
              </ToolbarRadioButton>
            );
          })}
        </ToolbarRadioGroup>
      </Toolbar>
      <Caption1 id={hintId} className={styles.typeHint}>
        {t(POST_TYPES[value].hint)}
      </Caption1>
    </div>
  );
}
