// Who led to whom: lines of referrals such as "Priya → Marcus → Dana".
import type { ReferralChainsStrings } from './referral-chains-strings';

export function ReferralChains({ chains, strings }: { chains: string[][]; strings: ReferralChainsStrings }) {
  if (!chains.length) return null;
  return (
    <section class="card chains" aria-labelledby="chains-title">
      <h2 id="chains-title">{strings.title}</h2>
      <ul class="plain">
        {chains.map((chain) => (
          <li key={chain.join('>')} class="chain">
            {chain.map((name, i) => (
              <span key={`${i}-${name}`}>
                {i > 0 && (
                  <span aria-label={strings.suggested} class="arrow">
                    {' '}
                    →{' '}
                  </span>
                )}
                <span class="chain-name">{name}</span>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
