import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeWorkspaceFile, encodeWorkspaceFile } from '../../../shared/workspace-file';
import { craftFile, entry, manifestFor, readLayout } from './file-layout';
import { richWorkspace } from './rich-workspace';

const NOW = new Date('2024-01-15T09:30:00.000Z');

function goodFile(): Uint8Array {
  const { workspace, meetings } = richWorkspace();
  return encodeWorkspaceFile({ workspace, meetings, appVersion: '0.1.0', now: NOW });
}

function failure(bytes: Uint8Array) {
  const result = decodeWorkspaceFile(bytes);
  if (result.ok) throw new Error('Expected the file to be refused');
  // Shown as it is by the renderer and printed as one line by the command line.
  expect(result.message).not.toMatch(/\n/);
  return { error: result.error, message: result.message };
}

/** Pseudo-random bytes from a fixed seed, so a failure can be reproduced. */
function noise(length: number, seed = 42): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const ascii = (text: string) => new TextEncoder().encode(text);

describe('decoding a file that is not a whole Quorum workspace', () => {
  it('an empty file', () => {
    expect(failure(new Uint8Array())).toEqual({
      error: 'empty',
      message: 'The file is empty: it may not have finished copying.',
    });
  });

  it('random bytes', () => {
    expect(failure(noise(5000))).toEqual({
      error: 'not-a-quorum-file',
      message: 'This file is not a Quorum workspace.',
    });
  });

  it('a Word document (a zip file)', () => {
    const docx = new Uint8Array([
      ...ascii('PK'),
      3,
      4,
      20,
      0,
      6,
      0,
      ...ascii('[Content_Types].xml'),
      ...noise(200),
    ]);
    expect(failure(docx)).toEqual({
      error: 'not-a-quorum-file',
      message:
        'This file is not a Quorum workspace. It looks like a Word document or another zip file.',
    });
  });

  it('a JSON file', () => {
    const json = ascii('\n  {"meetings": [{"id": "x", "date": "2023-10-09"}]}\n');
    expect(failure(json)).toEqual({
      error: 'not-a-quorum-file',
      message: 'This file is not a Quorum workspace. It looks like a JSON file.',
    });
  });

  it('a file cut short anywhere, from inside the magic to the last byte', () => {
    const bytes = goodFile();
    const { manifestLength } = readLayout(bytes);
    const cuts = [
      1,
      3,
      6,
      7,
      8,
      20,
      51,
      52,
      52 + manifestLength / 2,
      52 + manifestLength,
      52 + manifestLength + 10,
      bytes.length - 1,
    ];
    for (const cut of cuts) {
      expect({ cut, ...failure(bytes.slice(0, cut)) }).toEqual({
        cut,
        error: 'truncated',
        message: 'The file is incomplete: it may not have finished copying.',
      });
    }
  });

  it('one flipped byte in the middle', () => {
    const bytes = goodFile();
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    const { error, message } = failure(bytes);
    expect(error).toBe('corrupt');
    expect(message).toMatch(
      /^The file is damaged \(.+\)\. Export the workspace again from the device it came from\.$/,
    );
  });

  it('a flipped byte anywhere after the version, header included, is damage, never a short copy', () => {
    const original = goodFile();
    for (let position = 8; position < original.length; position += 13) {
      const bytes = original.slice();
      bytes[position]! ^= 0x20;
      expect({ position, error: failure(bytes).error }).toEqual({ position, error: 'corrupt' });
    }
  });

  it('bytes added after the end', () => {
    const bytes = goodFile();
    expect(failure(new Uint8Array([...bytes, 0])).error).toBe('corrupt');
  });

  it('a header from a newer format version', () => {
    const bytes = goodFile();
    new DataView(bytes.buffer).setUint16(6, 2);
    expect(failure(bytes)).toEqual({
      error: 'newer-version',
      message:
        'This file was made by a newer version of Quorum (file format 2; this version reads up to 1). Update Quorum to open it.',
    });
  });

  it('a manifest claiming a newer format version, every checksum right', () => {
    const doc = new Y.Doc();
    const update = Y.encodeStateAsUpdate(doc);
    const manifest = {
      ...manifestFor(doc.guid, [entry(doc.guid, 'workspace', update)]),
      formatVersion: 2,
    };
    expect(failure(craftFile(manifest, [update]))).toMatchObject({ error: 'newer-version' });
  });

  it('a manifest of the wrong shape', () => {
    const doc = new Y.Doc();
    const update = Y.encodeStateAsUpdate(doc);
    const noWorkspace = manifestFor(doc.guid, [entry('someone-else', 'meeting', update)]);
    expect(failure(craftFile(noWorkspace, [update])).error).toBe('corrupt');
    expect(failure(craftFile({ formatVersion: 1 }, [])).error).toBe('corrupt');
  });

  it('a document that is not a Yjs update, though its checksum is right', () => {
    const doc = new Y.Doc();
    const garbage = noise(64, 7);
    const manifest = manifestFor(doc.guid, [entry(doc.guid, 'workspace', garbage)]);
    expect(failure(craftFile(manifest, [garbage])).error).toBe('invalid-contents');
  });

  it('a document that needs changes the file does not hold', () => {
    const doc = new Y.Doc();
    doc.getText('notes').insert(0, 'x');
    const before = Y.encodeStateVector(doc);
    doc.getText('notes').insert(1, 'y'); // written after 'x', which the diff below leaves out
    const diff = Y.encodeStateAsUpdate(doc, before);
    const manifest = manifestFor(doc.guid, [entry(doc.guid, 'workspace', diff)]);
    // Yjs applies this without an error and keeps it pending, invisibly: only a check catches it.
    expect(failure(craftFile(manifest, [diff]))).toMatchObject({
      error: 'invalid-contents',
      message: expect.stringContaining('refers to changes missing from the file'),
    });
  });

  it('a workspace saved by a newer version of Quorum', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('schemaVersion', 99);
    const update = Y.encodeStateAsUpdate(doc);
    expect(
      failure(craftFile(manifestFor(doc.guid, [entry(doc.guid, 'workspace', update)]), [update])),
    ).toMatchObject({
      error: 'newer-version',
      message: expect.stringContaining('workspace data version 99'),
    });
  });

  it('a meeting document that says it is another meeting, and nothing of the file is returned', () => {
    const workspace = new Y.Doc();
    const meeting = new Y.Doc({ guid: 'meeting-1' });
    meeting.getMap('meta').set('meetingId', 'meeting-2');
    const updates = [Y.encodeStateAsUpdate(workspace), Y.encodeStateAsUpdate(meeting)];
    const manifest = manifestFor(workspace.guid, [
      entry(workspace.guid, 'workspace', updates[0]!),
      entry('meeting-1', 'meeting', updates[1]!),
    ]);
    const result = decodeWorkspaceFile(craftFile(manifest, updates));
    expect(result).toEqual({
      ok: false,
      error: 'invalid-contents',
      message: expect.stringContaining('meeting-2'),
    });
  });
});

describe('decoding documents that parse but would open as something else', () => {
  it('a workspace written in Yjs’s V2 encoding is refused, not opened empty', () => {
    const { workspace } = richWorkspace();
    const v2 = Y.encodeStateAsUpdateV2(workspace);
    const manifest = manifestFor(workspace.guid, [entry(workspace.guid, 'workspace', v2)]);
    expect(failure(craftFile(manifest, [v2]))).toEqual({
      error: 'invalid-contents',
      message: expect.stringContaining('version 2 encoding, and Quorum files use version 1'),
    });
  });

  it('trailing bytes after an empty update are refused', () => {
    const doc = new Y.Doc();
    const padded = new Uint8Array([0, 0, 1, 2, 3]);
    const manifest = manifestFor(doc.guid, [entry(doc.guid, 'workspace', padded)]);
    expect(failure(craftFile(manifest, [padded])).message).toContain('not changes Quorum can read');
  });
});
