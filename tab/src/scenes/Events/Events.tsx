import { ComingSoon } from '../ComingSoon/ComingSoon';

/** The events section (lazy-loaded). */
export default function Events() {
  return <ComingSoon section="events" />;
}
