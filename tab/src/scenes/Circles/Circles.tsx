import { ComingSoon } from '../ComingSoon/ComingSoon';

/** The circles section (lazy-loaded). */
export default function Circles() {
  return <ComingSoon section="circles" />;
}
