/**
 * `npm run bench`: runs each benchmark module in turn and prints its figures.
 * Add a module by importing its bench function and appending it to BENCHES.
 */
import { benchValidation } from "./validation";
import { benchWorkbooks } from "./workbooks";
import { benchImport } from "./import";
import { benchBundle } from "./bundle";
import { benchCli } from "./cli";

const BENCHES: { name: string; run: () => Promise<void> }[] = [
  { name: "validation", run: benchValidation },
  { name: "workbooks", run: benchWorkbooks },
  { name: "import", run: benchImport },
  { name: "bundle", run: async () => void (await benchBundle()) },
  { name: "cli: start-up, 50,000 lines, install", run: benchCli },
];

async function main(): Promise<void> {
  // `npm run bench -- cli bundle` runs only the benches whose names start with those words.
  const only = process.argv.slice(2);
  for (const b of BENCHES.filter((x) => !only.length || only.some((o) => x.name.startsWith(o)))) {
    console.log(`\n== ${b.name} ==`);
    await b.run();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
