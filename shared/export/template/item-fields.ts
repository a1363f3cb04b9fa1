import { formatClockTime, isClockTime, minutesOfDay } from '../../format/dates';
import { formatMinutes } from '../../format/durations';
import { AGENDA_PURPOSE_LABELS } from '../../model/agenda-purpose';
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

export function itemTimings(
  startTime: string,
  items: readonly Pick<ExportAgendaItem, 'id' | 'allottedMinutes'>[],
): Map<string, ItemTiming> {
  const timings = new Map<string, ItemTiming>();
  if (!isClockTime(startTime)) {
    for (const item of items) timings.set(item.id, { start: null });
    return timings;
  }
  // An item with no time given leaves every later start unknown: better blank than wrong.
  let at: number | null = minutesOfDay(startTime);
  for (const item of items) {
    const start =
      at === null
        ? null
        : `${String(Math.floor(at / 60) % 24).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`;
    timings.set(item.id, { start });
    at = at !== null && item.allottedMinutes > 0 ? at + item.allottedMinutes : null;
  }
  return timings;
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
