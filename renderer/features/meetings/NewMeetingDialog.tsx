import { useRef } from 'react';
import { validateMeetingInput, type MeetingInput } from '../../../shared/model';
import { useCreateMeeting } from '../../data/useMeetings';
import { Dialog } from '../../ui/Dialog';
import { useFormDraft } from '../../ui/useFormDraft';
import { MeetingDetailsFields } from './MeetingDetailsFields';

const EMPTY: MeetingInput = {
  title: '',
  date: '',
  startTime: '',
  endTime: '',
  venueKind: 'online',
  venue: 'Microsoft Teams',
};

/** "New meeting". Errors appear only after the first submit, then update as the person corrects them. */
export function NewMeetingDialog({
  onClose,
}: {
  onClose: (created?: { id: string; title: string }) => void;
}) {
  const createMeeting = useCreateMeeting();
  const form = useFormDraft(EMPTY, validateMeetingInput);
  const created = useRef<{ id: string; title: string } | undefined>(undefined);

  const submit = () => {
    if (!form.submit()) return false;
    created.current = { id: createMeeting(form.draft), title: form.draft.title.trim() };
  };
  return (
    <Dialog
      title="New meeting"
      submitLabel="Create meeting"
      onSubmit={submit}
      onClose={(done) => onClose(done ? created.current : undefined)}
    >
      <MeetingDetailsFields form={form} />
    </Dialog>
  );
}
