// `npm run docs`: regenerates, from action.yml, the parts of other files that repeat its inputs and outputs (the
// regions between BEGIN GENERATED and END GENERATED comments). With --check it writes nothing and fails when one is
// stale, as check-dist.mjs does for dist/.
import { generate, TARGETS } from './docs/generate.mjs';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--check');
if (unknown.length > 0) {
  console.error(`Unknown argument ${unknown.join(' ')}. Usage: node scripts/docs.mjs [--check]`);
  process.exit(2);
}
const check = args.includes('--check');
const all = TARGETS.map((target) => target.path).join(', ');

try {
  const stale = await generate(process.cwd(), { check });
  if (check && stale.length > 0) {
    console.error(`Stale against action.yml; run \`npm run docs\` and commit the result.\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  if (check) console.log(`${all} match action.yml.`);
  else if (stale.length > 0) console.log(`Updated from action.yml: ${stale.join(', ')}.`);
  else console.log(`${all} already match action.yml.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
