// The line under an action that says how it went: announced politely, or as an alert on error.
export type ActionStatus = { kind: 'idle' } | { kind: 'busy' | 'ok' | 'error'; message: string };

export function StatusLine({ status, testid }: { status: ActionStatus; testid: string }) {
  return (
    <p
      data-testid={testid}
      class={`status status-${status.kind}`}
      role={status.kind === 'error' ? 'alert' : 'status'}
      aria-live="polite"
    >
      {status.kind === 'idle' ? '' : status.message}
    </p>
  );
}
