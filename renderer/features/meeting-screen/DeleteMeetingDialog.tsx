import type { MeetingContents } from '../../../shared/model';
import { Dialog } from '../../ui/Dialog';
import { deletionSentence } from './meeting-contents-text';

interface DeleteMeetingDialogProps {
  label: string;
  contents: MeetingContents;
  onClose: (confirmed: boolean) => void;
}

/** Names everything that will go. Cancel has focus, so a stray Enter deletes nothing. */
export function DeleteMeetingDialog({ label, contents, onClose }: DeleteMeetingDialogProps) {
  return (
    <Dialog
      title="Delete this meeting?"
      submitLabel="Delete meeting"
      submitTone="warning"
      initialFocus="cancel"
      onClose={onClose}
    >
      <p>{deletionSentence(label, contents)}</p>
      <p>You can undo this from the Meetings list until you close Quorum.</p>
    </Dialog>
  );
}
