import type { Active, Over } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { dragAnnouncements } from '../../../../renderer/features/agenda/drag-announcements';
import type { AgendaItem } from '../../../../shared/model';

const item = (id: string, title: string, number: number): AgendaItem => ({
  id,
  title,
  number,
  position: `a${number}`,
  presenter: '',
  allottedMinutes: 5,
  purpose: 'discussion',
  notes: '',
  standardSection: null,
  carryForward: null,
  carriedFrom: null,
});

const items = [
  item('w', 'Welcome', 1),
  item('p', 'Purpose', 2),
  item('m', 'Migration Strategy', 3),
];
const active = { id: 'm' } as Active;
const over = (id: string) => ({ id }) as Over;

describe('drag announcements', () => {
  it('names items by title and position, and does not talk over the pick-up', () => {
    const say = dragAnnouncements(items);
    expect(say.onDragStart({ active })).toBe('Picked up Migration Strategy, at position 3 of 3.');
    // dnd-kit reports the item over itself straight after pick-up: nothing new to say.
    expect(say.onDragOver({ active, over: over('m') })).toBeUndefined();
    expect(say.onDragOver({ active, over: over('p') })).toBe(
      'Migration Strategy moved to position 2 of 3.',
    );
    expect(say.onDragOver({ active, over: over('m') })).toBe(
      'Migration Strategy moved to position 3 of 3.',
    );
    expect(say.onDragEnd({ active, over: over('p') })).toBe(
      'Migration Strategy dropped at position 2 of 3.',
    );
    expect(say.onDragCancel({ active, over: null })).toBe(
      'Moving cancelled. Migration Strategy is back at position 3 of 3.',
    );
  });
});
