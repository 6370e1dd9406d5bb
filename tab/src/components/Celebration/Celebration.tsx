import { Body1, Button, Caption1, Subtitle1 } from '@fluentui/react-components';
import { DismissRegular, TrophyRegular } from '@fluentui/react-icons';
import { useEffect, useId, useState, type CSSProperties } from 'react';
import { ApiPaths } from '../../../../contracts/routes';
import type { EarnedBadge } from '../../hooks/useCelebrations';
import { hrefOf, useRoute } from '../../hooks/useHashRoute';
import { usePlural } from '../../hooks/usePlural';
import { useSession } from '../../hooks/useSession';
import '../../i18n/game-messages';
import { useI18n } from '../../i18n/i18n';
import { BadgeIcon } from '../BadgeIcon/BadgeIcon';
import { useCelebrationStyles } from './Celebration.styles';

/** How many medallions are drawn; the names list all of them. */
const SHOWN = 4;

const COLORS = [
  'var(--colorPaletteMarigoldBorderActive)',
  'var(--colorBrandBackground)',
  'var(--colorPaletteBerryBorderActive)',
  'var(--colorPaletteTealBorderActive)',
  'var(--colorPaletteGreenBorderActive)',
  'var(--colorPaletteGrapeBorderActive)',
];

/** Where each piece of confetti starts, when, and how it drifts and spins (fixed: the same burst every time). */
const PIECES = Array.from({ length: 22 }, (_, i) => ({
  left: `${(i * 37 + 7) % 100}%`,
  delay: `${(i * 53) % 500}ms`,
  drift: `${((i * 29) % 80) - 40}px`,
  spin: `${(i % 2 === 0 ? 1 : -1) * (200 + ((i * 47) % 340))}deg`,
  color: COLORS[i % COLORS.length]!,
}));

/**
 * The celebration of new badges: the medallions pop in, a burst of confetti falls once (none
 * when the reader prefers reduced motion), and the badges are marked celebrated at once, so a
 * reload does not show it again. It sits at the top of the page rather than in a modal: whatever
 * the member came to do stays within reach, and focus is not taken from them.
 */
export default function Celebration({ badges, onClose }: { badges: EarnedBadge[]; onClose: () => void }) {
  const styles = useCelebrationStyles();
  const { t, pick, formatDate } = useI18n();
  const plural = usePlural();
  const { api } = useSession();
  const { route, navigate } = useRoute();
  const titleId = useId();
  const ids = badges.map((badge) => badge.id).join(',');
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (!ids) return;
    api
      .send<void>('POST', ApiPaths.myCelebratedBadges, { badgeIds: ids.split(',') })
      // If this fails the badges stay uncelebrated, and the next visit celebrates them again.
      .catch(() => undefined);
  }, [api, ids]);

  const names = badges.map((badge) => pick(badge.name)).join(', ');
  useEffect(() => {
    // Set after mounting, so screen readers hear it as a change of the live region.
    const timer = setTimeout(() => setAnnouncement(t('celebrate.announce', { names })), 100);
    return () => clearTimeout(timer);
  }, [names, t]);

  const more = badges.length - SHOWN;
  return (
    <section className={styles.root} aria-labelledby={titleId} data-testid="celebration">
      <div className={styles.confetti} aria-hidden>
        {PIECES.map((piece, i) => (
          <span
            key={i}
            className={styles.piece}
            style={
              {
                left: piece.left,
                animationDelay: piece.delay,
                backgroundColor: piece.color,
                '--drift': piece.drift,
                '--spin': piece.spin,
              } as CSSProperties
            }
          />
        ))}
      </div>
      <div className={styles.medals} aria-hidden>
        {badges.slice(0, SHOWN).map((badge, i) => (
          <span key={badge.id} className={styles.medal} style={{ animationDelay: `${i * 120}ms` }}>
            <BadgeIcon icon={badge.icon} size="large" />
          </span>
        ))}
        {more > 0 ? <span className={styles.more}>+{more}</span> : null}
      </div>
      <div className={styles.text}>
        <Subtitle1 as="h2" id={titleId} className={styles.title}>
          {plural('celebrate.title', badges.length)}
        </Subtitle1>
        <ul className={styles.names}>
          {badges.map((badge) => (
            <li key={badge.id}>
              <Body1>
                <span className={styles.name}>{pick(badge.name)}</span> – {pick(badge.description)}{' '}
                <Caption1 className={styles.when}>
                  · {t('celebrate.earned', { date: formatDate(badge.earnedAt, 'short') })}
                </Caption1>
              </Body1>
            </li>
          ))}
        </ul>
        {route.section !== 'progress' ? (
          <div className={styles.actions}>
            <Button
              appearance="primary"
              icon={<TrophyRegular />}
              onClick={() => {
                onClose();
                navigate(hrefOf('progress'));
              }}
            >
              {t('celebrate.see')}
            </Button>
          </div>
        ) : null}
      </div>
      <Button
        className={styles.close}
        appearance="subtle"
        icon={<DismissRegular />}
        aria-label={t('celebrate.close')}
        onClick={onClose}
      />
      <span className={styles.announce} aria-live="polite">
        {announcement}
      </span>
    </section>
  );
}
