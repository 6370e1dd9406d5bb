import { Body1, Button, Spinner, Subtitle2 } from '@fluentui/react-components';
import { HandshakeRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { CharterDto, LocalizedTextDto } from '../../../../contracts/schemas';
import { useAction } from '../../hooks/useAction';
import { useCommunityApi } from '../../hooks/useCommunity';
import { useSession } from '../../hooks/useSession';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { acceptedCharterStore, type CharterChanges } from './charterChanges';
import { useHomeStyles } from './Home.styles';

/** Lines of the "What changed" note, in reading order. */
function changeLines(
  changes: CharterChanges,
  t: (key: MessageKey, vars?: Record<string, string>) => string,
  pick: (text: LocalizedTextDto) => string,
): string[] {
  const lines: string[] = [];
  if (changes.purpose) lines.push(t('ack.change.purpose'));
  const list = (items: LocalizedTextDto[], key: MessageKey) =>
    items.forEach((title) => lines.push(t(key, { title: pick(title) })));
  list(changes.values.added, 'ack.change.valueAdded');
  list(changes.values.changed, 'ack.change.valueChanged');
  list(changes.values.removed, 'ack.change.valueRemoved');
  if (changes.codeOfConduct) lines.push(t('ack.change.codeOfConduct'));
  list(changes.rituals.added, 'ack.change.ritualAdded');
  list(changes.rituals.changed, 'ack.change.ritualChanged');
  list(changes.rituals.removed, 'ack.change.ritualRemoved');
  return lines;
}

/**
 * Asks the member to read and accept the current charter (they cannot post until they have), says
 * what changed since the version they accepted when this device remembers it, and thanks them after.
 * Drawn with tokens rather than Fluent's MessageBar: Home is in the start-up bundle.
 */
export function CharterBanner({
  charter,
  changes,
  onStale,
}: {
  charter: CharterDto;
  changes: CharterChanges | undefined;
  /** A newer version was published meanwhile: reload the charter. */
  onStale: () => void;
}) {
  const styles = useHomeStyles();
  const { t, pick } = useI18n();
  const { me, reloadMe } = useSession();
  const api = useCommunityApi();
  const { run, busy, error } = useAction();
  const [accepted, setAccepted] = useState<number | undefined>();

  const pending =
    me.currentCharterVersion !== null &&
    me.charterAcknowledgedVersion !== me.currentCharterVersion &&
    accepted !== charter.version;

  if (!pending) {
    return accepted === charter.version ? (
      <div className={styles.bannerDone} role="status" data-testid="charter-accepted">
        <HandshakeRegular className={styles.bannerIcon} aria-hidden />
        <Body1>{t('ack.thanks', { version: charter.version })}</Body1>
      </div>
    ) : null;
  }

  const handleAccept = async () => {
    const outcome = await run('accept', () => api.acknowledge(charter.version));
    if (outcome.ok) {
      acceptedCharterStore.save(acceptedCharterStore.key(me.tenantId, me.id), charter);
      setAccepted(charter.version);
      reloadMe();
    } else if (outcome.error.code === 'CHARTER.NOT_CURRENT') {
      onStale();
    }
  };

  const lines = changes ? changeLines(changes, t, pick) : [];
  const previous = me.charterAcknowledgedVersion;
  return (
    <section className={styles.banner} aria-labelledby="charter-banner-title" data-testid="charter-banner">
      <ShieldCheckmarkRegular className={styles.bannerIcon} aria-hidden />
      <div className={styles.bannerBody}>
        <Subtitle2 as="h2" id="charter-banner-title" className={styles.bannerTitle}>
          {t('ack.title', { version: charter.version })}
        </Subtitle2>
        <Body1>{previous === null ? t('ack.body') : t('ack.bodyUpdated', { previous })}</Body1>
        {lines.length > 0 ? (
          <div className={styles.changes} data-testid="charter-changes">
            <strong>{t('ack.whatChanged')}</strong>
            <ul className={styles.changeList}>
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {error ? (
          <div role="alert" className={styles.bannerError}>
            {error.message}
          </div>
        ) : null}
      </div>
      <Button
        appearance="primary"
        className={styles.bannerAction}
        icon={busy ? <Spinner size="tiny" /> : undefined}
        disabled={Boolean(busy)}
        onClick={() => void handleAccept()}
      >
        {t('ack.accept')}
      </Button>
    </section>
  );
}
