import { fullDateTime, relativeTime } from '../../hooks/relativeTime';
import { useNow } from '../../hooks/useNow';
import { useI18n } from '../../i18n/i18n';

/**
 * "3 hours ago", with the full date on hover and in the machine-readable `dateTime`. No tooltip
 * component: it would add a tab stop to every post for a detail the relative time already gives.
 */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const { locale } = useI18n();
  const now = useNow();
  return (
    <time dateTime={iso} className={className} title={fullDateTime(iso, locale)}>
      {relativeTime(iso, now, locale)}
    </time>
  );
}
