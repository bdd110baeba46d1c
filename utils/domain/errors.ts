// What a thrown value says, for a reply, a status line or a log: its message, or the value itself.
export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
