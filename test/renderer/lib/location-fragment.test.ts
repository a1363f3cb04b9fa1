import { describe, expect, it } from 'vitest';
import { fragmentOf } from '../../../renderer/lib/location-fragment';
import { minutesItemHref } from '../../../renderer/features/minutes/item-anchor';

describe('a place within a screen, after the hash route', () => {
  it('reads the item a decision-log link names, and nothing from a plain route', () => {
    const href = minutesItemHref('m-1', 'carried-4f2a');
    expect(href).toBe('/meetings/m-1/minutes#item-carried-4f2a');
    expect(fragmentOf(`#${href}`)).toBe('item-carried-4f2a');
    expect(fragmentOf('#/meetings/m-1/minutes')).toBe('');
    expect(fragmentOf('')).toBe('');
  });
});
