import {
  Button,
  CounterBadge,
  SearchBox,
  Subtitle1,
  Tab,
  TabList,
  Title2,
  Body1,
  mergeClasses,
} from '@fluentui/react-components';
import { AddRegular, MailInboxRegular, PeopleSearchRegular, SearchRegular } from '@fluentui/react-icons';
import { useCallback, useMemo, useState } from 'react';
import type { CircleSuggestionDto, CircleSummaryDto } from '../../../../contracts/circles';
import { CircleCard } from '../../components/CircleCard/CircleCard';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews/StateViews';
import { useCircleDirectory, useCircleSuggestions } from '../../hooks/useCircles';
import { useDebounced } from '../../hooks/useDebounced';
import { hrefOf, useRoute } from '../../hooks/useHashRoute';
import { useMembership } from '../../hooks/useMembership';
import { useNotify } from '../../hooks/useNotify';
import { usePlural } from '../../hooks/usePlural';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { CircleFormDialog } from './CircleFormDialog';
import { useCirclesStyles } from './Circles.styles';

/** The directory's tabs. Deep links may pick one: `#/circles?filter=invitations`. */
const FILTERS = ['all', 'interest', 'pod', 'mine', 'invitations'] as const;
type Filter = (typeof FILTERS)[number];

const FILTER_LABEL: Record<Filter, MessageKey> = {
  all: 'circles.filter.all',
  interest: 'circles.filter.interest',
  pod: 'circles.filter.pod',
  mine: 'circles.filter.mine',
  invitations: 'circles.filter.invitations',
};

/** Which circles a tab shows. */
function matches(circle: CircleSummaryDto, filter: Filter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'interest':
    case 'pod':
      return circle.type === filter;
    case 'mine':
      return circle.myStatus === 'active' || circle.myStatus === 'requested';
    case 'invitations':
      return circle.myStatus === 'invited';
  }
}

/** The reason a circle is suggested, in words. */
function useReasonText(): (suggestion: CircleSuggestionDto) => string {
  const { t } = useI18n();
  const plural = usePlural();
  return (suggestion) =>
    suggestion.reason.kind === 'department'
      ? plural('circles.reason.department', suggestion.reason.count, {
          department: suggestion.reason.department,
        })
      : t('circles.reason.interest', { tag: suggestion.reason.tag });
}

/**
 * The circle directory (key 2): every circle I may see, filtered by kind or by where I stand,
 * searchable, with suggestions and their reasons, and a way to start a new circle.
 */
