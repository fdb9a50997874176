// Turns the features of the best match into a probability that it is what the question is about
// (logistic regression). The weights are fitted on the tuning question set by
// `npm run calibrate` and stored in calibration.json; see scripts/calibrate.ts.
import calibrationJson from './calibration.json' with { type: 'json' };

export interface MatchFeatures {
  /** Combined ranking score of the top measure. */
  score: number;
  /** Its BM25 score, scaled. */
  bm25: number;
  /** Its strongest name hit (exact, by sound or one character off), 0–1. */
  alias: number;
  /** Share of the question its texts or names explain, 0–1. */
  coverage: number;
  /** The same share with each token weighted by its idf (generic words like 多少, 今年 count little). */
  weightedCoverage: number;
  /** Share of the question's tokens found in no measure at all. */
  foreign: number;
  /** Share of the question's content characters its texts, names or synonyms explain, 0–1. */
  charCoverage: number;
  /** Share of the question's content characters no measure explains, 0–1. */
  charUnknown: number;
  /** Longest run of Han characters no measure explains, /4 capped at 1. */
  foreignRun: number;
  /** (top − second) / top. */
  margin: number;
  /** Number of content tokens in the question. */
  tokens: number;
}

export interface Calibration {
  /** Divides raw BM25 scores so they are on the scale of name hits. */
  bm25Scale: number;
  /** Weight of a name hit in the ranking score. */
  aliasWeight: number;
  /** A name hit this strong means the question names a measure (no area or overview reading). */
  strongName: number;
  /** Logistic weights, in the order of `featureVector`. */
  weights: number[];
  /** Below this confidence the question is not covered. */
  declineBelow: number;
  /** Others scoring at least this share of the top score make the answer ambiguous. */
  ambiguousWithin: number;
}

export const DEFAULT_CALIBRATION: Readonly<Calibration> = Object.freeze(calibrationJson as Calibration);

/**
 * The model's inputs: intercept, bm25, name strength, named (a title or alias, not a keyword),
 * coverage, weighted coverage, foreign share, foreign run, margin, character coverage, unknown characters.
 */
export function featureVector(f: MatchFeatures): number[] {
  return [
    1,
    f.bm25,
    f.alias,
    f.alias >= 0.7 ? 1 : 0,
    f.coverage,
    f.weightedCoverage,
    f.foreign,
    f.foreignRun,
    f.margin,
    f.charCoverage,
    f.charUnknown,
  ];
}

/** Length of `featureVector`'s output: the number of weights calibration.json must hold. */
export const FEATURE_COUNT = 11;

export function confidenceOf(f: MatchFeatures, c: Calibration): number {
  const x = featureVector(f);
  if (x.length !== c.weights.length)
    throw new Error(
      `calibration.json has ${c.weights.length} weights, the model needs ${x.length}: run npm run calibrate`,
    );
  const z = x.reduce((sum, xi, i) => sum + xi * c.weights[i]!, 0);
  return 1 / (1 + Math.exp(-z));
}
