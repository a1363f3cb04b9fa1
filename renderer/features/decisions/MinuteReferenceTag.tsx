import type * as Y from 'yjs';
import type { MinuteReference } from '../../../shared/model';
import { useMinuteReferences } from '../../data/useMinuteRecord';
import './decisions.css';

/**
 * A minute reference ("SG 23/14") beside an item's title. Until the minutes are approved the
 * number may still change, and says so in words, not only in style.
 */
export function MinuteReferenceText({ reference }: { reference: MinuteReference | undefined }) {
  if (!reference) return null;
  return (
    <span className={`minute-ref${reference.provisional ? ' minute-ref--provisional' : ''}`}>
      <span className="visually-hidden">, </span>
      Minute {reference.text}
      {reference.provisional && ' (provisional)'}
    </span>
  );
}

/** The same, for one item, reading the meeting's references itself. */
export function MinuteReferenceTag({
  doc,
  meetingId,
  itemId,
}: {
  doc: Y.Doc;
  meetingId: string;
  itemId: string;
}) {
  return <MinuteReferenceText reference={useMinuteReferences(doc, meetingId).get(itemId)} />;
}
