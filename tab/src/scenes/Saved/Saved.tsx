import { ComingSoon } from '../ComingSoon/ComingSoon';

/** Placeholder until this screen lands. */
export default function Saved() {
  return <ComingSoon section="feed" />;
}
