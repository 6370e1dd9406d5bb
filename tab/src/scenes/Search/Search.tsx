import { ComingSoon } from '../ComingSoon/ComingSoon';

/** Placeholder until this screen lands. */
export default function Search() {
  return <ComingSoon section="feed" />;
}
