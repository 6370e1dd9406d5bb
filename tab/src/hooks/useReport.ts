import { useCallback, useState } from 'react';
import type { ReportReasonDto } from '../../../contracts/moderation';
import { ApiPaths } from '../../../contracts/routes';
import type { ApiError } from '../api/client';
import type { ReportInputDto, ReportReceiptDto } from './apiTypes';
import { useSession } from './useSession';

/** Why something can be reported, in the order the dialog offers them. */
export const REPORT_REASONS = [
  'spam',
  'harassment',
  'off_topic',
  'confidential',
  'misinformation',
  'other',
] as const satisfies readonly ReportReasonDto[];

/** The longest note the API takes (ReportInput). */
export const REPORT_NOTE_MAX = 1000;

/** A report being written: reason, note, and sending it to the moderators. */
export function useReport(target: { postId: string; commentId?: string | undefined }) {
  const { api } = useSession();
  const [reason, setReason] = useState<ReportReasonDto | undefined>();
  const [note, setNote] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();

  const reset = useCallback(() => {
    setReason(undefined);
    setNote('');
    setError(undefined);
  }, []);

  const submit = useCallback(async (): Promise<ReportReceiptDto | undefined> => {
    if (!reason) return undefined;
    setSubmitting(true);
    setError(undefined);
    const body: ReportInputDto = {
      targetType: target.commentId ? 'comment' : 'post',
      postId: target.postId,
      ...(target.commentId ? { commentId: target.commentId } : {}),
      reason,
      note: note.trim(),
    };
    try {
      return await api.send<ReportReceiptDto>('POST', ApiPaths.reports, body);
    } catch (caught) {
      setError(caught as ApiError);
      return undefined;
    } finally {
      setSubmitting(false);
    }
  }, [api, note, reason, target.commentId, target.postId]);

  return { reason, setReason, note, setNote, submitting, error, submit, reset };
}
