import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Textarea,
} from '@fluentui/react-components';
import type { ReportReasonDto } from '../../../../contracts/moderation';
import { REPORT_NOTE_MAX, REPORT_REASONS, useReport } from '../../hooks/useReport';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { usePostNotify } from '../PostCard/PostNotify';
import { useReportDialogStyles } from './ReportDialog.styles';

const REASON_LABELS: Record<ReportReasonDto, MessageKey> = {
  spam: 'reportDialog.reason.spam',
  harassment: 'reportDialog.reason.harassment',
  off_topic: 'reportDialog.reason.off_topic',
  confidential: 'reportDialog.reason.confidential',
  misinformation: 'reportDialog.reason.misinformation',
  other: 'reportDialog.reason.other',
};

/** Reports a post or a comment to the moderators: a reason and an optional note. */
export function ReportDialog({
  open,
  onOpenChange,
  postId,
  commentId,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  postId: string;
  commentId?: string | undefined;
}) {
  const styles = useReportDialogStyles();
  const { t } = useI18n();
  const notify = usePostNotify();
  const report = useReport({ postId, commentId });

  const close = () => {
    report.reset();
    onOpenChange(false);
  };
  const handleSubmit = async () => {
    const receipt = await report.submit();
    if (!receipt) return;
    close();
    notify?.(t(receipt.status === 'already_reported' ? 'reportDialog.already' : 'reportDialog.thanks'), {
      intent: 'success',
    });
  };

  return (
    <Dialog open={open} onOpenChange={(_event, data) => (data.open ? onOpenChange(true) : close())}>
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void handleSubmit();
          }}
        >
          <DialogBody>
            <DialogTitle>{t(commentId ? 'reportDialog.titleComment' : 'reportDialog.titlePost')}</DialogTitle>
            <DialogContent className={styles.content}>
              <Body1 className={styles.intro}>{t('reportDialog.intro')}</Body1>
              <Field label={t('reportDialog.reason')} required>
                <RadioGroup
                  value={report.reason ?? ''}
                  onChange={(_event, data) => report.setReason(data.value as ReportReasonDto)}
                >
                  {REPORT_REASONS.map((reason) => (
                    <Radio key={reason} value={reason} label={t(REASON_LABELS[reason])} />
                  ))}
                </RadioGroup>
              </Field>
              <Field label={t('reportDialog.note')} hint={t('reportDialog.noteHint')}>
                <Textarea
                  value={report.note}
                  maxLength={REPORT_NOTE_MAX}
                  onChange={(_event, data) => report.setNote(data.value)}
                  resize="vertical"
                />
              </Field>
              {report.error ? (
                <MessageBar intent="error">
                  <MessageBarBody>{report.error.message}</MessageBarBody>
                </MessageBar>
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={close}>
                {t('feed.cancel')}
              </Button>
              <Button
                appearance="primary"
                type="submit"
                disabled={!report.reason || report.submitting}
                icon={report.submitting ? <Spinner size="tiny" /> : undefined}
              >
                {t('reportDialog.submit')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
