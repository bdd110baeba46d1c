// Follows the page's address. LinkedIn navigates with pushState, which no event reports to a
// content script everywhere; so: the Navigation API's navigatesuccess where the browser has it,
// popstate for back and forward, and the document's <title>, which LinkedIn changes on every
// screen. None of it watches the page's body, and a change in <head> that moves neither the
// address nor the title (LinkedIn adds styles and scripts there as it goes) is no news.
export function followAddress(win: Window, onChange: () => void): () => void {
  const doc = win.document;
  let seen = `${win.location.href}\n${doc.title}`;
  const titles = new MutationObserver(() => {
    const now = `${win.location.href}\n${doc.title}`;
    if (now === seen) return;
    seen = now;
    onChange();
  });
  titles.observe(doc.head ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  const onNavigate = () => queueMicrotask(onChange);
  nav?.addEventListener('navigatesuccess', onNavigate);
  win.addEventListener('popstate', onNavigate);
  return () => {
    titles.disconnect();
    nav?.removeEventListener('navigatesuccess', onNavigate);
    win.removeEventListener('popstate', onNavigate);
  };
}
