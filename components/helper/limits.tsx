// How many invitations and notes the user has sent against LinkedIn's limits, with a warning near
// them.
import type { MessageKind } from '@/utils/domain/model';
import type { HelperStrings } from './helper-strings';

export interface HelperCounts {
  /** Connection invitations logged this week, against LinkedIn's weekly limit. */
  invitationsThisWeek: number;
  notesThisMonth: number;
  weeklyInvitationLimit: number;
  monthlyNoteAllowance: number;
}

export function Limits({
  strings: t,
  counts,
  kind,
}: {
  strings: HelperStrings;
  counts: HelperCounts;
  kind: MessageKind;
}) {
  return (
    <div class="limits">
      <p>
        {t.limits(
          counts.invitationsThisWeek,
          counts.weeklyInvitationLimit,
          counts.notesThisMonth,
          counts.monthlyNoteAllowance,
        )}
      </p>
      {counts.invitationsThisWeek >= counts.weeklyInvitationLimit * 0.8 && <p class="warning">{t.nearRequestLimit}</p>}
      {kind === 'note' && counts.notesThisMonth >= counts.monthlyNoteAllowance && (
        <p class="warning">{t.overNoteAllowance}</p>
      )}
    </div>
  );
}
