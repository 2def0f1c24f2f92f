// A user's coin balance: the sum of their ledger rows (CoinTransaction), 0 without any.
import { db, type DbClient } from "@/lib/db";

export async function getCoinBalance(userId: string, client: DbClient = db): Promise<number> {
  const { _sum } = await client.coinTransaction.aggregate({ where: { userId }, _sum: { amount: true } });
  return _sum.amount ?? 0;
}
