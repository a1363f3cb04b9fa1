import { Link } from 'wouter';
import type * as Y from 'yjs';
import { formatLongDate } from '../../../shared/format/dates';
import { useMeetingHeader } from '../../data/useMeetingData';

/**
 * Whether exports are the draft or the approved record. A view only: minutes are approved by
 * the next meeting, under its "Minutes of the previous meeting" item (features/approval), and
 * approved minutes are exported as they were approved.
 */
export function ApprovalPanel({ doc }: { doc: Y.Doc }) {
  const header = useMeetingHeader(doc);
  if (!header) return null;
  if (header.minutesStatus === 'approved') {
    const on = header.approvedOn ? formatLongDate(header.approvedOn) : null;
    return (
      <div className="panel approval approval--approved">
        <p>
          Approved as a correct record
          {on && header.approvedAt ? (
            <>
              {' '}
              at the <Link href={`/meetings/${header.approvedAt}/minutes`}>meeting on {on}</Link>
            </>
          ) : (
            on && ` on ${on}`
          )}
          . Exports are the minutes as they were approved.
        </p>
      </div>
    );
  }
  return (
    <div className="panel approval">
      <p>
        These minutes are a draft: exports are marked “DRAFT – subject to approval” on every page.
        They are approved at the next meeting, under “Minutes of the previous meeting”.
      </p>
    </div>
  );
}
