import {
  Badge,
  Body1,
  Caption1,
  Card,
  CardHeader,
  Subtitle1,
  Subtitle2,
  Text,
  Title2,
} from '@fluentui/react-components';
import {
  CalendarClockRegular,
  HandshakeRegular,
  HeartRegular,
  LightbulbRegular,
  ShieldCheckmarkRegular,
  SparkleRegular,
} from '@fluentui/react-icons';
import type { CommunityDto } from '../../../../contracts/schemas';
import { ApiPaths } from '../../../../contracts/routes';
import { ErrorState, LoadingState } from '../../components/StateViews/StateViews';
import { useI18n } from '../../i18n/i18n';
import { useResource } from '../../hooks/useResource';
import { useSession } from '../../hooks/useSession';
import { useHomeStyles } from './Home.styles';

const VALUE_ICONS = [
  SparkleRegular,
  HeartRegular,
  HandshakeRegular,
  ShieldCheckmarkRegular,
  LightbulbRegular,
];

/** Home: the community's direction (key 1): purpose, values, rituals and code of conduct. */
export default function Home() {
  const styles = useHomeStyles();
  const { t, pick, formatDate } = useI18n();
  const { api, me } = useSession();
  const community = useResource<CommunityDto>('community', (signal) => api.get(ApiPaths.community, signal));

  if (community.status === 'loading') return <LoadingState />;
  if (community.status === 'error') return <ErrorState error={community.error} onRetry={community.reload} />;
  const { name, tagline, charter } = community.data;

  return (
    <div className={styles.page}>
      <section className={styles.hero} aria-labelledby="community-name">
        <Title2 as="h1" id="community-name" className={styles.heroTitle}>
          {pick(name)}
        </Title2>
        <Body1 className={styles.heroTagline}>{pick(tagline)}</Body1>
        <div className={styles.heroMember} data-testid="signed-in-member">
          <Subtitle2>{t('home.welcome', { name: me.displayName })}</Subtitle2>
          {me.roles.length === 0 ? (
            <Badge appearance="tint" color="informative">
              {t('role.member')}
            </Badge>
          ) : (
            me.roles.map((role) => (
              <Badge key={role} appearance="tint" color="informative">
                {t(role === 'admin' ? 'role.admin' : 'role.animator')}
              </Badge>
            ))
          )}
          <Caption1>{t('home.memberSince', { date: formatDate(me.joinedAt) })}</Caption1>
        </div>
      </section>

      <section className={styles.section} aria-labelledby="purpose-title">
        <Subtitle1 as="h2" id="purpose-title" className={styles.sectionTitle}>
          {t('home.purpose')}
        </Subtitle1>
        <Text className={styles.purpose} data-testid="charter-purpose">
          {pick(charter.purpose)}
        </Text>
      </section>

      {charter.values.length > 0 ? (
        <section className={styles.section} aria-labelledby="values-title">
          <Subtitle1 as="h2" id="values-title" className={styles.sectionTitle}>
            {t('home.values')}
          </Subtitle1>
          <ul className={styles.grid}>
            {charter.values.map((value, index) => {
              const Icon = VALUE_ICONS[index % VALUE_ICONS.length]!;
              return (
                <li key={index}>
                  <Card className={styles.valueCard}>
                    <CardHeader
                      image={<Icon className={styles.valueIcon} aria-hidden />}
                      header={<Subtitle2 as="h3">{pick(value.title)}</Subtitle2>}
                    />
                    <Body1>{pick(value.description)}</Body1>
                  </Card>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {charter.rituals.length > 0 ? (
        <section className={styles.section} aria-labelledby="rituals-title">
          <Subtitle1 as="h2" id="rituals-title" className={styles.sectionTitle}>
            {t('home.rituals')}
          </Subtitle1>
          <Card>
            {charter.rituals.map((ritual, index) => (
              <div key={index} className={styles.ritual}>
                <CalendarClockRegular className={styles.ritualIcon} aria-hidden />
                <div className={styles.ritualBody}>
                  <Subtitle2 as="h3" className={styles.ritualTitle}>
                    {pick(ritual.title)}
                  </Subtitle2>
                  <Body1>{pick(ritual.description)}</Body1>
                  <Caption1 className={styles.footnote}>{pick(ritual.cadence)}</Caption1>
                </div>
              </div>
            ))}
          </Card>
        </section>
      ) : null}

      <section className={styles.section} aria-labelledby="conduct-title">
        <Subtitle1 as="h2" id="conduct-title" className={styles.sectionTitle}>
          {t('home.codeOfConduct')}
        </Subtitle1>
        <Card>
          <Body1 className={styles.conduct}>{pick(charter.codeOfConduct)}</Body1>
        </Card>
        <Caption1 className={styles.footnote}>
          {t('home.charterVersion', { version: charter.version, date: formatDate(charter.publishedAt) })}
        </Caption1>
      </section>
    </div>
  );
}
