import { formatClockTime } from '../../format/dates';
import { formatMinutes } from '../../format/durations';
import { AGENDA_PURPOSE_LABELS } from '../../model/agenda-purpose';
import { agendaTimings } from '../agenda-timings';
import type { ExportAgendaItem } from '../meeting-data';
import type { Inline } from '../rich-text-data';

/**
 * An agenda item's fields as a council agenda prints them: its start time worked out from the
 * meeting's start and the time given to the items before it ("1.10pm"), its length ("10
 * minutes") and purpose ("For decision").
 */
export interface ItemTiming {
  /** 'HH:MM', or null when the meeting has no start time (one entered from records). */
  start: string | null;
}

/**
 * The same sums the house agenda prints (agenda-timings.ts), keyed by item, except that once
 * an item has no time given the later starts are left blank: a column of "1pm" for every item
 * of a meeting entered from its records would be wrong, and blank is honest.
 */
export function itemTimings(
  startTime: string,
  items: readonly Pick<ExportAgendaItem, 'id' | 'allottedMinutes'>[],
): Map<string, ItemTiming> {
  // agendaTimings leaves the starts after an untimed item unknown.
  const timings = agendaTimings(startTime, items);
  return new Map(items.map((item, index) => [item.id, { start: timings[index]?.start ?? null }]));
}

export function itemInlineFields(
  item: ExportAgendaItem,
  timing: ItemTiming | undefined,
): Record<string, string> {
  return {
    number: String(item.number),
    title: item.title,
    presenter: item.presenter,
    start: timing?.start ? formatClockTime(timing.start) : '',
    duration: item.allottedMinutes > 0 ? formatMinutes(item.allottedMinutes) : '',
    purpose: AGENDA_PURPOSE_LABELS[item.purpose] ?? '',
    reference: item.reference?.text ?? '',
  };
}

/** The lines under an item's heading in an agenda: who presents it, when, and why. */
export function agendaItemLines(
  item: ExportAgendaItem,
  timing: ItemTiming | undefined,
): Inline[][] {
  const fields = itemInlineFields(item, timing);
  const when = [fields.start, fields.duration && `(${fields.duration})`].filter(Boolean).join(' ');
  const lines: [string, string][] = [
    ['Presenter', fields.presenter ?? ''],
    ['Time', when],
    ['Purpose', fields.purpose ?? ''],
  ];
  return lines
    .filter(([, value]) => value !== '')
    .map(([label, value]) => [{ text: `${label}:`, bold: true }, { text: ` ${value}` }]);
}
