import { redirect } from "next/navigation";

// There is no separate team directory: the leaderboard lists every team, each linking to its page.
export default function TeamsIndexPage() {
  redirect("/leaderboard");
}
