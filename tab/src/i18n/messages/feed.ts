/** Strings of the feed, composer, post page, search and saved posts. */
export const en = {} as const;

/** French. */
export const fr: Record<keyof typeof en, string> = {};
