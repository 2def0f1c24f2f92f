// `npm run doctor` — a preflight for a production deploy: checks this environment (.env and the
// process environment) as production will see it, prints a checklist with a fix for each problem,
// and exits 1 when anything blocks the deploy. Run it with the deployment's variables, e.g.
// `vercel env pull .env --environment=production && npm run doctor` (Vercel), or with the
// variables exported in the shell (self-hosted).
import "./lib/load-env-file";
import { formatChecklist } from "./lib/doctor/check";
import { runDoctor } from "./lib/doctor/run-doctor";
import { runScript } from "./lib/run-script";

await runScript(async () => {
  const checks = await runDoctor(process.env);
  console.log(formatChecklist(checks));
  if (checks.some((check) => check.status === "fail")) process.exit(1);
});
