// Types shared by the LinkedIn readers.

/** LinkedIn's two signed-in profile front ends (docs/linkedin-pages.md). */
export type FrontEnd = 'classic' | 'sdui';
export type DetectedFrontEnd = FrontEnd | 'unknown';
