/** 1000 → "1,000 coins", 1 → "1 coin". */
export function formatCoins(amount: number): string {
  return `${amount.toLocaleString("en-US")} ${Math.abs(amount) === 1 ? "coin" : "coins"}`;
}
