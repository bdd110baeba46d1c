// The words of the referral chains (referral-chains.tsx). Owned by the component that shows them;
// the popup passes them in.
export const REFERRAL_CHAINS_STRINGS = {
  title: 'Who led to whom',
  /** What a screen reader says for the arrow between two names: "Priya, who suggested Marcus". */
  suggested: ', who suggested',
};

export type ReferralChainsStrings = typeof REFERRAL_CHAINS_STRINGS;
