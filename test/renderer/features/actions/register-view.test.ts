import { describe, expect, it } from 'vitest';
import { INITIAL_VIEW, viewFilters } from '../../../../renderer/features/actions/register-view';

describe('the register’s view as TanStack column filters', () => {
  it('starts with open and in-progress actions only', () => {
    expect(viewFilters(INITIAL_VIEW, null)).toEqual([
      { id: 'status', value: ['open', 'in progress'] },
    ]);
  });

  it('lets "Only my actions" win over the owner chosen, when this device knows who it is', () => {
    const view = { ...INITIAL_VIEW, owner: 'Migration team', mine: true, status: 'all' as const };
    expect(viewFilters(view, 'person-jenny')).toEqual([{ id: 'owner', value: 'person-jenny' }]);
    // Not set in Settings: the owner list still applies.
    expect(viewFilters(view, null)).toEqual([{ id: 'owner', value: 'Migration team' }]);
  });

  it('passes the meeting, the due range and the overdue / due-soon views through', () => {
    const view = {
      ...INITIAL_VIEW,
      status: 'all' as const,
      meetingId: 'm1',
      dueTo: '2024-03-31',
      overdue: true,
    };
    expect(viewFilters(view, null)).toEqual([
      { id: 'meeting', value: 'm1' },
      { id: 'due', value: { from: '', to: '2024-03-31' } },
      { id: 'rag', value: { overdue: true, dueSoon: false } },
    ]);
  });
});
