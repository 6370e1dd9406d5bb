/** Strings of the home screen: charter, acknowledgement, goals, charter editor. */
export const en = {} as const;

/** French. */
export const fr: Record<keyof typeof en, string> = {};
