import { describe, expect, it } from 'vitest';
import { createDeletionMemory } from '../../../renderer/data/meeting-deletion';

const LABEL = 'Steering Group, 9 October 2023';

describe('the memory of a deleted meeting', () => {
  it('says what was deleted and restores it once on Undo', () => {
    const memory = createDeletionMemory();
    let restored = 0;
    memory.remember(LABEL, () => (restored += 1));
    expect(memory.getSnapshot()).toMatchObject({
      progress: { stage: 'done', text: `${LABEL} deleted.` },
      canUndo: true,
    });
    memory.undo();
    memory.undo();
    expect(restored).toBe(1);
    expect(memory.getSnapshot()).toMatchObject({
      progress: { stage: 'done', text: `${LABEL} restored.` },
      canUndo: false,
    });
  });

  it('undoes the latest deletion, and each deletion is a new notice', () => {
    const memory = createDeletionMemory();
    const restored: string[] = [];
    memory.remember('First', () => restored.push('First'));
    const first = memory.getSnapshot().serial;
    memory.remember('Second', () => restored.push('Second'));
    expect(memory.getSnapshot().serial).not.toBe(first);
    memory.undo();
    expect(restored).toEqual(['Second']);
  });

  it('says why Undo failed and lets the person try again', () => {
    const memory = createDeletionMemory();
    let attempts = 0;
    memory.remember(LABEL, () => {
      attempts += 1;
      if (attempts === 1) throw new Error('The disk is full');
    });
    memory.undo();
    expect(memory.getSnapshot()).toMatchObject({
      progress: { stage: 'failed', text: `${LABEL} could not be restored: The disk is full` },
      canUndo: true,
    });
    memory.undo();
    expect(memory.getSnapshot().progress).toEqual({ stage: 'done', text: `${LABEL} restored.` });
  });

  it('tells its listeners, and forgets on dismiss', () => {
    const memory = createDeletionMemory();
    let calls = 0;
    const stop = memory.subscribe(() => (calls += 1));
    memory.remember(LABEL, () => {});
    memory.dismiss();
    stop();
    memory.remember(LABEL, () => {});
    expect(calls).toBe(2);
    expect(memory.getSnapshot().canUndo).toBe(true);
    memory.dismiss();
    expect(memory.getSnapshot()).toMatchObject({ progress: { stage: 'idle' }, canUndo: false });
  });
});
