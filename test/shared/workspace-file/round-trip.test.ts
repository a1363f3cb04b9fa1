import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  listActions,
  listAgenda,
  listItemNotes,
  listMeetings,
  listPeople,
  readAttendance,
  readMeetingHeader,
} from '../../../shared/model';
import { decodeWorkspaceFile, encodeWorkspaceFile } from '../../../shared/workspace-file';
import { readLayout, sha256Hex } from './file-layout';
import { richWorkspace, snapshot } from './rich-workspace';

const NOW = new Date('2024-01-15T09:30:00.000Z');

function roundTrip(workspace: Y.Doc, meetings: Map<string, Y.Doc>) {
  const bytes = encodeWorkspaceFile({ workspace, meetings, appVersion: '0.1.0', now: NOW });
  const result = decodeWorkspaceFile(bytes);
  if (!result.ok) throw new Error(`${result.error}: ${result.message}`);
  return { bytes, decoded: result.value };
}

describe('workspace file round trip', () => {
  it('brings back every meeting, item, minute, action and person identical', () => {
    const { workspace, meetings, meetingId } = richWorkspace();
    const { decoded } = roundTrip(workspace, meetings);

    expect(decoded.workspaceId).toBe(workspace.guid);
    expect(decoded.workspace.guid).toBe(workspace.guid);
    expect([...decoded.meetings.keys()]).toEqual([meetingId]);
    expect(snapshot(decoded.workspace, decoded.meetings)).toEqual(snapshot(workspace, meetings));
    // The rich text really is in the snapshot: nested lists, marks and the link survive.
    const xml = snapshot(decoded.workspace, decoded.meetings).meetings[0]!.minutes[0]!.xml;
    expect(xml).toContain('<orderedlist start="3"><listitem><paragraph>welcome');
    expect(xml).toContain('<bold>welcomed</bold>');
    expect(xml).toContain('href="https://cityofsanctuary.org/"');
  });

  it('reads back the same through the model functions the app uses', () => {
    const { workspace, meetings, meetingId } = richWorkspace();
    const { decoded } = roundTrip(workspace, meetings);
    const before = meetings.get(meetingId)!;
    const after = decoded.meetings.get(meetingId)!;
    expect(listMeetings(decoded.workspace)).toEqual(listMeetings(workspace));
    expect(listPeople(decoded.workspace)).toEqual(listPeople(workspace));
    expect(listActions(decoded.workspace)).toEqual(listActions(workspace));
    expect(listActions(decoded.workspace)).toHaveLength(2);
    expect(readMeetingHeader(after)).toEqual(readMeetingHeader(before));
    expect(readAttendance(after)).toEqual(readAttendance(before));
    expect(listAgenda(after)).toEqual(listAgenda(before));
    for (const item of listAgenda(before)) {
      for (const kind of ['questions', 'decisions'] as const)
        expect(listItemNotes(after, item.id, kind)).toEqual(listItemNotes(before, item.id, kind));
    }
  });

  it('keeps the Yjs history, so the imported copy syncs with the original without duplicates', () => {
    const { workspace, meetings, meetingId } = richWorkspace();
    const { decoded } = roundTrip(workspace, meetings);
    const original = meetings.get(meetingId)!;
    const copy = decoded.meetings.get(meetingId)!;
    expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(original));
    // Nothing to send either way: the copy already holds every change.
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(original));
    expect(listAgenda(copy)).toEqual(listAgenda(original));
  });

  it('round-trips a workspace with no meeting documents', () => {
    const workspace = new Y.Doc();
    const { decoded } = roundTrip(workspace, new Map());
    expect(decoded.meetings.size).toBe(0);
    expect(decoded.workspaceId).toBe(workspace.guid);
  });

  it('writes the documented layout', () => {
    const { workspace, meetings, meetingId } = richWorkspace();
    const { bytes } = roundTrip(workspace, meetings);
    const layout = readLayout(bytes);
    expect(layout.magic).toBe('QUORUM');
    expect(layout.version).toBe(1);
    expect(layout.totalLength).toBe(bytes.length);
    expect(layout.manifestSha256).toBe(sha256Hex(layout.manifestBytes));
    expect(layout.headerCrc).toBe(crc32(bytes.subarray(0, 48)));
    expect(layout.manifest).toMatchObject({
      formatVersion: 1,
      workspaceId: workspace.guid,
      exportedAt: '2024-01-15T09:30:00.000Z',
      appVersion: '0.1.0',
    });
    const { documents } = layout.manifest;
    expect(documents.map((d) => [d.kind, d.id])).toEqual([
      ['workspace', workspace.guid],
      ['meeting', meetingId],
    ]);
    let offset = 52 + layout.manifestLength;
    for (const document of documents) {
      const body = bytes.subarray(offset, offset + document.byteLength);
      expect(document.sha256).toBe(sha256Hex(body));
      offset += document.byteLength;
    }
    expect(offset).toBe(bytes.length);
    // The bodies are plain Yjs updates: any Yjs reader can load them without Quorum.
    const body = bytes.subarray(
      52 + layout.manifestLength,
      52 + layout.manifestLength + documents[0]!.byteLength,
    );
    const plain = new Y.Doc();
    Y.applyUpdate(plain, body);
    expect(plain.getMap('people').size).toBe(2);
  });

  it('gives the same bytes for the same documents, whatever order the meetings come in', () => {
    const { workspace, meetings } = richWorkspace();
    const other = new Y.Doc({ guid: 'aaaa-first-by-id' });
    const forwards = new Map([...meetings, [other.guid, other]]);
    const backwards = new Map([...forwards].reverse());
    const encode = (m: Map<string, Y.Doc>) =>
      encodeWorkspaceFile({ workspace, meetings: m, appVersion: '0.1.0', now: NOW });
    expect(encode(backwards)).toEqual(encode(forwards));
  });

  it('refuses to write a meeting under an id that is not its guid', () => {
    const { workspace, meetings } = richWorkspace();
    const [doc] = meetings.values();
    expect(() =>
      encodeWorkspaceFile({
        workspace,
        meetings: new Map([['other-id', doc!]]),
        appVersion: '0.1.0',
        now: NOW,
      }),
    ).toThrow(/other-id/);
  });
});
