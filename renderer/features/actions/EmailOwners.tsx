import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { RegisterRow } from '../../../shared/model';
import { useOwnerEmails } from '../../data/useOwnerEmails';
import { StatusMessage } from '../../ui/StatusMessage';

const actionsCount = (n: number) => (n === 1 ? '1 open action' : `${n} open actions`);

/**
 * "Email owners their actions": one email per owner of the open actions shown, each opened
 * in the officer's own mail client with a button of its own (a page may open only one mail
 * window per click). Owners Quorum cannot email are listed with the reason.
 */
export function EmailOwners({ rows }: { rows: RegisterRow[] }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const { emails, unreachable, open: compose, progress } = useOwnerEmails(open ? rows : []);
  return (
    <div className="register-email">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        Email owners their actions
      </button>
      {open && (
        <section id={panelId} className="register-email-panel" aria-labelledby={`${panelId}-h`}>
          <h2 id={`${panelId}-h`} className="register-bulk-heading">
            Email owners their actions
          </h2>
          <p className="muted">
            One email per owner of the open actions in the register below, with each action’s
            reference, due date and state. It opens in your own mail program for you to read and
            send: nothing is sent by Quorum.
          </p>
          {emails.length === 0 && unreachable.length === 0 && (
            <p>No open actions are shown, so there is no one to email.</p>
          )}
          {emails.length > 0 && (
            <ul className="register-email-list">
              {emails.map((email) => (
                <li key={email.personId}>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => void compose(email)}
                  >
                    Email {email.owner}
                  </button>{' '}
                  {email.address}, {actionsCount(email.count)}
                  {email.listed < email.count &&
                    ` (${email.listed} listed in full; an email link has room for no more)`}
                </li>
              ))}
            </ul>
          )}
          {unreachable.length > 0 && (
            <>
              <h3 className="register-email-subheading">Owners Quorum cannot email</h3>
              <ul className="register-email-list">
                {unreachable.map((owner) => (
                  <li key={owner.owner}>
                    {owner.owner} {owner.reason} ({actionsCount(owner.count)}).
                  </li>
                ))}
              </ul>
              <p className="muted">
                Add an email address on the <Link href="/people">People</Link> screen to include
                them.
              </p>
            </>
          )}
          <StatusMessage progress={progress} failedPrefix="The email was not opened." />
        </section>
      )}
    </div>
  );
}
