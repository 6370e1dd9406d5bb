import { CalendarLtrRegular, NewsRegular, PeopleCommunityRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { EmptyState } from '../../components/StateViews/StateViews';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';

type Section = 'feed' | 'circles' | 'events';

const CONTENT: Record<Section, { icon: ReactNode; title: MessageKey; body: MessageKey }> = {
  feed: { icon: <NewsRegular />, title: 'soon.feed.title', body: 'soon.feed.body' },
  circles: { icon: <PeopleCommunityRegular />, title: 'soon.circles.title', body: 'soon.circles.body' },
  events: { icon: <CalendarLtrRegular />, title: 'soon.events.title', body: 'soon.events.body' },
};

/** A section whose screen has not shipped yet: says plainly what will be here. */
export function ComingSoon({ section }: { section: Section }) {
  const { t } = useI18n();
  const content = CONTENT[section];
  return <EmptyState icon={content.icon} title={t(content.title)} body={t(content.body)} />;
}
