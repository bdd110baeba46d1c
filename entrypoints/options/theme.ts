// The page's theme, as the settings choose it (style.css reads data-theme).
import type { Theme } from '@/utils/domain/settings-defaults';

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
}
