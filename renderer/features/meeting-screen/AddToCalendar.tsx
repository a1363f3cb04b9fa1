import type * as Y from 'yjs';
import { useCalendarExport } from '../../data/useCalendarExport';
import { useSaveFile } from '../../data/useSaveFile';
import { StatusMessage } from '../../ui/StatusMessage';
import './add-to-calendar.css';

/**
 * "Add to calendar" beside the meeting's date: saves the meeting as a calendar event (.ics)
 * that Outlook, Google or Apple Calendar opens, with the agenda in its description, so a chair
 * can send it round or put it in their own diary.
 */
const savedText = (location: string) =>
  `Saved ${location}. Open it to add the meeting to Outlook or another calendar.`;

export function AddToCalendar({ doc }: { doc: Y.Doc }) {
  const buildCalendar = useCalendarExport();
  const { progress, save } = useSaveFile();
  return (
    <div className="add-to-calendar">
      <button
        type="button"
        className="button button--small"
        disabled={progress.stage === 'working'}
        onClick={() => void save(() => buildCalendar(doc), 'ics', { savedText })}
      >
        Add to calendar
      </button>
      <StatusMessage progress={progress} failedPrefix="The calendar event was not saved." />
    </div>
  );
}
