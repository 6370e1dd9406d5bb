import { ComingSoon } from '../ComingSoon/ComingSoon';

/** Placeholder until this screen lands. */
export default function PostPage() {
  return <ComingSoon section="feed" />;
}
