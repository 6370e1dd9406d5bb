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
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { CharterDto, CommunityDto, GoalDto } from '../../../../contracts/schemas';
import { GoalsList } from '../../components/Goals/GoalsList';
import { ErrorState, LoadingState } from '../../components/StateViews/StateViews';
import { useI18n } from '../../i18n/i18n';
import { useCommunity } from '../../hooks/useCommunity';
import { useSession } from '../../hooks/useSession';
import { CharterBanner } from './CharterBanner';
import { acceptedCharterStore, charterChanges, hasChanges, type CharterChanges } from './charterChanges';
import { useHomeStyles } from './Home.styles';

// Administrators' tools load only when used: Home is in the start-up chunk (DESIGN.md §7 budget).
const CharterEditor = lazy(() => import('../../components/CharterEditor/CharterEditor'));
const GoalEditor = lazy(() => import('../../components/Goals/GoalEditor'));
const HomeAdmin = lazy(() => import('./HomeAdmin'));
const AddGoalButton = lazy(() => import('./AdminControls').then((m) => ({ default: m.AddGoalButton })));
const EditCharterButton = lazy(() =>
  import('./AdminControls').then((m) => ({ default: m.EditCharterButton })),
);
const GoalActions = lazy(() => import('./AdminControls').then((m) => ({ default: m.GoalActions })));
// Markdown (markdown-it + DOMPurify) is heavy: the code of conduct shows as plain text until it arrives.
const Markdown = lazy(() =>
  import('../../components/Markdown/Markdown').then((module) => ({ default: module.Markdown })),
);

const VALUE_ICONS = [
  SparkleRegular,
  HeartRegular,
  HandshakeRegular,
  ShieldCheckmarkRegular,
  LightbulbRegular,
];

/** A goal being edited: an existing one, a new one, or one to delete. */
type GoalTask = { kind: 'edit'; goal: GoalDto | undefined } | { kind: 'delete'; goal: GoalDto };

/**
 * The charter the member last accepted on this device, and what changed since: kept when they
 * accept (or are already up to date), read while a newer version waits for them.
 */
function useCharterChanges(charter: CharterDto): CharterChanges | undefined {
  const { me } = useSession();
  const key = acceptedCharterStore.key(me.tenantId, me.id);
  const upToDate = me.charterAcknowledgedVersion === charter.version;
  useEffect(() => {
    if (upToDate) acceptedCharterStore.save(key, charter);
  }, [upToDate, key, charter]);
  return useMemo(() => {
    if (upToDate) return undefined;
    const accepted = acceptedCharterStore.load(key);
    if (!accepted || accepted.version !== me.charterAcknowledgedVersion) return undefined;
    const changes = charterChanges(accepted, charter);
    return hasChanges(changes) ? changes : undefined;
  }, [upToDate, key, charter, me.charterAcknowledgedVersion]);
}

/**
 * Home: the community's direction (key 1): the charter to read and accept, the goals and their
 * progress, and for administrators the tools to change them.
 */
export default function Home() {
  const community = useCommunity();
  if (community.status === 'loading') return <LoadingState />;
  if (community.status === 'error') return <ErrorState error={community.error} onRetry={community.reload} />;
  return <HomeContent community={community.data} reload={community.reload} />;
}

