import type * as Y from 'yjs';
import { useMinuteReferences } from '../../data/useMinuteRecord';
import './decisions.css';

/**
 * An item's minute reference ("SG 23/14") for a heading. Until the minutes are approved the
 * number may still change, and says so in words, not only in style.
 */
export function MinuteReferenceTag({
  doc,
  meetingId,
  itemId,
}: {
  doc: Y.Doc;
  meetingId: string;
  itemId: string;
}) {
  const reference = useMinuteReferences(doc, meetingId).get(itemId);
  if (!reference) return null;
  return (
    <span className={`minute-ref${reference.provisional ? ' minute-ref--provisional' : ''}`}>
      <span className="visually-hidden">, minute </span>
      {reference.text}
      {reference.provisional && <span className="minute-ref-note"> provisional</span>}
    </span>
  );
}
