import type { LinkPreview } from './post';

/**
 * Fetches what a shared link looks like (title, description, image). Best effort: `undefined`
 * when the page cannot be fetched quickly and safely. The adapter is in bot/src/link-preview/.
 */
export interface LinkPreviewer {
  preview(url: string): Promise<LinkPreview | undefined>;
}

/** A previewer that never fetches (tests, or previews switched off). */
export const noLinkPreviews: LinkPreviewer = { preview: () => Promise.resolve(undefined) };
