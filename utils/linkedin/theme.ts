// LinkedIn's own light/dark theme, so the helper matches the page it sits on.
// 2026-11-28: both front ends mark dark mode with a `theme--dark` class on <html>; when the
// class is missing, LinkedIn follows the system, and so do we.
export function pageTheme(doc: Document = document): 'light' | 'dark' {
  const html = doc.documentElement;
  if (html.classList.contains('theme--dark')) return 'dark';
  if (html.classList.contains('theme--light')) return 'light';
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
