import { ComingSoon } from '../ComingSoon/ComingSoon';

/** The badges section (lazy-loaded). */
export default function Badges() {
  return <ComingSoon section="badges" />;
}
