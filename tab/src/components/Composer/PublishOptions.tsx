import { Caption1, Checkbox, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { toLocalInputValue, type PublishMode } from '../../hooks/composerModel';
import { useNow } from '../../hooks/useNow';
import { useI18n } from '../../i18n/i18n';
import { useComposerStyles } from './Composer.styles';

/** Publish now, keep as a draft (ready for the editorial stock or not), or schedule. */
export function PublishOptions({
  publish,
  ready,
  scheduledFor,
  canSchedule,
  onChange,
  scheduleMessage,
}: {
  publish: PublishMode;
  ready: boolean;
  scheduledFor: string;
  canSchedule: boolean;
  onChange: (patch: { publish?: PublishMode; ready?: boolean; scheduledFor?: string }) => void;
  scheduleMessage?: string | undefined;
}) {
  const styles = useComposerStyles();
  const { t } = useI18n();
  const now = useNow();
  return (
    <div className={styles.publish}>
      <Field label={t('composer.when')}>
        <RadioGroup
          layout="horizontal"
          value={publish === 'schedule' && !canSchedule ? 'now' : publish}
          onChange={(_event, data) => onChange({ publish: data.value as PublishMode })}
        >
          <Radio value="now" label={t('composer.publishNow')} />
          <Radio value="draft" label={t('composer.saveDraft')} />
          {canSchedule ? <Radio value="schedule" label={t('composer.schedule')} /> : null}
        </RadioGroup>
      </Field>
      {publish === 'draft' ? (
        <div>
          <Checkbox
            checked={ready}
            onChange={(_event, data) => onChange({ ready: data.checked === true })}
            label={t('composer.ready')}
          />
          <Caption1 className={styles.muted} as="p">
            {t('composer.readyHint')}
          </Caption1>
        </div>
      ) : null}
      {publish === 'schedule' && canSchedule ? (
        <Field
          label={t('composer.scheduleAt')}
          required
          validationMessage={scheduleMessage}
          validationState={scheduleMessage ? 'error' : 'none'}
        >
          <Input
            type="datetime-local"
            value={scheduledFor}
            min={toLocalInputValue(new Date(now))}
            onChange={(_event, data) => onChange({ scheduledFor: data.value })}
          />
        </Field>
      ) : null}
    </div>
  );
}
