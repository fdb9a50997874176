// `npm run calibrate`: fits the confidence model on the TUNING question set only (never the
// held-out set) and writes src/search/calibration.json. Logistic regression on the features of the
// top match (label: the top match is right), then the decline threshold that best trades rejected
// out-of-scope questions against declined in-scope ones (see FALSE_DECLINE_COST).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { loadKnowledge } from '../src/kb/loadKnowledge.js';
import { packageRoot } from '../src/kb/packageRoot.js';
import {
  DEFAULT_CALIBRATION,
  type Calibration,
  FEATURE_COUNT,
  featureVector,
} from '../src/search/confidence.js';
import { SearchEngine } from '../src/search/searchEngine.js';
import { judge, readQuestions } from './evalQuestions.js';

/** How much worse a declined in-scope question is than an answered out-of-scope one. */
const FALSE_DECLINE_COST = 5;

const kb = loadKnowledge();
// Features do not depend on the logistic weights, so one pass with any weights collects them.
const probe = new SearchEngine(kb, {
  calibration: { ...DEFAULT_CALIBRATION, weights: new Array<number>(FEATURE_COUNT).fill(0), declineBelow: 0 },
});
const questions = readQuestions('tune');
const rows: { x: number[]; y: number; inScope: boolean }[] = [];
for (const q of questions) {
  if (q.expect === 'overview' || q.expect.startsWith('area:')) continue;
  const { result, features } = probe.explain(q.q);
  if (!features) continue; // declined before ranking (empty, other region): not the model's call
  const right = q.expect !== 'none' && judge(q, result).top1;
  rows.push({ x: featureVector(features), y: right ? 1 : 0, inScope: q.expect !== 'none' });
}

// Plain batch gradient descent with a little L2, enough for five weights and a few hundred rows.
const width = rows[0]!.x.length;
let w = new Array<number>(width).fill(0);
const lambda = 0.01;
for (let epoch = 0; epoch < 20000; epoch++) {
  const grad = new Array<number>(width).fill(0);
  for (const { x, y } of rows) {
    const p = 1 / (1 + Math.exp(-x.reduce((s, xi, i) => s + xi * w[i]!, 0)));
    for (let i = 0; i < w.length; i++) grad[i]! += (p - y) * x[i]!;
  }
  w = w.map((wi, i) => wi - 0.05 * (grad[i]! / rows.length + (i === 0 ? 0 : lambda * wi)));
}
const prob = (x: number[]) => 1 / (1 + Math.exp(-x.reduce((s, xi, i) => s + xi * w[i]!, 0)));

// The decline threshold: as high as possible while in-scope questions are rarely declined.
// The decline threshold: the one that best trades rejected out-of-scope questions against declined
// in-scope ones, in rates over the whole tuning set, a false decline costing FALSE_DECLINE_COST
// times as much (it loses an answer the user was owed). Among equally good thresholds, the middle.
const inScope = rows.filter((r) => r.inScope).map((r) => prob(r.x));
const oos = rows.filter((r) => !r.inScope).map((r) => prob(r.x));
const allOutOfScope = questions.filter((q) => q.expect === 'none').length;
const allInScope = questions.length - allOutOfScope;
const worth = (t: number) =>
  oos.filter((p) => p < t).length / allOutOfScope -
  (FALSE_DECLINE_COST * inScope.filter((p) => p < t).length) / allInScope;
const grid = Array.from({ length: 151 }, (_, i) => 0.05 + i * 0.005);
const best = Math.max(...grid.map(worth));
const plateau = grid.filter((t) => worth(t) >= best - 1e-12);
const declineBelow = plateau[Math.floor(plateau.length / 2)]!;
if (process.argv.includes('--table'))
  for (let t = 0.1; t < 0.9; t += 0.05)
    console.log(
      `t=${t.toFixed(2)} reject ${oos.filter((p) => p < t).length}/${oos.length} decline ${inScope.filter((p) => p < t).length}/${inScope.length}`,
    );
const rejected = oos.filter((p) => p < declineBelow).length;
const declined = inScope.filter((p) => p < declineBelow).length;

const calibration: Calibration = {
  ...DEFAULT_CALIBRATION,
  weights: w.map((x) => Math.round(x * 1000) / 1000),
  declineBelow: Math.round(declineBelow * 1000) / 1000,
};
// Written as the formatter would write it, so `npm run lint` passes straight after a calibration.
const calibrationFile = join(packageRoot(import.meta.url), 'src', 'search', 'calibration.json');
writeFileSync(
  calibrationFile,
  await format(JSON.stringify(calibration), {
    ...(await resolveConfig(calibrationFile)),
    filepath: calibrationFile,
  }),
);
console.log(`fitted on ${rows.length} tuning questions: weights ${JSON.stringify(calibration.weights)}`);
console.log(
  `decline below ${calibration.declineBelow}: ${rejected}/${oos.length} out-of-scope rejected by the model, ` +
    `${declined}/${inScope.length} in-scope fall below (best from ${plateau[0]!.toFixed(3)} to ${plateau.at(-1)!.toFixed(3)})`,
);
