import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createAction,
  createMeeting,
  listMattersArising,
  migrateWorkspace,
  recordActionUpdate,
  type MeetingInput,
} from '../../../shared/model';
import { steeringGroupMeeting } from './fixtures';

const meeting = (date: string): MeetingInput => ({ ...steeringGroupMeeting, date });

function cycle() {
  const workspace = new Y.Doc();
  migrateWorkspace(workspace);
  const sept = createMeeting(workspace, meeting('2023-09-01'));
  const oct = createMeeting(workspace, meeting('2023-10-09'));
  const jan = createMeeting(workspace, meeting('2024-01-15'));
  const at = (iso: string) => new Date(iso);
  const link = createAction(
    workspace,
    { meetingId: sept, description: 'Link with other councils', ownerName: 'Jenny' },
    at('2023-09-01T15:00Z'),
  );
  const share = createAction(
    workspace,
    {
      meetingId: sept,
      description: 'Share the presentation',
      ownerName: 'Jenny',
      due: '2023-09-14',
    },
    at('2023-09-01T15:01Z'),
  );
  const press = createAction(
    workspace,
    { meetingId: oct, description: 'Draft a press release', ownerName: 'Comms', due: '2024-01-20' },
    at('2023-10-09T13:30Z'),
  );
  return { workspace, sept, oct, jan, link, share, press };
}

describe('matters arising', () => {
  it('lists the actions still open from earlier meetings, with reference and RAG on the day', () => {
    const { workspace, oct, jan, link, share, press } = cycle();
    expect(
      listMattersArising(workspace, oct).map((m) => [m.action.id, m.reference, m.rag]),
    ).toEqual([
      [link, '1 September 2023, A1', 'on track'],
      [share, '1 September 2023, A2', 'overdue'],
    ]);
    expect(listMattersArising(workspace, jan).map((m) => [m.action.id, m.rag])).toEqual([
      [link, 'on track'],
      [share, 'overdue'],
      [press, 'due soon'],
    ]);
  });

  it('keeps an action closed at this meeting on its list with the update, and drops it after', () => {
    const { workspace, oct, jan, share } = cycle();
    recordActionUpdate(workspace, share, {
      status: 'done',
      note: 'Update given: the presentation was shared on 3 October',
      meetingId: oct,
      by: 'Jenny',
    });
    const atOctober = listMattersArising(workspace, oct).find((m) => m.action.id === share);
    expect(atOctober).toMatchObject({
      rag: 'done',
      updates: [{ note: 'Update given: the presentation was shared on 3 October', by: 'Jenny' }],
    });
    expect(listMattersArising(workspace, jan).map((m) => m.action.id)).not.toContain(share);
  });

  it('is empty for a meeting that is not in the index', () => {
    expect(listMattersArising(cycle().workspace, 'gone')).toEqual([]);
  });
});
