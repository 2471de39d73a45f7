/**
 * Entry of the bundled CLI (build/cli/budget-plan.js, built by scripts/build-cli.js): bin/budget-plan.js
 * requires it and calls run().
 */
import { main } from "./main";

export { main };

export function run(argv: string[]): void {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`budget-plan: ${err instanceof Error && err.stack ? err.stack : String(err)}\n`);
      process.exitCode = 3;
    },
  );
}
