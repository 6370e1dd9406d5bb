import { Link, Toast, Toaster, ToastTitle, useId, useToastController } from '@fluentui/react-components';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';

/** How a notice looks, and the undo it offers. */
export interface PostNoticeOptions {
  intent?: 'success' | 'info' | 'warning' | 'error';
  /** Offers "Undo" (and keeps the notice up longer, so there is time to use it). */
  undo?: () => void;
}

/** Shows a short notice after an action on a post (saved, link copied, could not react...). */
export type PostNotify = (message: string, options?: PostNoticeOptions) => void;

const NotifyContext = createContext<PostNotify | undefined>(undefined);

/**
 * One toaster for a list of posts: cards and dialogs below it share it, so a screen shows one
 * stack of notices (Fluent announces them politely to screen readers).
 */
export function PostNotifyProvider({ children }: { children: ReactNode }) {
  const toasterId = useId('post-toaster');
  const { dispatchToast, dismissToast } = useToastController(toasterId);
  const { t } = useI18n();
  const notify = useCallback<PostNotify>(
    (message, { intent = 'success', undo } = {}) => {
      const toastId = `${Date.now()}-${Math.random()}`;
      const action = undo ? (
        <Link
          onClick={() => {
            dismissToast(toastId);
            undo();
          }}
        >
          {t('feed.undo')}
        </Link>
      ) : undefined;
      dispatchToast(
        <Toast>
          <ToastTitle action={action}>{message}</ToastTitle>
        </Toast>,
        {
          intent,
          toastId,
          timeout: undo ? 8000 : 4000,
          politeness: intent === 'error' ? 'assertive' : 'polite',
        },
      );
    },
    [dispatchToast, dismissToast, t],
  );
  const value = useMemo(() => notify, [notify]);
  return (
    <NotifyContext.Provider value={value}>
      {children}
      <Toaster toasterId={toasterId} position="bottom-end" pauseOnHover pauseOnWindowBlur />
    </NotifyContext.Provider>
  );
}

/** The notify function of the nearest PostNotifyProvider (undefined outside one). */
export function usePostNotify(): PostNotify | undefined {
  return useContext(NotifyContext);
}
