import { useEffect } from 'react';
import { useDeletedMeetingNotice } from '../../data/useDeletedMeetingNotice';
import { UndoNotice } from '../../ui/UndoNotice';

// The deletion whose Undo last took focus: coming back to the list later must not take it again.
let focusedSerial = 0;

/**
 * On the Meetings list after a meeting was deleted: "… deleted." with Undo, for as long as the
 * app stays open. Undo takes focus once, as the person arrives from the delete confirmation
 * (the button they pressed has gone with the meeting's screen), so a keyboard user can undo
 * at once.
 */
export function DeletedMeetingNotice() {
  const notice = useDeletedMeetingNotice();
  const focusKey = notice.canUndo && notice.serial !== focusedSerial ? notice.serial : null;
  useEffect(() => {
    if (focusKey !== null) focusedSerial = focusKey;
  }, [focusKey]);
  return (
    <UndoNotice
      progress={notice.progress}
      onUndo={notice.canUndo ? notice.undo : undefined}
      onDismiss={notice.dismiss}
      focusKey={focusKey}
    />
  );
}
