import type { MeetingContents } from '../../../shared/model';
import { Dialog } from '../../ui/Dialog';
import { dateChangeSentences } from './meeting-contents-text';

interface ConfirmDateChangeDialogProps {
  contents: MeetingContents;
  from: string;
  to: string;
  /** true: change the date; false: back to the form, with what was typed. */
  onClose: (confirmed: boolean) => void;
}

/**
 * Asks before moving a meeting that already has minutes: the minutes are a record of a day,
 * and a slip in the date field should not quietly re-date them. Cancel has focus.
 */
export function ConfirmDateChangeDialog({
  contents,
  from,
  to,
  onClose,
}: ConfirmDateChangeDialogProps) {
  return (
    <Dialog
      title="Change the date of a meeting with minutes?"
      submitLabel="Change the date"
      initialFocus="cancel"
      onClose={onClose}
    >
      {dateChangeSentences(contents, from, to).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
    </Dialog>
  );
}
