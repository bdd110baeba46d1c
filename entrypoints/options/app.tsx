// The options page's wiring: store → views (the header, what the page has to say, the settings,
// the data sections); the views' actions are store operations and the data's use cases
// (data-actions.ts).
import { useEffect } from 'preact/hooks';
import { useSnapshot } from '@/utils/store/use-store';
import { DataSections } from './data-sections';
import { OptionsHeader } from './header';
import { Notices } from './notices';
import { SettingsSections } from './settings-sections';
import { strings } from './strings';
import { applyTheme } from './theme';

export function App() {
  const state = useSnapshot();
  const snapshot = state.status === 'ready' ? state.snapshot : null;
  const theme = snapshot?.settings.theme;

  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);

  return (
    <>
      <OptionsHeader />
      <main class="options">
        <p class="muted tagline">{strings.tagline}</p>
        <Notices state={state} />
        {snapshot && <SettingsSections snapshot={snapshot} />}
        <DataSections snapshot={snapshot} readOnly={snapshot?.readOnly ?? false} />
      </main>
    </>
  );
}
