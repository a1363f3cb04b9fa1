import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layering rules of eslint.config.js (docs/architecture.md), shown to fail on the imports
 * they exist to stop and to pass the ones the layers rely on. Each case lints a line of code
 * as if it were a file at that path; nothing is written.
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });
});

async function restrictions(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

describe('one door to data', () => {
  it.each([
    [
      'renderer/features/settings/Panel.tsx',
      "import { quorumApi as x } from '../../platform/quorum-api';",
    ],
    [
      'renderer/features/settings/Panel.tsx',
      "import { openLocalDb as x } from '../../data/local-db';",
    ],
    ['renderer/ui/Widget.tsx', "import x from 'dexie';"],
    [
      'renderer/features/minutes/Editor.tsx',
      "import { IndexeddbPersistence as x } from 'y-indexeddb';",
    ],
    [
      'renderer/features/sync/Panel.tsx',
      "import { HocuspocusProvider as x } from '@hocuspocus/provider';",
    ],
  ])('stops %s importing storage or the bridge: %s', async (file, code) => {
    expect(await restrictions(file, code)).toEqual([expect.stringContaining('must not import')]);
  });

  it('stops a screen reaching the local database through the store', async () => {
    expect(
      await restrictions(
        'renderer/features/export/Section.tsx',
        'declare const store: { localDb: unknown };\nconst x = store.localDb;',
      ),
    ).toEqual(['Screens reach the local database through a hook in renderer/data.']);
  });

  it('lets screens use the hooks of renderer/data', async () => {
    expect(
      await restrictions(
        'renderer/features/settings/Panel.tsx',
        "import { useTemplates as x } from '../../data/useTemplates';",
      ),
    ).toEqual([]);
  });
});

describe('start-up stays small', () => {
  it.each([
    "import * as x from 'yjs';",
    "import { listMeetings as x } from '../../../shared/model';",
    "import { listMeetings as x } from '../../../shared/model/index';",
  ])('stops renderer/data/startup importing Yjs or the model barrel: %s', async (code) => {
    expect(await restrictions('renderer/data/startup/read.ts', code)).toHaveLength(1);
  });

  it('lets start-up import the meeting record on its own', async () => {
    expect(
      await restrictions(
        'renderer/data/startup/read.ts',
        "import { parseMeeting as x } from '../../../shared/model/meeting-record';",
      ),
    ).toEqual([]);
  });
});

describe('data sits below the screens', () => {
  it.each([
    [
      'renderer/data/useThing.ts',
      "import { MeetingList as x } from '../features/meetings/MeetingList';",
    ],
    ['renderer/data/useThing.ts', "import { Field as x } from '../ui/Field';"],
    ['renderer/data/sync/thing.ts', "import { App as x } from '../../app/App';"],
    ['renderer/data/startup/thing.ts', "import { App as x } from '../../app/App';"],
  ])('stops %s importing %s', async (file, code) => {
    expect(await restrictions(file, code)).toEqual([expect.stringContaining('must not import')]);
  });

  it('still holds the renderer-wide rules inside data and features', async () => {
    for (const file of ['renderer/data/x.ts', 'renderer/features/x/X.tsx']) {
      expect(await restrictions(file, "import x from 'electron';")).toContainEqual(
        expect.stringContaining('This layer must not import electron'),
      );
    }
  });
});
