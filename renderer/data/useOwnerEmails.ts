import { useCallback, useMemo, useState } from 'react';
import { ownerEmails, type OwnerEmail } from '../../shared/mail/owner-emails';
import type { RegisterRow } from '../../shared/model';
import { quorumApi } from '../platform/quorum-api';
import { errorText, IDLE, type Progress } from './progress';
import { useGroupProfile, usePeople } from './useWorkspaceData';

/**
 * "Email owners their actions": the emails for the open actions among `rows` (one per owner,
 * shared/mail/owner-emails.ts), and opening one in the person's own mail client: through
 * main's checked mail:compose in the desktop app, a mailto: link in a browser.
 */
export function useOwnerEmails(rows: readonly RegisterRow[]) {
  const people = usePeople();
  const group = useGroupProfile().name;
  const prepared = useMemo(() => ownerEmails(rows, people, group), [rows, people, group]);
  const [progress, setProgress] = useState<Progress>(IDLE);

  const open = useCallback(async (email: OwnerEmail) => {
    try {
      const result = await quorumApi.composeEmail({ url: email.url });
      setProgress(
        result.ok
          ? { stage: 'done', text: `Opened an email to ${email.owner} in your mail program.` }
          : { stage: 'failed', text: result.message },
      );
    } catch (error) {
      setProgress({ stage: 'failed', text: errorText(error) });
    }
  }, []);

  return { ...prepared, open, progress };
}
