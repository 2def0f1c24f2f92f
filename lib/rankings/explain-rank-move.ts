// Words a rank move for the `ranking_changed` notification: "Up 3 to #4 after beating Golden Tide
// 2–0", "Down 2 to #7 after losing to Iron Wolves 0–2", "Up 1 to #5 after a 1–1 draw with Nova",
// or the move alone when no new result of the team explains it (others' results moved it).
import type { TLastResult } from "./recompute-rankings";

export type TRankMove = { oldRank: number | null; newRank: number; lastResult?: TLastResult | null };

export function explainRankMove({ oldRank, newRank, lastResult }: TRankMove): string {
  const move =
    oldRank === null
      ? `Ranked #${newRank}`
      : newRank < oldRank
        ? `Up ${oldRank - newRank} to #${newRank}`
        : `Down ${newRank - oldRank} to #${newRank}`;
  return lastResult ? `${move} ${describeResult(lastResult)}` : move;
}

function describeResult({ outcome, opponentName, scoreFor, scoreAgainst }: TLastResult): string {
  const score = scoreFor !== null && scoreAgainst !== null ? `${scoreFor}–${scoreAgainst}` : null;
  switch (outcome) {
    case "win":
      return `after beating ${opponentName}${score ? ` ${score}` : ""}`;
    case "loss":
      return `after losing to ${opponentName}${score ? ` ${score}` : ""}`;
    case "draw":
      return `after a ${score ? `${score} ` : ""}draw with ${opponentName}`;
  }
}
