import { describe, expect, it } from 'vitest';
import { orderAttendance, surname } from '../../../shared/export/attendee-order';

const person = (name: string, role = 'Member') => ({ name, role, organisation: 'Leeds' });

describe('orderAttendance', () => {
  it('puts the chair first, then members by surname, officers in attendance by surname', () => {
    const chair = person('Councillor Zoe Young', 'Chair');
    const ordered = orderAttendance(
      {
        present: [
          person('Rose McCarthy'),
          person('Mary Brandon'),
          chair,
          person('Maggie Filipova-Rivers'),
          person('adam jennings'),
          person('Jennifer Jennings'),
        ],
        apologies: [person('Sara Trehitt'), person('Ann Abbott')],
        absent: [],
        'in-attendance': [person('Gerard Watson', 'Officer'), person('Kim Allen', 'Officer')],
      },
      chair,
    );
    expect(ordered.present.map((p) => p.name)).toEqual([
      'Councillor Zoe Young',
      'Mary Brandon',
      'Maggie Filipova-Rivers',
      'adam jennings',
      'Jennifer Jennings',
      'Rose McCarthy',
    ]);
    expect(ordered.apologies.map((p) => p.name)).toEqual(['Ann Abbott', 'Sara Trehitt']);
    expect(ordered['in-attendance'].map((p) => p.name)).toEqual(['Kim Allen', 'Gerard Watson']);
  });

  it('sorts by surname alone when there is no chair, and takes a one-word name as its surname', () => {
    const ordered = orderAttendance(
      {
        present: [person('Zed'), person('Amy Young')],
        apologies: [],
        absent: [],
        'in-attendance': [],
      },
      null,
    );
    expect(ordered.present.map((p) => p.name)).toEqual(['Amy Young', 'Zed']);
    expect(surname('  Jean-Luc  Picard ')).toBe('Picard');
  });
});
