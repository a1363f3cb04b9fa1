import { useState } from 'react';
import type * as Y from 'yjs';
import { errorText } from '../../data/progress';
import { useApprovalChanges } from '../../data/useApproval';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { TextAreaField } from '../../ui/TextAreaField';

/** Reopening approved minutes needs a reason and a name: both go to the meeting's history. */
export function ReopenDialog({ doc, onClose }: { doc: Y.Doc; onClose: (done: boolean) => void }) {
  const { reopen, userName } = useApprovalChanges();
  const [reason, setReason] = useState('');
  const [by, setBy] = useState(userName);
  const [errors, setErrors] = useState<{ reason?: string; by?: string }>({});

  const submit = () => {
    const found = {
      reason: reason.trim() ? undefined : 'Enter why the minutes are reopened',
      by: by.trim() ? undefined : 'Enter your name',
    };
    setErrors(found);
    if (found.reason || found.by) return false;
    try {
      reopen(doc, reason, by.trim());
      return true;
    } catch (caught) {
      setErrors({ reason: errorText(caught) });
      return false;
    }
  };

  return (
    <Dialog
      title="Reopen for correction"
      submitLabel="Reopen for correction"
      onSubmit={submit}
      onClose={onClose}
    >
      <p>
        The minutes go back to draft so they can be corrected, and must be approved again. The
        approved version and your reason are kept in the meeting’s history.
      </p>
      <TextAreaField
        label="Reason"
        rows={3}
        value={reason}
        error={errors.reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <Field
        label="Your name"
        value={by}
        error={errors.by}
        autoComplete="name"
        onChange={(event) => setBy(event.target.value)}
      />
    </Dialog>
  );
}
