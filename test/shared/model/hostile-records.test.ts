import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createMeeting,
  listMeetings,
  meetingsMap,
  migrateWorkspace,
  readGroupProfile,
  recordFields,
} from '../../../shared/model';
import { groupMap } from '../../../shared/model/workspace-doc';

/** A nested Y.Map stored under "__proto__", as a hostile file or peer could write it. */
function protoMap(fields: Record<string, unknown>): Y.Map<unknown> {
  const inner = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) inner.set(key, value);
  return inner;
}

describe('records are read from their own fields only', () => {
  it('a meeting whose title comes only through a "__proto__" map is not read', () => {
    const workspace = new Y.Doc();
    migrateWorkspace(workspace);
    const id = createMeeting(workspace, {
      title: 'Steering Group',
      date: '2023-10-09',
      startTime: '',
      endTime: '',
      venueKind: 'online',
      venue: '',
    });
    const hostile = new Y.Map<unknown>();
    meetingsMap(workspace).set('hostile', hostile);
    hostile.set('id', 'hostile');
    hostile.set('date', '2023-10-10');
    hostile.set('createdAt', '2023-10-01T00:00:00.000Z');
    for (const field of ['startTime', 'endTime', 'venue']) hostile.set(field, '');
    hostile.set('venueKind', 'online');
    hostile.set('__proto__', protoMap({ title: 'Injected' }));
    // Yjs's own toJSON lends the record the prototype's title; the reader must not.
    expect((hostile.toJSON() as { title?: string }).title).toBe('Injected');
    expect(listMeetings(workspace).map((m) => m.id)).toEqual([id]);
  });

  it('copies nested values by their own keys and never gives an object a prototype', () => {
    const doc = new Y.Doc();
    const map = doc.getMap('record');
    map.set('name', 'Jenny');
    map.set('tags', ['chair']);
    map.set('extra', { nested: { __proto__: { polluted: true } } });
    const fields = recordFields(map);
    expect(Object.getPrototypeOf(fields)).toBeNull();
    expect(fields.name).toBe('Jenny');
    expect(fields.tags).toEqual(['chair']);
    const nested = (fields.extra as { nested: Record<string, unknown> }).nested;
    expect(nested.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the group profile ignores a "__proto__" field too', () => {
    const workspace = new Y.Doc();
    migrateWorkspace(workspace);
    groupMap(workspace).set('__proto__', protoMap({ name: 'Injected group' }));
    expect(readGroupProfile(workspace).name).not.toBe('Injected group');
  });
});
