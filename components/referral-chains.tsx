// Who led to whom: lines of referrals such as "Priya → Marcus → Dana".
export function ReferralChains({ chains, title }: { chains: string[][]; title: string }) {
  if (!chains.length) return null;
  return (
    <section class="card chains" aria-labelledby="chains-title">
      <h2 id="chains-title">{title}</h2>
      <ul class="plain">
        {chains.map((chain) => (
          <li key={chain.join('>')} class="chain">
            {chain.map((name, i) => (
              <span key={`${i}-${name}`}>
                {i > 0 && (
                  <span aria-label=", who suggested" class="arrow">
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
