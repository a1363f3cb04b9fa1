import { describe, expect, it } from 'vitest';
import { pointNumbers, withPointNumbers } from '../../../shared/export/point-numbers';
import type { RichBlock } from '../../../shared/export/rich-text-data';

const p = (text: string): RichBlock => ({ type: 'paragraph', inlines: [{ text }] });
const list = (ordered: boolean, items: RichBlock[][], start = 1): RichBlock => ({
  type: 'list',
  ordered,
  start,
  items: items.map((blocks) => ({ blocks })),
});

describe('pointNumbers', () => {
  it('numbers a numbered list’s items under the item, and nested ones under their point', () => {
    const blocks = [
      p('Steps to become an awarded member:'),
      list(true, [
        [p('Contact')],
        [p('Pledge'), list(true, [[p('Sign')], [p('Send')]])],
        [p('Plan')],
      ]),
    ];
    expect(pointNumbers(6, blocks)).toEqual(['6.1', '6.2', '6.2.1', '6.2.2', '6.3']);
  });

  it('gives paragraphs, headings and bullets no number, and counts on past them', () => {
    const blocks = [
      list(true, [[p('One')], [p('Two')]]),
      p('Question: who approves spending?'),
      { type: 'heading', level: 1, inlines: [{ text: 'Later' }] } as RichBlock,
      list(false, [[p('A bullet')], [list(true, [[p('Inside a bullet')]])]]),
      list(true, [[p('Three')]]),
    ];
    expect(pointNumbers(5, blocks)).toEqual(['5.1', '5.2', '5.3', '5.4']);
  });

  it('jumps to a list’s own start number but never back, so no number is used twice', () => {
    expect(pointNumbers(2, [list(true, [[p('a')], [p('b')]], 4)])).toEqual(['2.4', '2.5']);
    const twice = [list(true, [[p('a')], [p('b')], [p('c')]]), list(true, [[p('d')]], 2)];
    expect(pointNumbers(2, twice)).toEqual(['2.1', '2.2', '2.3', '2.4']);
  });

  it('writes the numbers onto a copy of the minutes for the exporters', () => {
    const blocks = [list(true, [[p('One'), list(true, [[p('Nested')]])]])];
    const numbered = withPointNumbers(3, blocks);
    const outer = numbered[0] as Extract<RichBlock, { type: 'list' }>;
    const inner = outer.items[0]!.blocks[1] as Extract<RichBlock, { type: 'list' }>;
    expect([outer.items[0]!.point, inner.items[0]!.point]).toEqual(['3.1', '3.1.1']);
    expect((blocks[0] as Extract<RichBlock, { type: 'list' }>).items[0]!.point).toBeUndefined();
  });
});
