// How a form says it saved (or did not). Owned by the component that shows them; the options page passes them in.

export const SAVE_STRINGS = {
  saving: 'Saving…',
  saved: 'Saved',
  error: (message: string) => `Not saved: ${message}`,
  notSavedInvalid: 'Not saved: fix the highlighted field.',
};
