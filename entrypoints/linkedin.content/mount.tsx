// Mounts one helper: an element named `fifteen-helper` with an open shadow root (SPEC test
// contract) holding its own styles, put there by this script — no web-accessible stylesheet.
import { render } from 'preact';
import { pageTheme } from '@/utils/linkedin/theme';
import { isExtensionUpdated } from '@/utils/store/remote';
import { HelperApp } from './helper-app';
import { HELPER_TAG, type Mounted, type Placement } from './lifecycle';
import formCss from '@/components/outcome-form.css?inline';
import css from './helper.css?inline';

export function mountHelper({ reading, row }: Placement): Mounted {
  const host = document.createElement(HELPER_TAG);
  host.dataset.slug = reading.slug;
  host.dataset.theme = pageTheme(document);
  if (!row) host.dataset.floating = '';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css + formCss;
  const root = document.createElement('div');
  shadow.append(style, root);
  // Keys typed in the helper are the helper's: LinkedIn's page-wide shortcuts must not see them.
  for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (e) => e.stopPropagation());
  (row ?? document.body).append(host);
  const onError = (e: unknown) => !isExtensionUpdated(e) && console.error('[Fifteen]', e);
  render(<HelperApp reading={reading} floating={!row} onError={onError} />, root);
  return {
    host,
    remove() {
      render(null, root);
      host.remove();
    },
  };
}
