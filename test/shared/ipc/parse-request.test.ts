import { describe, expect, it } from 'vitest';
import { parseIpcRequest } from '../../../shared/ipc';

const saveRequest = { suggestedName: 'Minutes.docx', data: new Uint8Array(1), filters: [] };

describe('parseIpcRequest', () => {
  it('passes a valid request through', () => {
    expect(parseIpcRequest('file:save', saveRequest)).toEqual({ ok: true, value: saveRequest });
  });

  it('names the channel and every failing field', () => {
    const result = parseIpcRequest('file:save', { ...saveRequest, suggestedName: '', data: 'x' });
    expect(result).toMatchObject({ ok: false, error: 'invalid-payload' });
    const message = !result.ok ? result.message : '';
    expect(message).toMatch(/^Invalid request to file:save: suggestedName: .+; data: .+$/);
  });

  it('says "request" when the whole payload is wrong', () => {
    const result = parseIpcRequest('file:save', undefined);
    expect(!result.ok && result.message).toMatch(/^Invalid request to file:save: request: /);
  });
});
