// Types shared by the LinkedIn readers.

/** LinkedIn's two profile front ends (LINKEDIN-DOM.md). */
export type FrontEnd = 'classic' | 'sdui';
export type DetectedFrontEnd = FrontEnd | 'unknown';
