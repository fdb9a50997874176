// `npm run eval:conversations`: the conversation test set (test/fixtures/conversations/) against the
// whole bot — pass rates per kind on the tuning and the held-out parts, and the targets on the
// held-out part (≥ 95% overall, ≥ 90% in every kind). `-- --failures` lists the tuning cases that
// fail, with the reply seen; the held-out part is only ever counted, never shown. `-- --tune-only`
// skips the held-out part (while working on the bot: the held-out part is measured once, at the end);
// `-- --only <text>` runs only the tuning cases whose id contains the text.
import { loadKnowledge } from '../src/kb/loadKnowledge.js';
import { CONVERSATION_KINDS, CONVERSATION_PARTS, readCases } from './conversationCases.js';
import { type CaseResult, ConversationHarness } from './conversationHarness.js';

const TARGETS = { overall: 0.95, perKind: 0.9 };
// An option mistyped (--help, --tune) must not measure the held-out part by accident: stop instead.
const USAGE = 'usage: eval-conversations [--failures] [--tune-only] [--only <text>]';
const args = process.argv.slice(2);
for (const [i, arg] of args.entries())
  if (!['--failures', '--tune-only', '--only'].includes(arg) && args[i - 1] !== '--only') {
    console.error(`Unknown option ${arg}. ${USAGE}`);
    process.exit(2);
  }
const showFailures = process.argv.includes('--failures');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const parts = process.argv.includes('--tune-only') || only ? (['tune'] as const) : CONVERSATION_PARTS;
const harness = new ConversationHarness(loadKnowledge());
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

let met = true;
for (const part of parts) {
  const cases = readCases(part).filter((c) => !only || c.id.includes(only));
  const results: CaseResult[] = [];
  for (const c of cases) results.push(await harness.run(c));
  const passed = results.filter((r) => r.passed).length;
  console.log(`\n== conversations, ${part} part: ${cases.length} cases ==`);
  console.log(`overall                 ${pct(passed / results.length)}   (${passed}/${results.length})`);
  let worst = 1;
  for (const kind of CONVERSATION_KINDS) {
    const ofKind = results.filter((r) => r.kind === kind);
    if (ofKind.length === 0) continue;
    const ok = ofKind.filter((r) => r.passed).length;
    worst = Math.min(worst, ok / ofKind.length);
    console.log(`  ${kind.padEnd(12)} n=${String(ofKind.length).padStart(3)} ${pct(ok / ofKind.length)}`);
  }
  if (part === 'heldout') {
    const ok = passed / results.length >= TARGETS.overall && worst >= TARGETS.perKind;
    met &&= ok;
    console.log(`targets on ${part} (overall ≥ 95%, every kind ≥ 90%): ${ok ? 'met' : 'NOT met'}`);
  }
  if (showFailures && part === 'tune') {
    for (const r of results.filter((x) => !x.passed)) {
      for (const f of r.failures) {
        console.log(`\n✗ ${r.id} (${r.kind}) turn ${f.turn}: ${f.said}`);
        for (const p of f.problems) console.log(`    ${p}`);
        console.log(`    reply: ${f.reply.replace(/\n/g, ' ⏎ ').slice(0, 600)}`);
      }
    }
  }
}
process.exitCode = met ? 0 : 1;