export default function Circles() {
  const styles = useCirclesStyles();
  const { t } = useI18n();
  const { route, navigate } = useRoute();
  const initial = route.query.get('filter');
  const [filter, setFilter] = useState<Filter>(
    FILTERS.includes(initial as Filter) ? (initial as Filter) : 'all',
  );
  const [query, setQuery] = useState('');
  const search = useDebounced(query, 300);
  const [creating, setCreating] = useState(false);
  const directory = useCircleDirectory(search);
  const suggestions = useCircleSuggestions();
  const reasonOf = useReasonText();
  const { toaster, notify } = useNotify();

  const { reload: reloadDirectory } = directory;
  const { reload: reloadSuggestions } = suggestions;
  const handleChanged = useCallback(() => {
    reloadDirectory();
    reloadSuggestions();
  }, [reloadDirectory, reloadSuggestions]);
  const membership = useMembership({ notify, onChanged: handleChanged });

  const circles = useMemo(() => (directory.status === 'ready' ? directory.data : []), [directory]);
  const shown = circles.filter((circle) => matches(circle, filter));
  const invitations = circles.filter((circle) => circle.myStatus === 'invited').length;
  const suggested =
    filter === 'all' && !search.trim() && suggestions.status === 'ready' ? suggestions.data : [];

  return (
    <div className={styles.page}>
      {toaster}
      <header className={styles.header}>
        <div className={styles.titleBlock}>
          <Title2 as="h1" className={styles.title}>
            {t('circles.title')}
          </Title2>
          <Body1 className={styles.intro}>{t('circles.intro')}</Body1>
        </div>
        <Button appearance="primary" icon={<AddRegular />} onClick={() => setCreating(true)}>
          {t('circles.create')}
        </Button>
      </header>

      <div className={styles.toolbar}>
        <SearchBox
          className={styles.search}
          value={query}
          onChange={(_event, data) => setQuery(data.value)}
          placeholder={t('circles.searchPlaceholder')}
          aria-label={t('circles.search')}
          contentBefore={<SearchRegular />}
        />
        <TabList
          className={styles.tabs}
          selectedValue={filter}
          onTabSelect={(_event, data) => setFilter(data.value as Filter)}
          aria-label={t('circles.filters')}
        >
          {FILTERS.map((value) => (
            <Tab key={value} value={value} data-testid={`filter-${value}`}>
              {t(FILTER_LABEL[value])}
              {value === 'invitations' && invitations > 0 ? (
                <>
                  {' '}
                  <CounterBadge count={invitations} size="small" color="danger" aria-hidden />
                </>
              ) : null}
            </Tab>
          ))}
        </TabList>
      </div>

      {suggested.length > 0 ? (
        <section className={styles.section} aria-labelledby="suggestions-title">
          <Subtitle1 as="h2" id="suggestions-title" className={styles.sectionTitle}>
            {t('circles.suggestions')}
          </Subtitle1>
          <ul className={styles.grid} data-testid="suggestions">
            {suggested.map((suggestion) => (
              <li key={suggestion.circle.id}>
                <CircleCard
                  circle={suggestion.circle}
                  reason={reasonOf(suggestion)}
                  busy={membership.busy}
                  onAction={(circle, action) => void membership.perform(circle, action)}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className={styles.section} aria-labelledby="directory-title">
        <Subtitle1 as="h2" id="directory-title" className={styles.sectionTitle}>
          {t(FILTER_LABEL[filter])}
        </Subtitle1>
        {directory.status === 'loading' ? (
          <LoadingState />
        ) : directory.status === 'error' ? (
          <ErrorState error={directory.error} onRetry={directory.reload} />
        ) : shown.length === 0 ? (
          <DirectoryEmpty filter={filter} search={search} onCreate={() => setCreating(true)} />
        ) : (
          <ul
            className={mergeClasses(styles.grid, directory.refreshing && styles.refreshing)}
            aria-busy={directory.refreshing}
            data-testid="directory"
          >
            {shown.map((circle) => (
              <li key={circle.id}>
                <CircleCard
                  circle={circle}
                  busy={membership.busy}
                  onAction={(c, action) => void membership.perform(c, action)}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      {creating ? (
        <CircleFormDialog
          onClose={() => setCreating(false)}
          onSaved={(circle) => {
            setCreating(false);
            navigate(hrefOf('circles', circle.id));
          }}
        />
      ) : null}
    </div>
  );
}

/** What to say when a tab has nothing to show. */
function DirectoryEmpty({
  filter,
  search,
  onCreate,
}: {
  filter: Filter;
  search: string;
  onCreate: () => void;
}) {
  const { t } = useI18n();
  if (search.trim()) {
    return (
      <EmptyState
        icon={<PeopleSearchRegular />}
        title={t('circles.empty.searchTitle', { q: search.trim() })}
        body={t('circles.empty.searchBody')}
        action={
          <Button icon={<AddRegular />} onClick={onCreate}>
            {t('circles.create')}
          </Button>
        }
      />
    );
  }
  if (filter === 'invitations') {
    return (
      <EmptyState
        icon={<MailInboxRegular />}
        title={t('circles.empty.invitationsTitle')}
        body={t('circles.empty.invitationsBody')}
      />
    );
  }
  return (
    <EmptyState
      icon={<PeopleSearchRegular />}
      title={t(filter === 'mine' ? 'circles.empty.mineTitle' : 'circles.empty.title')}
      body={t(filter === 'mine' ? 'circles.empty.mineBody' : 'circles.empty.body')}
      action={
        <Button icon={<AddRegular />} onClick={onCreate}>
          {t('circles.create')}
        </Button>
      }
    />
  );
}
