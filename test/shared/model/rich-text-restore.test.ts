import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readRichText, type RichBlock } from '../../../shared/export/rich-text-data';
import { replaceRichText } from '../../../shared/model/rich-text-restore';
import { diffFrozenContent, type FrozenContent } from '../../../shared/model';
import { steeringGroupMeeting } from './fixtures';

const BLOCKS: RichBlock[] = [
  { type: 'heading', level: 3, inlines: [{ text: 'Award criteria' }] },
  {
    type: 'paragraph',
    inlines: [
      { text: 'Councillor Harland ' },
      { text: 'welcomed', bold: true },
      { text: ' everyone', italic: true },
      { text: '', break: true },
      { text: 'See ' },
      { text: 'the site', link: 'https://cityofsanctuary.org/' },
    ],
  },
  {
    type: 'list',
    ordered: true,
    start: 3,
    items: [
      {
        blocks: [
          { type: 'paragraph', inlines: [{ text: 'Learn' }] },
          {
            type: 'list',
            ordered: false,
            start: 1,
            items: [{ blocks: [{ type: 'paragraph', inlines: [{ text: 'Seeking sanctuary' }] }] }],
          },
        ],
      },
    ],
  },
];

describe('replaceRichText', () => {
  it('writes minutes that read back as the same blocks, replacing what was there', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('minutes/item');
    replaceRichText(fragment, [{ type: 'paragraph', inlines: [{ text: 'Typed later' }] }]);
    doc.transact(() => replaceRichText(fragment, BLOCKS));
    expect(readRichText(fragment)).toEqual(BLOCKS);
  });
});

describe('diffFrozenContent', () => {
  const content = (chairId: string | null): FrozenContent => ({
    header: {
      ...steeringGroupMeeting,
      chairId,
      minuteTakerId: null,
      nextMeetingDate: null,
      nextMeetingStartTime: null,
      nextMeetingEndTime: null,
    },
    attendance: {},
    items: [],
  });

  it('names people in the meeting details and finds nothing when nothing changed', () => {
    const names = (id: string) => ({ a: 'Councillor Harland', b: 'Jennifer Jennings' })[id] ?? id;
    expect(diffFrozenContent(content('a'), content('a'), names)).toEqual([]);
    const [details] = diffFrozenContent(content('a'), content('b'), names);
    expect(details?.heading).toBe('Meeting details');
    expect(details?.lines.filter((l) => l.change !== 'same')).toEqual([
      { change: 'removed', text: 'Chair: Councillor Harland' },
      { change: 'added', text: 'Chair: Jennifer Jennings' },
    ]);
  });
});
