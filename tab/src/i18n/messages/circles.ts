/** Strings of the circle directory and circle pages. */
export const en = {} as const;

/** French. */
export const fr: Record<keyof typeof en, string> = {};
