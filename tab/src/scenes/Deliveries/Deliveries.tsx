import {
  Badge,
  Body1,
  Button,
  Caption1,
  Link,
  Spinner,
  Subtitle2,
  Title2,
  ToggleButton,
  mergeClasses,
  type BadgeProps,
} from '@fluentui/react-components';
import { ArrowLeftRegular, SendRegular } from '@fluentui/react-icons';
import type { CampaignDto, DeliveryDto } from '../../../../contracts/outbox';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews/StateViews';
import { useCampaign, useCampaignDeliveries, useCampaigns, usePolling } from '../../hooks/useDeliveries';
import { useDates } from '../../hooks/useDates';
import { hrefOf, useRoute } from '../../hooks/useHashRoute';
import { usePlural } from '../../hooks/usePlural';
import { useSession } from '../../hooks/useSession';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/deliveries-messages';
import { useDeliveriesStyles } from './Deliveries.styles';
import {
  isInProgress,
  kindLabel,
  POLL_MS,
  reasonText,
  segmentsOf,
  STATUS_LABEL,
  STATUS_ORDER,
  statusOf,
  type DeliveryStatusName,
} from './deliveriesModel';

const BADGE_COLOR: Record<DeliveryStatusName, BadgeProps['color']> = {
  sent: 'success',
  queued: 'informative',
  sending: 'brand',
  retrying: 'warning',
  unreachable: 'severe',
  failed: 'danger',
  dropped: 'subtle',
};

/** Pages the API answers at most at once: polling reloads the first page only while no more is shown. */
const CAMPAIGNS_PAGE = 20;
const DELIVERIES_PAGE = 50;

/**
 * The animator's Deliveries page (`#/deliveries`): every campaign of proactive messages with its
 * counts per status; `#/deliveries/<campaignId>?status=failed` lists that campaign's messages, why
 * each one is where it is, and follows a campaign still sending by reading it again every few seconds.
 */
export default function Deliveries() {
  const styles = useDeliveriesStyles();
  const { t } = useI18n();
  const { route } = useRoute();
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <Title2 as="h1" className={styles.title}>
          {t('deliveries.title')}
        </Title2>
        <Body1 className={styles.intro}>{t('deliveries.intro')}</Body1>
      </header>
      {route.id ? (
        <CampaignDetail key={route.id} campaignId={route.id} status={statusOf(route.query.get('status'))} />
      ) : (
        <CampaignList />
      )}
    </div>
  );
}

/** The stacked bar of a campaign's counts, with a text alternative. */
function StatusBar({ counts }: { counts: CampaignDto['counts'] }) {
  const styles = useDeliveriesStyles();
  const { t, formatNumber } = useI18n();
  const segments = segmentsOf(counts);
  const summary = segments.map((s) => `${t(STATUS_LABEL[s.status])} ${formatNumber(s.count)}`).join(', ');
  return (
    <div
      className={styles.bar}
      role="img"
      aria-label={t('deliveries.bar', { summary: summary || '0' })}
      data-testid="status-bar"
    >
      {segments.map((s) => (
        <span
          key={s.status}
          className={mergeClasses(styles.segment, styles[s.status])}
          style={{ width: `${s.percent}%` }}
          data-status={s.status}
          title={`${t(STATUS_LABEL[s.status])}: ${formatNumber(s.count)}`}
        />
      ))}
    </div>
  );
}

/** The legend of the bar: each status with a count (the statuses with none are left out). */
function Legend({ counts }: { counts: CampaignDto['counts'] }) {
  const styles = useDeliveriesStyles();
  const { t, formatNumber } = useI18n();
  return (
    <ul className={styles.legend} aria-label={t('deliveries.legend')}>
      {segmentsOf(counts).map((s) => (
        <li key={s.status} className={styles.legendItem} data-status={s.status}>
          <span className={mergeClasses(styles.swatch, styles[s.status])} aria-hidden />
          <Caption1>
            {t(STATUS_LABEL[s.status])} <strong>{formatNumber(s.count)}</strong>
          </Caption1>
        </li>
      ))}
    </ul>
  );
}

