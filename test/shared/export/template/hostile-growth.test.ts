import { describe, expect, it } from 'vitest';
import type { MeetingExportData } from '../../../../shared/export/meeting-data';
import { fillTemplate } from '../../../../shared/export/template';
import { Docx, elements } from './docx-reader';
import { richMeeting } from './rich-meeting';
import { p, wordLikeDocx } from './word-like';

/**
 * A hostile template of thousands of block placeholders ({{minutes}} 5,000 times in 13 KB)
 * ran past 90 s: time grew with the square of the count. The fill must grow in step with it.
 * Both sizes are measured in the same run, so the machine's speed cancels out: linear work
 * gives a ratio near 10, quadratic near 100. The bound is generous on purpose.
 */
function smallMeeting(): MeetingExportData {
  const data = richMeeting();
  data.agenda = data.agenda.slice(0, 1).map((item) => ({
    ...item,
    minutes: [{ type: 'paragraph', inlines: [{ text: 'Noted.' }] }],
  }));
  return data;
}

async function timeFill(count: number, data: MeetingExportData) {
  const template = await wordLikeDocx(p('{{minutes}}').repeat(count));
  const started = performance.now();
  const result = await fillTemplate(template, data);
  const elapsed = performance.now() - started;
  if (!result.ok) throw new Error(result.message);
  return { elapsed, bytes: result.value };
}

describe('a template of thousands of block placeholders', () => {
  it('fills in time that grows linearly with their number', async () => {
    const data = smallMeeting();
    await timeFill(200, data); // Warm the JIT so the first measure is not the slow one.
    const small = await timeFill(500, data);
    const large = await timeFill(5000, data);
    const ratio = large.elapsed / small.elapsed;
    expect(
      ratio,
      `500: ${small.elapsed.toFixed(0)} ms, 5000: ${large.elapsed.toFixed(0)} ms`,
    ).toBeLessThan(30);
    // And the work was done: every placeholder became its item heading and note.
    const doc = await (await Docx.open(large.bytes)).xml('word/document.xml');
    const notes = elements(doc, 't').filter((t) => t.textContent === 'Noted.');
    expect(notes).toHaveLength(5000);
  }, 120_000);

  it('refuses in one line a template that would make an enormous document', async () => {
    const data = richMeeting();
    const template = await wordLikeDocx(p('{{minutes}}').repeat(1000));
    const result = await fillTemplate(template, data);
    expect(result).toEqual({
      ok: false,
      error: 'unsupported',
      message:
        'This template would make a document of more than 30,000 paragraphs; check that a block such as {{minutes}} is not repeated many times.',
    });
  }, 120_000);
});
