import { useState } from 'react';
import {
  cadences,
  InputError,
  updateGroupProfile,
  type Cadence,
  type GroupProfile,
} from '../../../shared/model';
import { useGroupProfile, useWorkspaceDoc } from '../../data/useWorkspaceData';
import { Field } from '../../ui/Field';
import { QuorumRuleFields } from '../attendance/QuorumRuleFields';

const CADENCE_LABELS: Record<Cadence, string> = {
  monthly: 'Monthly',
  bimonthly: 'Every two months',
  quarterly: 'Quarterly',
  termly: 'Termly',
  annually: 'Annually',
  'as needed': 'As needed',
};

type TextField = 'name' | 'organisation' | 'defaultVenue' | 'minutePrefix';

/**
 * The group's profile. Each change is written as it is typed (there is no Save button in
 * Quorum); a change that is not valid, such as an empty name, is shown and not written.
 */
export function GroupProfilePanel() {
  const workspace = useWorkspaceDoc();
  const profile = useGroupProfile();
  const [drafts, setDrafts] = useState<Partial<Record<TextField, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<keyof GroupProfile, string>>>({});

  const change = (changes: Partial<GroupProfile>) => {
    try {
      updateGroupProfile(workspace, changes);
      setErrors({});
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      setErrors(error.fieldErrors as Partial<Record<keyof GroupProfile, string>>);
    }
  };
  const text = (field: TextField) => ({
    value: drafts[field] ?? profile[field],
    error: errors[field],
    autoComplete: 'off',
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      setDrafts((d) => ({ ...d, [field]: e.target.value }));
      change({ [field]: e.target.value });
    },
    // Once the field is left, show what is stored (an invalid draft is dropped).
    onBlur: () => setDrafts((d) => ({ ...d, [field]: undefined })),
  });

  return (
    <section className="panel" aria-labelledby="group-heading">
      <h2 id="group-heading">The group</h2>
      <Field label="Group name" {...text('name')} />
      <Field
        label="Organisation"
        hint="The council or body that runs the group"
        {...text('organisation')}
      />
      <Field
        label="Usual venue"
        hint="A room, or an online platform such as Microsoft Teams"
        {...text('defaultVenue')}
      />
      <div className="field">
        <label htmlFor="group-cadence">How often the group meets</label>
        <select
          id="group-cadence"
          value={profile.cadence}
          onChange={(e) => change({ cadence: e.target.value as Cadence })}
        >
          {cadences.map((cadence) => (
            <option key={cadence} value={cadence}>
              {CADENCE_LABELS[cadence]}
            </option>
          ))}
        </select>
      </div>
      <Field
        label="Minute reference prefix"
        hint="Starts each minute’s reference, as in SG 23/14: 23 is the municipal year (May to April), 14 the minute’s number. Leave empty for references such as 23/14."
        {...text('minutePrefix')}
      />
      <QuorumRuleFields />
    </section>
  );
}
