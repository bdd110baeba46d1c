// What the popup has to say above the points: a failed read, stored records it could not read
// (or a store it must not write), a failed action, and what an action did.
import { strings } from './strings';

export interface NoticesProps {
  /** The store's read failed: why. */
  loadError?: string;
  /** How many stored records could not be read. */
  problems: number;
  /** The stored data is of a newer version: nothing is written. */
  readOnly: boolean;
  actionError: string;
  notice: string;
  openOptions(): void;
}

export function Notices({ loadError, problems, readOnly, actionError, notice, openOptions }: NoticesProps) {
  return (
    <>
      {loadError !== undefined && <p role="alert">{strings.error(loadError)}</p>}
      {problems > 0 && (
        <div role="status" class="warning" data-testid="problems">
          <p>{readOnly ? strings.readOnly : strings.problems(problems)}</p>
          <button type="button" class="link" onClick={openOptions}>
            {strings.problemsAction}
          </button>
        </div>
      )}
      {actionError && (
        <p role="alert" class="warning">
          {actionError}
        </p>
      )}
      {notice && (
        <p role="status" class="notice" data-testid="popup-notice">
          {notice}
        </p>
      )}
    </>
  );
}
