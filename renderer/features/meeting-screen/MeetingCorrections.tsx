import { useState } from 'react';
import { useLocation } from 'wouter';
import type * as Y from 'yjs';
import {
  hasRecordedMinutes,
  type MeetingContents,
  type MeetingHeader,
  type MeetingInput,
} from '../../../shared/model';
import { errorText, IDLE, type Progress } from '../../data/progress';
import { useMeetingCorrections } from '../../data/useMeetingCorrections';
import { StatusMessage } from '../../ui/StatusMessage';
import { ConfirmDateChangeDialog } from './ConfirmDateChangeDialog';
import { DeleteMeetingDialog } from './DeleteMeetingDialog';
import { EditMeetingDialog } from './EditMeetingDialog';
import { meetingLabel } from './meeting-contents-text';
import { changedDetails, detailsOf } from './meeting-details';
import './meeting-corrections.css';

type Step =
  | { kind: 'closed' }
  | { kind: 'edit'; draft: MeetingInput }
  | { kind: 'confirm-date'; draft: MeetingInput; contents: MeetingContents }
  | { kind: 'delete'; contents: MeetingContents };

interface MeetingCorrectionsProps {
  meetingId: string;
  doc: Y.Doc;
  header: MeetingHeader;
}

/**
 * The meeting header's "Edit details" and "Delete meeting": correcting a meeting after it was
 * created. A date change on a meeting with minutes is confirmed first; Cancel there goes back
 * to the form with what was typed. A deleted meeting can be restored from the Meetings list.
 */
export function MeetingCorrections({ meetingId, doc, header }: MeetingCorrectionsProps) {
  const corrections = useMeetingCorrections(meetingId, doc);
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const [progress, setProgress] = useState<Progress>(IDLE);
  const [, navigate] = useLocation();

  const save = (draft: MeetingInput) => {
    setStep({ kind: 'closed' });
    const changes = changedDetails(detailsOf(header), draft);
    if (Object.keys(changes).length === 0) return;
    try {
      corrections.updateDetails(changes);
      setProgress({ stage: 'done', text: 'Meeting details saved.' });
    } catch (error) {
      setProgress({ stage: 'failed', text: errorText(error) });
    }
  };

  const edited = (draft?: MeetingInput) => {
    if (!draft) return setStep({ kind: 'closed' });
    const contents = corrections.contents();
    if (draft.date !== header.date && hasRecordedMinutes(contents)) {
      setStep({ kind: 'confirm-date', draft, contents });
    } else {
      save(draft);
    }
  };

  const deleteConfirmed = (confirmed: boolean) => {
    setStep({ kind: 'closed' });
    if (!confirmed) return;
    // Leave the screen first, so it never shows "Meeting not found" on the way out.
    navigate('/meetings');
    corrections.deleteMeeting(meetingLabel(header));
  };

  return (
    <div className="meeting-corrections">
      <div className="meeting-corrections-buttons">
        <button
          type="button"
          className="button button--small"
          onClick={() => setStep({ kind: 'edit', draft: detailsOf(header) })}
        >
          Edit details
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => setStep({ kind: 'delete', contents: corrections.contents() })}
        >
          Delete meeting
        </button>
      </div>
      <StatusMessage progress={progress} failedPrefix="The details were not saved." />
      {step.kind === 'edit' && <EditMeetingDialog initial={step.draft} onClose={edited} />}
      {step.kind === 'confirm-date' && (
        <ConfirmDateChangeDialog
          contents={step.contents}
          from={header.date}
          to={step.draft.date}
          onClose={(confirmed) =>
            confirmed ? save(step.draft) : setStep({ kind: 'edit', draft: step.draft })
          }
        />
      )}
      {step.kind === 'delete' && (
        <DeleteMeetingDialog
          label={meetingLabel(header)}
          contents={step.contents}
          onClose={deleteConfirmed}
        />
      )}
    </div>
  );
}
