import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from '@/utils/next-task';

describe('nextTask', () => {
  afterEach(() => vi.useRealTimers());

  it('gives the page a turn without a timer (not clamped, not throttled)', async () => {
    // With timers frozen, a setTimeout-based pause would never end.
    vi.useFakeTimers();
    let ran = false;
    setTimeout(() => (ran = true));
    await nextTask();
    expect(ran).toBe(false);
  });

  it('lets tasks queued before it run first', async () => {
    const order: string[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      order.push('earlier task');
      channel.port1.close();
    };
    channel.port2.postMessage(null);
    await nextTask();
    order.push('after the pause');
    expect(order).toEqual(['earlier task', 'after the pause']);
  });
});
