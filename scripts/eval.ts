// `npm run eval`: accuracy of question matching on the tuning and the held-out question sets, with
// the same figures for a naive baseline (fuse.js, default options, over the measure texts).
// `npm run eval -- --failures` also lists the tuning questions it gets wrong (never the held-out ones).
// The targets are judged on each never-tuned set: heldout, and heldout-2 and heldout-3, each written later
// from the source alone and measured once tuning was done.
import Fuse from 'fuse.js';
import { loadKnowledge } from '../src/kb/loadKnowledge.js';
import { SearchEngine } from '../src/search/searchEngine.js';
import { QUESTION_SETS, readQuestions, score, type Scores } from './evalQuestions.js';

const TARGETS = { top1: 0.95, recall3: 0.99, rejection: 0.9, falseDecline: 0.03 };

const kb = loadKnowledge();
const engine = new SearchEngine(kb);
const fuse = new Fuse(
  kb.measures.map((m) => ({
    id: m.id,
    title: m.title,
    aliases: m.aliases,
    summary: m.summary,
    faq: m.faq.map((f) => f.q),
  })),
  { keys: ['title', 'aliases', 'summary', 'faq'] },
);
const baseline = (q: string) => {
  const hits = fuse.search(q).slice(0, 5);
  return {
    answered: hits.length > 0,
    kind: hits.length > 0 ? ('measure' as const) : ('none' as const),
    matches: hits.map((h) => ({ id: h.item.id, score: 1 - (h.score ?? 1) })),
  };
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
function line(name: string, s: Scores): string {
  return `${name.padEnd(22)}${pct(s.top1)}${pct(s.recall3)}${pct(s.rejection)}${pct(s.falseDecline)}`;
}

const showFailures = process.argv.includes('--failures');
let meetsTargets = true;
for (const set of QUESTION_SETS) {
  const questions = readQuestions(set);
  const ours = score(questions, (q) => engine.search(q));
  const naive = score(questions, baseline);
  console.log(`\n== ${set} set: ${ours.scores.inScope} in scope, ${ours.scores.outOfScope} out of scope ==`);
  console.log(`${''.padEnd(22)}  top-1  rec@3  reject  f-decl`);
  console.log(line('yiqi', ours.scores));
  console.log(line('baseline (fuse.js)', naive.scores));
  console.log('top-1 (rejection for oos) by kind of question:            yiqi  baseline');
  for (const [style, s] of [...ours.byStyle].sort()) {
    const b = naive.byStyle.get(style)!;
    console.log(
      `  ${style.padEnd(14)} n=${String(s.n).padStart(3)}   ${pct(s.top1 / s.n)}  ${pct(b.top1 / b.n)}`,
    );
  }
  if (set !== 'tune') {
    const s = ours.scores;
    const met =
      s.top1 >= TARGETS.top1 &&
      s.recall3 >= TARGETS.recall3 &&
      s.rejection >= TARGETS.rejection &&
      s.falseDecline <= TARGETS.falseDecline;
    meetsTargets &&= met;
    console.log(
      `targets on ${set} (top-1 ≥ 95%, recall@3 ≥ 99%, rejection ≥ 90%, false-decline ≤ 3%): ${met ? 'met' : 'NOT met'}`,
    );
  }
  if (showFailures && set === 'tune') {
    for (const f of ours.failures)
      console.log(`  ✗ [${f.q.style}] ${f.q.q}  → expected ${f.q.expect}, got ${f.got}`);
  }
}
process.exitCode = meetsTargets ? 0 : 1;
