import { useDeviceFlag } from '../useDeviceFlag';
import { REMINDER_FLAGS } from './reminder-check';
import { remindersAvailable } from './reminders-available';

/** Settings → Reminders: whether this device can remind, and its two switches. */
export function useReminderPreferences() {
  const [due, setDue] = useDeviceFlag(REMINDER_FLAGS.due, true);
  const [overdue, setOverdue] = useDeviceFlag(REMINDER_FLAGS.overdue, true);
  return { available: remindersAvailable(), due, setDue, overdue, setOverdue };
}