/** Kind, who started it and when, and whether it is still sending. */
function CampaignMeta({ campaign }: { campaign: CampaignDto }) {
  const styles = useDeliveriesStyles();
  const { t } = useI18n();
  const plural = usePlural();
  const dates = useDates();
  const { me } = useSession();
  const when = dates.dateTime(campaign.createdAt);
  const live = isInProgress(campaign.counts);
  return (
    <div className={styles.campaignTop}>
      <Badge appearance="tint" color="brand">
        {kindLabel(campaign.kind, t)}
      </Badge>
      <Caption1 className={styles.muted}>
        {plural('deliveries.total', campaign.total)} ·{' '}
        {campaign.createdBy
          ? t(campaign.createdBy === me.id ? 'deliveries.createdByYou' : 'deliveries.createdByAnimator', {
              when,
            })
          : t('deliveries.createdAuto', { when })}
      </Caption1>
      {live ? (
        <Caption1 className={styles.live} data-testid="in-progress">
          <Spinner size="extra-tiny" aria-hidden /> {t('deliveries.inProgress')}
        </Caption1>
      ) : (
        <Caption1 className={styles.muted}>{t('deliveries.done')}</Caption1>
      )}
    </div>
  );
}

function CampaignList() {
  const styles = useDeliveriesStyles();
  const { t, pick } = useI18n();
  const campaigns = useCampaigns();
  const live = campaigns.items.some((c) => isInProgress(c.counts));
  usePolling(
    campaigns.status === 'ready' && live && campaigns.items.length <= CAMPAIGNS_PAGE,
    POLL_MS,
    campaigns.reload,
  );

  if (campaigns.status === 'loading') return <LoadingState />;
  if (campaigns.status === 'error' && campaigns.error)
    return <ErrorState error={campaigns.error} onRetry={campaigns.reload} />;
  if (campaigns.items.length === 0) {
    return (
      <EmptyState
        icon={<SendRegular />}
        title={t('deliveries.emptyTitle')}
        body={t('deliveries.emptyBody')}
      />
    );
  }
  return (
    <section aria-label={t('deliveries.list')} className={styles.page}>
      <ul className={styles.list} data-testid="campaigns">
        {campaigns.items.map((campaign) => {
          const title = pick(campaign.title) || campaign.id;
          return (
            <li key={campaign.id} className={styles.campaign} data-testid="campaign">
              <Link
                href={hrefOf('deliveries', campaign.id)}
                className={styles.campaignTitle}
                aria-label={t('deliveries.open', { title })}
              >
                {title}
              </Link>
              <CampaignMeta campaign={campaign} />
              <StatusBar counts={campaign.counts} />
              <Legend counts={campaign.counts} />
            </li>
          );
        })}
      </ul>
      {campaigns.moreError ? <ErrorState error={campaigns.moreError} onRetry={campaigns.loadMore} /> : null}
      {campaigns.hasMore ? (
        <Button
          className={styles.more}
          onClick={campaigns.loadMore}
          disabled={campaigns.loadingMore}
          icon={campaigns.loadingMore ? <Spinner size="tiny" /> : undefined}
        >
          {t('common.loadMore')}
        </Button>
      ) : null}
    </section>
  );
}

