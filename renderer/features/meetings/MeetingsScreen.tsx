import { useRef, useState } from 'react';
import { ScreenHeading } from '../../app/ScreenHeading';
import { useMeetings } from '../../data/useMeetings';
import { EmptyState } from '../../ui/EmptyState';
import { MeetingList } from './MeetingList';
import { NewMeetingDialog } from './NewMeetingDialog';

export function MeetingsScreen() {
  const meetings = useMeetings();
  const [creating, setCreating] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const newMeetingButton = useRef<HTMLButtonElement>(null);

  const closeDialog = (createdTitle?: string) => {
    setCreating(false);
    if (createdTitle) setAnnouncement(`Meeting “${createdTitle}” created.`);
    // Return focus to the control that opened the dialog (WCAG 2.4.3).
    newMeetingButton.current?.focus();
  };

  return (
    <section className="screen" aria-labelledby="meetings-heading">
      <header className="screen-header">
        <ScreenHeading id="meetings-heading">Meetings</ScreenHeading>
        <button
          ref={newMeetingButton}
          type="button"
          className="button button--primary"
          onClick={() => setCreating(true)}
        >
          New meeting
        </button>
      </header>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {meetings.length === 0 ? (
        <EmptyState title="No meetings yet">
          <p>Create your group’s first meeting to start an agenda and take minutes.</p>
        </EmptyState>
      ) : (
        <MeetingList meetings={meetings} />
      )}
      {creating && <NewMeetingDialog onClose={closeDialog} />}
    </section>
  );
}
