import type { MeetingInput } from '../../../shared/model';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Field } from '../../ui/Field';
import type { useFormDraft } from '../../ui/useFormDraft';
import { DateTimeFields } from './DateTimeFields';
import { VenueFields } from './VenueFields';

export type MeetingDraft = ReturnType<typeof useFormDraft<MeetingInput>>;

/**
 * A meeting's title, date, times and venue, with the summary of errors above them: the same
 * fields, checked the same way, when a meeting is created and when its details are corrected.
 */
export function MeetingDetailsFields({ form }: { form: MeetingDraft }) {
  return (
    <>
      <ErrorSummary errors={form.errors} submitCount={form.submitCount} />
      <Field label="Title" autoComplete="off" {...form.field('title')} />
      {/* Optional: a past meeting entered from records may not say when it sat. */}
      <DateTimeFields field={form.field} optionalTimes />
      <VenueFields
        kind={form.draft.venueKind}
        venue={form.draft.venue}
        error={form.errors.venue}
        onChange={(venueKind, venue) => form.change({ venueKind, venue })}
      />
    </>
  );
}