function CampaignDetail({
  campaignId,
  status,
}: {
  campaignId: string;
  status: DeliveryStatusName | undefined;
}) {
  const styles = useDeliveriesStyles();
  const { t, pick, formatNumber } = useI18n();
  const { navigate } = useRoute();
  const campaign = useCampaign(campaignId);
  const deliveries = useCampaignDeliveries(campaignId, status);
  const live = campaign.status === 'ready' && isInProgress(campaign.data.counts);
  usePolling(live, POLL_MS, () => {
    campaign.reload();
    if (deliveries.items.length <= DELIVERIES_PAGE) deliveries.reload();
  });

  const back = (
    <Button
      as="a"
      href={hrefOf('deliveries')}
      appearance="subtle"
      icon={<ArrowLeftRegular />}
      className={styles.back}
    >
      {t('deliveries.back')}
    </Button>
  );
  if (campaign.status === 'loading') return <LoadingState />;
  if (campaign.status === 'error') {
    return (
      <>
        {back}
        <ErrorState error={campaign.error} onRetry={campaign.reload} />
      </>
    );
  }
  const data = campaign.data;
  const title = pick(data.title) || data.id;
  const filter = (next: DeliveryStatusName | undefined) =>
    navigate(hrefOf('deliveries', campaignId, next ? { status: next } : undefined));

  return (
    <>
      {back}
      <section className={styles.campaign} aria-labelledby="campaign-title" data-testid="campaign-detail">
        <Subtitle2 as="h2" id="campaign-title" className={styles.title}>
          {title}
        </Subtitle2>
        <CampaignMeta campaign={data} />
        <StatusBar counts={data.counts} />
        <div className={styles.filters} role="group" aria-label={t('deliveries.filter')}>
          <ToggleButton size="small" checked={status === undefined} onClick={() => filter(undefined)}>
            {t('deliveries.filter.all', { count: formatNumber(data.total) })}
          </ToggleButton>
          {STATUS_ORDER.filter((s) => (data.counts[s] ?? 0) > 0 || s === status).map((s) => (
            <ToggleButton
              key={s}
              size="small"
              checked={status === s}
              onClick={() => filter(s)}
              icon={<span className={mergeClasses(styles.swatch, styles[s])} aria-hidden />}
              data-status={s}
            >
              {t(STATUS_LABEL[s])} ({formatNumber(data.counts[s] ?? 0)})
            </ToggleButton>
          ))}
        </div>
      </section>
      <DeliveryList deliveries={deliveries} status={status} />
    </>
  );
}

function DeliveryList({
  deliveries,
  status,
}: {
  deliveries: ReturnType<typeof useCampaignDeliveries>;
  status: DeliveryStatusName | undefined;
}) {
  const styles = useDeliveriesStyles();
  const { t } = useI18n();
  const plural = usePlural();
  const dates = useDates();

  if (deliveries.status === 'loading') return <LoadingState />;
  if (deliveries.status === 'error' && deliveries.error)
    return <ErrorState error={deliveries.error} onRetry={deliveries.reload} />;
  if (deliveries.items.length === 0) {
    return (
      <Body1 className={styles.muted} data-testid="no-deliveries">
        {status
          ? t('deliveries.noneWithStatus', { status: t(STATUS_LABEL[status]) })
          : t('deliveries.noneYet')}
      </Body1>
    );
  }
  const nameOf = (d: DeliveryDto) =>
    d.recipientName ?? (d.recipient.memberId ? t('deliveries.aMember') : t('deliveries.aConversation'));
  return (
    <section aria-label={t('deliveries.recipients')} className={styles.page}>
      <ul className={styles.deliveries} data-testid="deliveries">
        {deliveries.items.map((d) => (
          <li key={d.id} className={styles.delivery} data-testid="delivery" data-status={d.status}>
            <span className={styles.deliveryName}>{nameOf(d)}</span>
            <Badge
              appearance="tint"
              color={BADGE_COLOR[d.status]}
              className={styles.deliveryStatus}
              icon={<span className={mergeClasses(styles.swatch, styles[d.status])} aria-hidden />}
            >
              {t(STATUS_LABEL[d.status])}
            </Badge>
            <Caption1 className={styles.deliveryDetail}>
              {[
                d.sentAt
                  ? t('deliveries.sentAt', { when: dates.dateTime(d.sentAt) })
                  : d.status === 'retrying'
                    ? t('deliveries.retryAt', { when: dates.dateTime(d.dueAt) })
                    : d.status === 'queued' || d.status === 'sending'
                      ? t('deliveries.dueAt', { when: dates.dateTime(d.dueAt) })
                      : '',
                d.attempts > 0 ? plural('deliveries.attempts', d.attempts) : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </Caption1>
            {d.reason ? (
              <Body1 className={styles.deliveryDetail} data-testid="reason">
                {reasonText(d.reason, t)}
              </Body1>
            ) : null}
          </li>
        ))}
      </ul>
      {deliveries.moreError ? (
        <ErrorState error={deliveries.moreError} onRetry={deliveries.loadMore} />
      ) : null}
      {deliveries.hasMore ? (
        <Button
          className={styles.more}
          onClick={deliveries.loadMore}
          disabled={deliveries.loadingMore}
          icon={deliveries.loadingMore ? <Spinner size="tiny" /> : undefined}
        >
          {t('common.loadMore')}
        </Button>
      ) : null}
    </section>
  );
}
