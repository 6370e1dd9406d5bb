import { ComingSoon } from '../ComingSoon/ComingSoon';

/** Placeholder until this screen lands. */
export default function Editorial() {
  return <ComingSoon section="feed" />;
}
