// How coins read everywhere: pages, the admin dashboard, run summaries and payout notifications.
// In lib, not components/ui, because lib writes coins into notification text and run summaries too.

/** 1000 → "1,000 coins", 1 → "1 coin". */
export function formatCoins(amount: number): string {
  return `${amount.toLocaleString("en-US")} ${Math.abs(amount) === 1 ? "coin" : "coins"}`;
}
