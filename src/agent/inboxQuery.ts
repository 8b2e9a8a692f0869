import { z } from 'zod';
import { addDays, CASE_KINDS, CHANNELS, parseIsoDay, SERVICE_AREAS, type WorkingCalendar } from '../domain';
import { INBOX_SORTS, INBOX_STATUSES, type InboxQuery } from '../register/inbox';
import { RequestInvalidError } from './http/validation';

/** An empty select sends ""; it means no filter. */
const blankAsUndefined = (v: unknown) => (v === '' ? undefined : v);
const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) => z.preprocess(blankAsUndefined, z.enum(values, message).optional());
const day = z.preprocess(blankAsUndefined, z.string().refine((v) => parseIsoDay(v) !== null, 'skriv datumet som ÅÅÅÅ-MM-DD').optional());

/** The inbox's filters as the page's form sends them (GET): what the form shows again, and what the register reads. */
export const inboxFormSchema = z.object({
  status: choice(INBOX_STATUSES, 'välj en status ur listan'),
  kind: choice(CASE_KINDS, 'välj en typ ur listan'),
  area: choice(SERVICE_AREAS, 'välj en verksamhet ur listan'),
  channel: choice(CHANNELS, 'välj en kanal ur listan'),
  serious: choice(['ja', 'nej'] as const, 'välj ja eller nej'),
  category: z.preprocess(blankAsUndefined, z.string().max(60, 'välj en kategori ur listan').optional()),
  from: day,
  to: day,
  sort: choice(INBOX_SORTS, 'välj en sortering ur listan'),
  page: z.preprocess(blankAsUndefined, z.coerce.number('sidan ska vara ett nummer').int('sidan ska vara ett heltal').min(1, 'sidorna börjar på 1').max(100_000, 'så många sidor finns inte').optional()),
});
export type InboxForm = z.output<typeof inboxFormSchema>;

/** The form as the register's query: days in the calendar's time become instants (to is the whole day). */
export function inboxQueryOf(form: InboxForm, calendar: WorkingCalendar, categories: readonly string[]): InboxQuery {
  if (form.category !== undefined && !categories.includes(form.category)) {
    throw new RequestInvalidError([{ field: 'category', message: 'välj en kategori ur listan' }]);
  }
  const from = form.from ? parseIsoDay(form.from) : null;
  const to = form.to ? parseIsoDay(form.to) : null;
  return {
    status: form.status,
    kind: form.kind,
    area: form.area,
    channel: form.channel,
    serious: form.serious === undefined ? undefined : form.serious === 'ja',
    category: form.category,
    registeredFrom: from ? calendar.at(from, 0) : undefined,
    registeredBefore: to ? calendar.at(addDays(to, 1), 0) : undefined,
    sort: form.sort,
    page: form.page,
  };
}
