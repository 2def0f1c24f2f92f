import { DRAW_POINTS, LOSS_POINTS, WIN_POINTS } from "@/lib/rankings/scoring";

/** The scoring rule in one paragraph (README "Scoring"); numbers come from lib/rankings/scoring. */
export function ScoringNote() {
  return (
    <p className="text-sm text-zinc-600">
      <span className="font-medium text-zinc-800">How ranking works:</span> a win is worth {WIN_POINTS} points, a draw{" "}
      {DRAW_POINTS}, a loss {LOSS_POINTS}. On equal points the team with more wins ranks higher, then the one with fewer
      losses, then by name (A–Z). Rankings are recomputed from completed matches every night and after each result; a
      team without a rank yet shows “—”.
    </p>
  );
}
