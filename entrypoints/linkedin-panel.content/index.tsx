// The helper's panel: not in the manifest. The background injects it into a LinkedIn frame when
// the user reaches for the helper's button (../linkedin.content/mount.ts), into the same isolated
// world, where it announces itself for the button script to take (utils/messaging/panel-contract.ts).
import { defineContentScript } from '#imports';
import { render } from 'preact';
import formCss from '@/components/outcome-form.css?inline';
import prepareCss from '@/components/prepare-view.css?inline';
import { announcePanel } from '@/utils/messaging/panel-contract';
import { HelperApp } from './helper-app';
import draftCss from './draft.css?inline';
import historyCss from './history.css?inline';
import css from './panel.css?inline';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  registration: 'runtime',
  main() {
    announcePanel({
      mount({ shadow, container, reading, floating, onError, state }) {
        const style = document.createElement('style');
        style.textContent = css + draftCss + historyCss + formCss + prepareCss;
        shadow.insertBefore(style, container);
        // Built off the page and put in at once: one insertion, one style and layout pass.
        container.remove();
        render(
          <HelperApp reading={reading} floating={floating} onError={onError} initialState={state} initiallyOpen />,
          container,
        );
        shadow.append(container);
        return () => {
          render(null, container);
          style.remove();
        };
      },
    });
  },
});
