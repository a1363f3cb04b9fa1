import { describe, expect, it } from 'vitest';
import { buildMinutesDocx, buildSummaryDocx } from '../../../shared/export/house';
import { openDocx, paragraphs } from './house/docx-reader';
import {
  ANSWERED_IN_ROOM,
  FOUND_OPEN,
  FOUND_RESOLVED,
  questionsMeeting,
} from './questions-meeting';

describe('open questions found in the minutes, in the exports', () => {
  it('reads found questions with their resolved state, and not a line that only ends in "?"', () => {
    const { data, itemTitle } = questionsMeeting();
    const item = data.agenda.find((i) => i.title === itemTitle)!;
    expect(item.questions).toEqual([
      { text: FOUND_OPEN, resolved: false },
      { text: FOUND_RESOLVED, resolved: true },
    ]);
    expect(item.questions.map((q) => q.text)).not.toContain(ANSWERED_IN_ROOM);
  });
});

describe('the house builders with found questions', async () => {
  const { data, itemTitle } = questionsMeeting();
  const minutes = paragraphs((await openDocx(await buildMinutesDocx(data))).document).map(
    (p) => p.text,
  );
  const summary = paragraphs((await openDocx(await buildSummaryDocx(data))).document).map(
    (p) => p.text,
  );

  it('calls the open one out under its item in the minutes, without its "Question:" label', () => {
    expect(minutes).toContain('Open question: who signs the pledge for the council?');
    // Resolved: still minuted as written, no longer called out as open.
    expect(minutes).toContain(FOUND_RESOLVED);
    expect(minutes.filter((text) => text.startsWith('Open question'))).toHaveLength(1);
    expect(minutes.indexOf('Open question: who signs the pledge for the council?')).toBeGreaterThan(
      minutes.indexOf(FOUND_OPEN),
    );
  });

  it('lists only the open one under "Open questions" in the summary', () => {
    const at = summary.indexOf('Open questions');
    expect(at).toBeGreaterThan(summary.indexOf(itemTitle));
    expect(summary[at + 1]).toBe(FOUND_OPEN);
    expect(summary.filter((text) => text === FOUND_RESOLVED)).toHaveLength(1);
  });
});
