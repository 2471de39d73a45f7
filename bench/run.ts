/**
 * `npm run bench`: runs each benchmark module in turn and prints its figures.
 * Add a module by importing its bench function and appending it to BENCHES.
 */
import { benchValidation } from "./validation";
import { benchWorkbooks } from "./workbooks";
import { benchImport } from "./import";
import { benchBundle } from "./bundle";

const BENCHES: { name: string; run: () => Promise<void> }[] = [
  { name: "validation", run: benchValidation },
  { name: "workbooks", run: benchWorkbooks },
  { name: "import", run: benchImport },
  { name: "bundle", run: async () => void (await benchBundle()) },
];

async function main(): Promise<void> {
  for (const b of BENCHES) {
    console.log(`\n== ${b.name} ==`);
    await b.run();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
