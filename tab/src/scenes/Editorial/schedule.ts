/** `YYYY-MM-DDTHH:mm` for a datetime-local input, in local time. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A sensible first proposal: tomorrow at 9:00 local time (people read in the morning). */
export function defaultScheduleTime(now: Date = new Date()): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0, 0, 0);
}

/** Reads a datetime-local value (local time); undefined when empty or not a date. */
export function fromLocalInput(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined;
  const date = new Date(value); // no offset in the string: the browser reads it as local time
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Why a time cannot be used for scheduling, if it cannot. */
export function scheduleProblem(value: string, now: Date = new Date()): 'required' | 'past' | undefined {
  const date = fromLocalInput(value);
  if (!date) return 'required';
  return date.getTime() <= now.getTime() ? 'past' : undefined;
}
