import { z } from 'zod';
import { Post } from './content';

/** Drafts, scheduling, the editorial calendar and the content stock (DESIGN.md key 6). */

export const CalendarQuery = z
  .object({ from: z.iso.date(), to: z.iso.date() })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= 92, {
    message: 'ask for at most 3 months at a time',
    path: ['to'],
  })
  .meta({ id: 'CalendarQuery' });

export const Calendar = z
  .object({
    /** Published and scheduled posts in the range, by date. */
    entries: z.array(Post),
    /** Ready drafts without a date: the stock to plan from. */
    readyDrafts: z.array(Post),
  })
  .meta({ id: 'Calendar' });

export const Stock = z
  .object({
    readyDrafts: z.number().int(),
    scheduled: z.number().int(),
    targetPostsPerWeek: z.number(),
    /** Days of publishing the stock covers at the target cadence (null when no cadence is set). */
    daysCovered: z.number().nullable(),
    warningDays: z.number().int(),
    low: z.boolean(),
  })
  .meta({ id: 'Stock' });

export type CalendarDto = z.infer<typeof Calendar>;
export type StockDto = z.infer<typeof Stock>;
