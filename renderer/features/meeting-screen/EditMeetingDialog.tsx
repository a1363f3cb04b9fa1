import { validateMeetingInput, type MeetingInput } from '../../../shared/model';
import { Dialog } from '../../ui/Dialog';
import { useFormDraft } from '../../ui/useFormDraft';
import { MeetingDetailsFields } from '../meetings/MeetingDetailsFields';

interface EditMeetingDialogProps {
  /** What the form starts from: the meeting's details, or a draft the person came back to. */
  initial: MeetingInput;
  /** Called with the valid draft on "Save details", or with nothing on Cancel / Escape. */
  onClose: (draft?: MeetingInput) => void;
}

/** "Edit details": the New meeting form, filled in, checked the same way. */
export function EditMeetingDialog({ initial, onClose }: EditMeetingDialogProps) {
  const form = useFormDraft(initial, validateMeetingInput);
  return (
    <Dialog
      title="Edit meeting details"
      submitLabel="Save details"
      onSubmit={form.submit}
      onClose={(done) => onClose(done ? form.draft : undefined)}
    >
      <MeetingDetailsFields form={form} />
    </Dialog>
  );
}
