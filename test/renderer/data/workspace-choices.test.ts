import { describe, expect, it } from 'vitest';
import { workspaceChoices } from '../../../renderer/data/workspace-choices';

describe('the workspaces Settings lists', () => {
  const sample = { id: 'ws-sample', name: 'Sample steering group' };
  const leeds = { id: 'ws-leeds', name: 'Steering group' };

  it('puts the open one first, marked, with the name its profile has now', () => {
    const known = [{ ...leeds, name: 'Old name' }, sample];
    expect(workspaceChoices(known, { id: 'ws-leeds', name: 'Leeds steering group' })).toEqual([
      { id: 'ws-leeds', name: 'Leeds steering group', isOpen: true },
      { ...sample, isOpen: false },
    ]);
  });

  it('lists the open one even before it has been kept in the list', () => {
    expect(workspaceChoices([sample], leeds)).toEqual([
      { ...leeds, isOpen: true },
      { ...sample, isOpen: false },
    ]);
    expect(workspaceChoices([], leeds)).toEqual([{ ...leeds, isOpen: true }]);
  });
});
