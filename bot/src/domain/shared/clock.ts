/** Time as a port, so rules that depend on it (schedules, quiet hours, streaks) can be tested. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };
