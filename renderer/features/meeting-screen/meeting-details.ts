import type { MeetingHeader, MeetingInput } from '../../../shared/model';

/** The fields "Edit details" corrects: the same as "New meeting" asks for. */
const FIELDS = ['title', 'date', 'startTime', 'endTime', 'venueKind', 'venue'] as const;

/** The header's details as the form holds them. */
export function detailsOf(header: MeetingHeader): MeetingInput {
  return Object.fromEntries(FIELDS.map((key) => [key, header[key]])) as MeetingInput;
}

/**
 * Only what the person changed, so an edit to another field on another device survives.
 * Spaces around the title or venue are not a change: the model trims them.
 */
export function changedDetails(before: MeetingInput, after: MeetingInput): Partial<MeetingInput> {
  const comparable = (key: (typeof FIELDS)[number], input: MeetingInput) =>
    key === 'title' || key === 'venue' ? input[key].trim() : input[key];
  return Object.fromEntries(
    FIELDS.filter((key) => comparable(key, before) !== comparable(key, after)).map((key) => [
      key,
      after[key],
    ]),
  );
}
