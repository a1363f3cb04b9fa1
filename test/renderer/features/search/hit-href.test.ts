import { describe, expect, it } from 'vitest';
import { listMeetings, minutesFragment, minutesTextBlocks } from '../../../../shared/model';
import { buildSampleWorkspace } from '../../../../shared/sample';
import { indexWorkspace, searchIndex } from '../../../../shared/search';
import { readMinutesFragment } from '../../../../renderer/features/minutes/item-anchor';
import { hitHref } from '../../../../renderer/features/search/hit-href';

const { workspace, meetings } = buildSampleWorkspace({ now: new Date('2024-01-20T10:00:00Z') });
const index = indexWorkspace(workspace, meetings);

function hitsFor(words: string) {
  const answer = searchIndex(index, words);
  if (!answer.ok) throw new Error(`Not a query: ${words}`);
  return answer.hits;
}

describe('where a search hit opens', () => {
  it('opens a minutes hit at the very paragraph that holds the words', () => {
    const hit = hitsFor('deputation').find((h) => h.kind === 'minutes');
    expect(hit).toBeDefined();
    const href = hitHref(hit!);
    const [route, fragment] = href.split('#');
    expect(route).toBe(`/meetings/${hit!.meetingId}/minutes`);
    const { headingId, paragraph } = readMinutesFragment(fragment!);
    expect(headingId).toBe(`item-${hit!.itemId}`);
    // The paragraph counted as the minutes' text blocks are counted, the editor's order.
    const blocks = minutesTextBlocks(minutesFragment(meetings.get(hit!.meetingId!)!, hit!.itemId!));
    expect(blocks[paragraph!]).toMatch(/deputation/i);
  });

  it('opens an action hit at its row in the register', () => {
    const action = hitsFor('schools').find((h) => h.kind === 'action');
    expect(action?.id).toMatch(/^action:/);
    expect(hitHref(action!)).toBe(`/actions#action-${action!.id.slice('action:'.length)}`);
  });

  it('opens a person hit at their page and an agenda item at its heading', () => {
    const person = hitsFor('Jennings').find((h) => h.kind === 'person');
    expect(hitHref(person!)).toBe(`/people/${person!.personId}`);
    const october = listMeetings(workspace).find((m) => m.date === '2023-10-09')!;
    const item = hitsFor('Welcome and Introductions').find(
      (h) => h.kind === 'agenda item' && h.meetingId === october.id,
    );
    expect(hitHref(item!)).toBe(`/meetings/${october.id}/minutes#item-${item!.itemId}`);
  });

  it('reads a fragment without a paragraph, or with a malformed one, as the item alone', () => {
    expect(readMinutesFragment('item-abc')).toEqual({ headingId: 'item-abc', paragraph: null });
    expect(readMinutesFragment('item-abc~p2')).toEqual({ headingId: 'item-abc', paragraph: 2 });
    expect(readMinutesFragment('item-abc~px')).toEqual({
      headingId: 'item-abc~px',
      paragraph: null,
    });
    expect(readMinutesFragment('item-abc~p-1').paragraph).toBeNull();
  });
});
