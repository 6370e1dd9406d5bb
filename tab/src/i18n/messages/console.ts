/** Strings of the animator console: moderation and editorial calendar. */
export const en = {} as const;

/** French. */
export const fr: Record<keyof typeof en, string> = {};
