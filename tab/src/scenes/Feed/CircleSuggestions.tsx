import { Button, Caption1, Link, Spinner, Subtitle2 } from '@fluentui/react-components';
import { CheckmarkRegular, PeopleAddRegular, PeopleCommunityRegular } from '@fluentui/react-icons';
import type { CircleDetailDto, CircleSuggestionDto } from '../../../../contracts/circles';
import { useCircleSuggestions, type JoinState } from '../../hooks/useFeed';
import { hrefOf } from '../../hooks/useHashRoute';
import { usePlural } from '../../hooks/usePlural';
import { useI18n } from '../../i18n/i18n';
import { useSuggestionStyles } from './CircleSuggestions.styles';

/** "Circles for you", each with why ("5 people from Data joined") and a Join button. */
export function CircleSuggestions({
  onJoined,
  limit = 4,
}: {
  onJoined: (circle: CircleDetailDto) => void;
  limit?: number;
}) {
  const styles = useSuggestionStyles();
  const { t } = useI18n();
  const { suggestions, joins, join } = useCircleSuggestions(onJoined);
  // Suggestions are a bonus: while loading, failing or empty, the panel simply is not there.
  if (suggestions.status !== 'ready' || suggestions.data.length === 0) return null;
  return (
    <section className={styles.panel} aria-labelledby="circle-suggestions-title">
      <Subtitle2 as="h2" id="circle-suggestions-title" className={styles.title}>
        <PeopleCommunityRegular aria-hidden />
        {t('feedSuggest.title')}
      </Subtitle2>
      <ul className={styles.list}>
        {suggestions.data.slice(0, limit).map((suggestion) => (
          <Suggestion
            key={suggestion.circle.id}
            suggestion={suggestion}
            state={joins[suggestion.circle.id]}
            onJoin={join}
          />
        ))}
      </ul>
      <Link href={hrefOf('circles')}>{t('feedSuggest.all')}</Link>
    </section>
  );
}

function Suggestion({
  suggestion,
  state,
  onJoin,
}: {
  suggestion: CircleSuggestionDto;
  state: JoinState | undefined;
  onJoin: (circleId: string) => void;
}) {
  const styles = useSuggestionStyles();
  const { t } = useI18n();
  const plural = usePlural();
  const { circle, reason } = suggestion;
  const why =
    reason.kind === 'department'
      ? plural('feedSuggest.department', reason.count, { department: reason.department })
      : t('feedSuggest.interest', { tag: reason.tag });
  const asks = circle.visibility !== 'open';
  return (
    <li className={styles.item}>
      <span className={styles.text}>
        <Link href={hrefOf('circles', circle.id)} className={styles.name}>
          {circle.name}
        </Link>
        <Caption1 className={styles.reason}>{why}</Caption1>
      </span>
      {state?.status === 'done' ? (
        <Caption1 className={styles.done} role="status">
          <CheckmarkRegular aria-hidden />
          {t(state.circle.myStatus === 'active' ? 'feedSuggest.joined' : 'feedSuggest.requested')}
        </Caption1>
      ) : (
        <Button
          size="small"
          appearance="primary"
          icon={state?.status === 'joining' ? <Spinner size="extra-tiny" /> : <PeopleAddRegular />}
          disabled={state?.status === 'joining'}
          onClick={() => onJoin(circle.id)}
          aria-label={t(asks ? 'feedSuggest.askLabel' : 'feedSuggest.joinLabel', { circle: circle.name })}
        >
          {t(asks ? 'feedSuggest.ask' : 'feedSuggest.join')}
        </Button>
      )}
      {state?.status === 'error' ? (
        <Caption1 className={styles.error} role="alert">
          {state.error.message}
        </Caption1>
      ) : null}
    </li>
  );
}
