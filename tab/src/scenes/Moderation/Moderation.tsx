import { ComingSoon } from '../ComingSoon/ComingSoon';

/** Placeholder until this screen lands. */
export default function Moderation() {
  return <ComingSoon section="feed" />;
}
