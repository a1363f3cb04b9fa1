import { useWhoAmI } from '../../data/useActionRegister';
import { usePeople } from '../../data/useWorkspaceData';
import { useReminderPreferences } from '../../data/reminders/useReminderPreferences';

/**
 * Settings → Reminders: the desktop app's notifications for actions that fall due or become
 * overdue, each kind switched off separately on this device. In a browser, it says why
 * there are none.
 */
export function RemindersPanel() {
  const { available, due, setDue, overdue, setOverdue } = useReminderPreferences();
  const people = usePeople();
  const [meId] = useWhoAmI();
  const me = meId ? people.find((person) => person.id === meId) : undefined;
  return (
    <section className="panel" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders</h2>
      {!available ? (
        <p>
          Reminders need the Quorum desktop app: it shows a notification on this computer when an
          action falls due or becomes overdue. A web browser cannot show them, so none are shown
          here. The Actions screen still marks overdue actions, and can email owners their actions.
        </p>
      ) : (
        <>
          <p>
            Quorum checks when it opens and every hour, and shows each reminder once on this device.
            Clicking one opens the action on the Actions screen.{' '}
            {me
              ? `Reminders are for your own actions, as ${me.name} (see “Who you are” above).`
              : 'Reminders are for every open action in the workspace. Choose who you are above to be reminded of only your own.'}
          </p>
          <div className="checkboxes settings-toggles">
            <label>
              <input type="checkbox" checked={due} onChange={(e) => setDue(e.target.checked)} />
              Remind me on the day an action is due
            </label>
            <label>
              <input
                type="checkbox"
                checked={overdue}
                onChange={(e) => setOverdue(e.target.checked)}
              />
              Remind me when an action becomes overdue
            </label>
          </div>
        </>
      )}
    </section>
  );
}
