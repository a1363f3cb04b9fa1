import { Dialog } from '../../ui/Dialog';

interface EndMeetingDialogProps {
  onEnd: () => void;
  onEndAndPrepare: () => void;
  /** After any of the three buttons or Escape: focus is back on End meeting by then. */
  onClose: () => void;
}

/**
 * "End meeting" asks first: a stray click must not stop the clocks in the middle of an item.
 * It also offers what the chair does next, preparing the next meeting. Focus starts on
 * Cancel, so a stray Enter changes nothing.
 */
export function EndMeetingDialog({ onEnd, onEndAndPrepare, onClose }: EndMeetingDialogProps) {
  return (
    <Dialog
      title="End the meeting?"
      submitLabel="End meeting"
      secondary={{ label: 'End and prepare next meeting', onClick: onEndAndPrepare }}
      initialFocus="cancel"
      onSubmit={onEnd}
      onClose={onClose}
    >
      <p>
        The clocks stop and the chair view shows the meeting as ended. You can resume it if you need
        to. Preparing the next meeting copies the standard agenda, the items marked to carry
        forward, the chair, the minute-taker and the members.
      </p>
    </Dialog>
  );
}
