import { Link, Toast, Toaster, ToastTitle, useId, useToastController } from '@fluentui/react-components';
import { useCallback, useMemo, type JSX } from 'react';
import { useI18n } from '../i18n/i18n';

/** How a notice looks, and the undo it offers. */
export interface NotifyOptions {
  intent?: 'success' | 'info' | 'warning' | 'error';
  /** Offers "Undo" in the toast (and keeps it up longer, so there is time to use it). */
  undo?: () => void;
}

/**
 * Toasts for one screen: render `toaster` once, call `notify` after an action. Fluent announces
 * them politely to screen readers; they pause while hovered or while the window is in the background.
 */
export function useNotify(): {
  toaster: JSX.Element;
  notify: (message: string, options?: NotifyOptions) => void;
} {
  const toasterId = useId('toaster');
  const { dispatchToast, dismissToast } = useToastController(toasterId);
  const { t } = useI18n();
  const notify = useCallback(
    (message: string, { intent = 'success', undo }: NotifyOptions = {}) => {
      const toastId = `${Date.now()}-${Math.random()}`;
      const action = undo ? (
        <Link
          onClick={() => {
            dismissToast(toastId);
            undo();
          }}
        >
          {t('common.undo')}
        </Link>
      ) : undefined;
      dispatchToast(
        <Toast>
          <ToastTitle action={action}>{message}</ToastTitle>
        </Toast>,
        { intent, toastId, timeout: undo ? 8000 : 4000 },
      );
    },
    [dispatchToast, dismissToast, t],
  );
  const toaster = useMemo(
    () => <Toaster toasterId={toasterId} position="bottom-end" pauseOnHover pauseOnWindowBlur />,
    [toasterId],
  );
  return { toaster, notify };
}
