import { describe, expect, it, vi } from 'vitest';
import { asyncHandler } from './async-handler';

describe('asyncHandler', () => {
  it('runs the action with the event’s arguments and reports its failure instead of losing it', async () => {
    const report = vi.fn();
    const action = vi.fn(async (n: number) => {
      if (n > 1) throw new Error('disk full');
    });
    const handler = asyncHandler(action, report);
    expect(handler(1)).toBeUndefined();
    handler(2);
    await vi.waitFor(() => expect(report).toHaveBeenCalledTimes(1));
    expect(action.mock.calls).toEqual([[1], [2]]);
    expect((report.mock.calls[0]![0] as Error).message).toBe('disk full');
  });
});