function HomeContent({ community, reload }: { community: CommunityDto; reload: () => void }) {
  const styles = useHomeStyles();
  const { t, pick } = useI18n();
  const { me, reloadMe } = useSession();
  const [editingCharter, setEditingCharter] = useState(false);
  const [goalTask, setGoalTask] = useState<GoalTask | undefined>();
  const { charter, goals } = community;
  const changes = useCharterChanges(charter);
  const isAdmin = me.roles.includes('admin');

  if (editingCharter) {
    return (
      <Suspense fallback={<LoadingState />}>
        <CharterEditor
          // A reloaded (newer) charter starts a fresh draft from it.
          key={charter.version}
          charter={charter}
          onClose={() => setEditingCharter(false)}
          onPublished={() => {
            setEditingCharter(false);
            reload();
            reloadMe();
          }}
          onReloadLatest={() => {
            reload();
            reloadMe();
          }}
        />
      </Suspense>
    );
  }

  return (
    <div className={styles.page}>
      <Hero community={community} />
      <CharterBanner
        charter={charter}
        changes={changes}
        onStale={() => {
          reload();
          reloadMe();
        }}
      />

      {goals.length > 0 || isAdmin ? (
        <section className={styles.section} aria-labelledby="goals-title">
          <div className={styles.sectionHeader}>
            <Subtitle1 as="h2" id="goals-title" className={styles.sectionTitle}>
              {t('goals.title')}
            </Subtitle1>
            {isAdmin ? (
              <Suspense fallback={null}>
                <AddGoalButton onClick={() => setGoalTask({ kind: 'edit', goal: undefined })} />
              </Suspense>
            ) : null}
          </div>
          {goals.length > 0 ? (
            <GoalsList
              goals={goals}
              {...(isAdmin
                ? {
                    actions: (goal: GoalDto) => (
                      <Suspense fallback={null}>
                        <GoalActions
                          title={pick(goal.title)}
                          onEdit={() => setGoalTask({ kind: 'edit', goal })}
                          onDelete={() => setGoalTask({ kind: 'delete', goal })}
                        />
                      </Suspense>
                    ),
                  }
                : {})}
            />
          ) : (
            <Body1 className={styles.footnote}>{t('goals.emptyAdmin')}</Body1>
          )}
        </section>
      ) : null}

      <CharterSections
        charter={charter}
        changes={changes}
        {...(isAdmin ? { onEdit: () => setEditingCharter(true) } : {})}
      />

      {isAdmin ? (
        <Suspense fallback={null}>
          <HomeAdmin settings={community.settings} onSaved={reload} />
        </Suspense>
      ) : null}

      {goalTask ? (
        <Suspense fallback={null}>
          <GoalEditor
            goal={goalTask.goal}
            mode={goalTask.kind}
            onClose={() => setGoalTask(undefined)}
            onSaved={() => {
              setGoalTask(undefined);
              reload();
            }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}

/** The community's name, tagline, and who is signed in. */
function Hero({ community }: { community: CommunityDto }) {
  const styles = useHomeStyles();
  const { t, pick, formatDate } = useI18n();
  const { me } = useSession();
  return (
    <section className={styles.hero} aria-labelledby="community-name">
      <Title2 as="h1" id="community-name" className={styles.heroTitle}>
        {pick(community.name)}
      </Title2>
      <Body1 className={styles.heroTagline}>{pick(community.tagline)}</Body1>
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
  );
}

/** A "Changed" mark next to a section the member has not accepted yet. */
function ChangedBadge({ show }: { show: boolean }) {
  const { t } = useI18n();
  return show ? (
    <Badge appearance="tint" color="warning" data-testid="changed-badge">
      {t('ack.changed')}
    </Badge>
  ) : null;
}

/** Purpose, values, rituals and code of conduct; "Edit charter" for administrators. */
function CharterSections({
  charter,
  changes,
  onEdit,
}: {
  charter: CharterDto;
  changes: CharterChanges | undefined;
  onEdit?: () => void;
}) {
  const styles = useHomeStyles();
  const { t, pick, formatDate } = useI18n();
  const changedValue = (title: CharterDto['values'][number]['title']) =>
    Boolean(
      changes?.values.added
        .concat(changes.values.changed)
        .some((c) => JSON.stringify(c) === JSON.stringify(title)),
    );

  return (
    <>
      <section className={styles.section} aria-labelledby="purpose-title">
        <div className={styles.sectionHeader}>
          <Subtitle1 as="h2" id="purpose-title" className={styles.sectionTitle}>
            {t('home.purpose')} <ChangedBadge show={Boolean(changes?.purpose)} />
          </Subtitle1>
          {onEdit ? (
            <Suspense fallback={null}>
              <EditCharterButton onClick={onEdit} />
            </Suspense>
          ) : null}
        </div>
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
                      action={<ChangedBadge show={changedValue(value.title)} />}
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
          {t('home.codeOfConduct')} <ChangedBadge show={Boolean(changes?.codeOfConduct)} />
        </Subtitle1>
        <Card data-testid="code-of-conduct">
          <Suspense fallback={<Body1 className={styles.conduct}>{pick(charter.codeOfConduct)}</Body1>}>
            <Markdown source={pick(charter.codeOfConduct)} />
          </Suspense>
        </Card>
        <Caption1 className={styles.footnote}>
          {t('home.charterVersion', { version: charter.version, date: formatDate(charter.publishedAt) })}
        </Caption1>
      </section>
    </>
  );
}
