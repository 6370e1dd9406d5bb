import { ComingSoon } from '../ComingSoon/ComingSoon';

/** Placeholder until this screen lands. */
export default function CirclePage() {
  return <ComingSoon section="circles" />;
}
