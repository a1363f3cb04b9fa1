import { SelectField } from '../../ui/SelectField';
import { usePeople } from '../../data/useWorkspaceData';
import { useWhoAmI } from '../../data/useActionRegister';

/**
 * "Who I am" on this device, for "My actions" in the action register. Kept on this device
 * only: a laptop shared by the group, or a second officer, chooses for itself.
 */
export function WhoAmIPanel() {
  const people = usePeople();
  const [me, setMe] = useWhoAmI();
  const known = me && people.some((p) => p.id === me) ? me : '';
  return (
    <section className="panel" aria-labelledby="who-am-i-heading">
      <h2 id="who-am-i-heading">Who you are</h2>
      <p>
        Choose yourself from the people list to see only your actions on the Actions screen. This is
        kept on this device and not shared with the group.
      </p>
      <SelectField
        label="I am"
        value={known}
        disabled={me === undefined}
        onChange={(e) => setMe(e.target.value || null)}
        options={[
          { value: '', label: 'Not set' },
          ...people.map((person) => ({ value: person.id, label: person.name })),
        ]}
      />
    </section>
  );
}
