import { describe, expect, it } from 'vitest';
import {
  addDeclaration,
  addPerson,
  declarationsMinutes,
  DECLARATIONS_ITEM_ID,
  InputError,
  listAgenda,
  listDeclarations,
  NO_DECLARATIONS,
  removeDeclaration,
  validateDeclarationInput,
} from '../../../shared/model';
import { replicaOf, syncDocs, workspaceWithMeeting } from './fixtures';

function meetingWithHarland() {
  const setup = workspaceWithMeeting();
  const harland = addPerson(setup.workspace, { name: 'Councillor Harland', tags: ['councillor'] });
  const item = listAgenda(setup.meetingDoc).at(-2)!;
  return { ...setup, harland, item };
}

describe('declarations of interest', () => {
  it('says none were made when there are none', () => {
    const { meetingDoc } = workspaceWithMeeting();
    expect(declarationsMinutes(meetingDoc)).toEqual([NO_DECLARATIONS]);
    expect(listAgenda(meetingDoc).some((item) => item.id === DECLARATIONS_ITEM_ID)).toBe(true);
  });

  it('renders a declaration in the usual words', () => {
    const { workspace, meetingDoc, harland, item } = meetingWithHarland();
    addDeclaration(meetingDoc, workspace, {
      personId: harland,
      itemId: item.id,
      kind: 'other registrable',
      action: 'remained',
      reason: 'as a trustee of Leeds City of Sanctuary',
    });
    expect(declarationsMinutes(meetingDoc, workspace)).toEqual([
      `Councillor Harland declared an other registrable interest in item ${item.number} as a trustee of Leeds City of Sanctuary and remained in the meeting.`,
    ]);
  });

  it('words each kind and action', () => {
    const { workspace, meetingDoc, harland, item } = meetingWithHarland();
    const at = (s: number) => new Date(Date.UTC(2023, 9, 9, 13, 0, s));
    const base = { personId: harland, itemId: item.id, reason: 'a landlord in the ward' };
    addDeclaration(
      meetingDoc,
      workspace,
      { ...base, kind: 'disclosable pecuniary', action: 'left the room' },
      at(1),
    );
    addDeclaration(
      meetingDoc,
      workspace,
      { ...base, kind: 'non-registrable', action: 'took no part in the vote' },
      at(2),
    );
    const [first, second] = declarationsMinutes(meetingDoc, workspace);
    expect(first).toContain('declared a disclosable pecuniary interest');
    expect(first).toContain('and left the room while it was considered.');
    expect(second).toContain('declared a non-registrable interest');
    expect(second).toContain('and took no part in the vote.');
  });

  it('refuses incomplete input with words for each field, writing nothing', () => {
    const { workspace, meetingDoc } = workspaceWithMeeting();
    const input = { personId: '', itemId: '', kind: 'x', action: 'y', reason: ' ' } as never;
    expect(Object.keys(validateDeclarationInput(input)).sort()).toEqual(
      ['action', 'itemId', 'kind', 'personId', 'reason'].sort(),
    );
    expect(() => addDeclaration(meetingDoc, workspace, input)).toThrow(InputError);
    expect(listDeclarations(meetingDoc)).toEqual([]);
  });

  it('keeps declarations recorded on two offline devices, and removes one', () => {
    const { workspace, meetingDoc, harland, item } = meetingWithHarland();
    const other = replicaOf(meetingDoc);
    const input = { personId: harland, itemId: item.id, reason: 'a trustee' } as const;
    const a = addDeclaration(meetingDoc, workspace, {
      ...input,
      kind: 'other registrable',
      action: 'remained',
    });
    addDeclaration(other, workspace, { ...input, kind: 'non-registrable', action: 'remained' });
    syncDocs(meetingDoc, other);
    expect(listDeclarations(other)).toHaveLength(2);
    removeDeclaration(other, a);
    syncDocs(meetingDoc, other);
    expect(listDeclarations(meetingDoc).map((d) => d.kind)).toEqual(['non-registrable']);
  });
});
