import { ComingSoon } from '../ComingSoon/ComingSoon';

/** The feed section (lazy-loaded). */
export default function Feed() {
  return <ComingSoon section="feed" />;
}
