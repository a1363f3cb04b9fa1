import { useState } from 'react';
import {
  describeQuorumRule,
  InputError,
  quorumRuleOf,
  updateGroupProfile,
} from '../../../shared/model';
import { useGroupProfile, useWorkspaceDoc } from '../../data/useWorkspaceData';
import { Field } from '../../ui/Field';

/**
 * The group's quorum rule in its profile: a number of members, optionally including the
 * chair. Written as it is typed, as the rest of the profile is; 0 or empty means no rule.
 */
export function QuorumRuleFields() {
  const workspace = useWorkspaceDoc();
  const profile = useGroupProfile();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();

  const changeMembers = (text: string) => {
    setDraft(text);
    const members = text.trim() === '' ? 0 : Number(text);
    try {
      updateGroupProfile(workspace, { quorumMembers: members });
      setError(undefined);
    } catch (caught) {
      if (!(caught instanceof InputError)) throw caught;
      setError(
        Number.isNaN(members)
          ? 'Enter the quorum as a whole number'
          : Object.values(caught.fieldErrors).join('; '),
      );
    }
  };

  return (
    <fieldset className="quorum-rule">
      <legend>Quorum</legend>
      <Field
        label="Members needed"
        hint={`How many members must be present for a meeting to be quorate; leave empty for no rule. Now: ${describeQuorumRule(quorumRuleOf(profile))}.`}
        inputMode="numeric"
        autoComplete="off"
        value={draft ?? (profile.quorumMembers > 0 ? String(profile.quorumMembers) : '')}
        error={error}
        onChange={(e) => changeMembers(e.target.value)}
        onBlur={() => {
          setDraft(null);
          setError(undefined);
        }}
      />
      <div className="checkboxes">
        <label>
          <input
            type="checkbox"
            checked={profile.quorumIncludesChair}
            onChange={(e) =>
              updateGroupProfile(workspace, { quorumIncludesChair: e.target.checked })
            }
          />
          The chair must be one of them
        </label>
      </div>
    </fieldset>
  );
}
