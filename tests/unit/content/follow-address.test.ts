// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.linkedin.com/in/priya-raman/"}
// Following the address costs nothing while LinkedIn adds styles and scripts to <head>: only a
// new address or title is news (each one makes the lifecycle search the page).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followAddress } from '@/entrypoints/linkedin.content/follow-address';

const settle = () => new Promise((r) => setTimeout(r, 0));
let stop = () => {};
afterEach(() => stop());

describe('following the address', () => {
  it('passes on a new title or address, not a style or script added to <head>', async () => {
    document.title = 'Feed | LinkedIn';
    const onChange = vi.fn();
    stop = followAddress(window, onChange);
    for (let i = 0; i < 10; i++) document.head.append(document.createElement('style'));
    await settle();
    expect(onChange).not.toHaveBeenCalled();

    document.title = 'Priya Raman | LinkedIn';
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);

    history.pushState({}, '', '/in/marcus-oyelaran/');
    document.head.append(document.createElement('script'));
    await settle();
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
