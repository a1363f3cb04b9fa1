import { describe, expect, it } from 'vitest';
import { termOf } from '../../../shared/search/terms';

describe('termOf', () => {
  it('gives British and American spellings one term', () => {
    expect(termOf('organisations')).toBe(termOf('organization'));
    expect(termOf('organised')).toBe(termOf('organizing'));
    expect(termOf('colour')).toBe(termOf('colors'));
    expect(termOf('centre')).toBe(termOf('center'));
    expect(termOf('programme')).toBe(termOf('program'));
  });

  it('gives a plural and its singular one term', () => {
    expect(termOf('schools')).toBe(termOf('school'));
    expect(termOf('policies')).toBe(termOf('policy'));
    expect(termOf('apologies')).toBe(termOf('Apology'));
    expect(termOf('boxes')).toBe(termOf('box'));
    expect(termOf('meetings')).toBe(termOf('meeting'));
  });

  it('leaves words that only look like those endings alone', () => {
    expect(termOf('analysis')).toBe('analysis');
    expect(termOf('status')).toBe('status');
    expect(termOf('hour')).toBe('hour');
    expect(termOf('hours')).toBe('hour');
  });

  it('drops the commonest words and keeps numbers as they are', () => {
    expect(termOf('the')).toBeNull();
    expect(termOf('13th')).toBe('13th');
  });
});
