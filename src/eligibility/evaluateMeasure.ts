// Decides, from an enterprise's answers, whether a measure applies and what it is worth. The rules
// are data (a measure's `eligibility` section); this module only reads them: the first matching
// rule decides, a rule an unanswered question could still decide makes the outcome `unknown`, and a
// measure whose dated stage is over on the given day has `ended` whatever the answers.
//
// The sentences it writes (reasons, amounts, arithmetic) are in the language of the `wording` given:
// pass the knowledge base view the measure comes from (kbIn(kb, lang)).
import type { Measure, Validity } from '../kb/schema.js';
import { formatDate } from '../kb/formatDate.js';
import { statusOn, toShanghaiDay, validityStatusOn } from '../kb/statusOn.js';
import { answerOf, evaluateCondition, isAnswered, questionsIn } from './condition.js';
import { formatAmount, moneyToYuan, roundToFen } from './money.js';
import type { Answers } from './parseAnswer.js';
import type { Benefit, EligibilityQuestion, EligibilityRule } from './schema.js';
import { fill, type Wording } from './texts.js';

export { formatYuan } from './money.js';

export type EvaluationOutcome = 'eligible' | 'possible' | 'not-eligible' | 'ended' | 'unknown';

export interface BenefitResult {
  kind: 'percent-of' | 'floor' | 'unspecified';
  /** What the support is, in the words of the knowledge base. */
  text: string;
  /** percent-of: the computed amount (after the cap); floor: the floor. In 元. */
  amountYuan?: number;
  /** The amount as it should be shown: 30万元, 最高160万元, 不低于10万元 (in English: at least 100,000 yuan (10万元)). */
  amountText?: string;
  /** percent-of: the computation, e.g. 600万元 × 5% = 30万元. */
  arithmetic?: string;
  /** percent-of: the rate gave more than the cap, so the cap applies. */
  capped?: boolean;
  /** percent-of: the rate is itself a ceiling (最高按合同费用20%), so the amount is “up to”. */
  upTo?: boolean;
}

export interface Evaluation {
  measureId: string;
  outcome: EvaluationOutcome;
  /** Why, in the wording's language: the rule's reason, which stage ended when, or that information is missing. */
  reason: string;
  benefit?: BenefitResult;
  /**
   * Questions whose answers are missing: for `unknown`, those that would decide; for an outcome
   * whose amount needs an answer (上一年度研发投入), that question.
   */
  unanswered: string[];
}

function endedStages(measure: Measure, today: Date | string): Validity[] {
  return measure.validity.filter((v) => validityStatusOn(v, today) === 'ended');
}

export function benefitResult(
  benefit: Benefit,
  answers: Answers,
  wording: Wording,
): { result: BenefitResult; unanswered: string[] } {
  const texts = wording.eligibilityTexts.evaluation;
  const yuan = (amount: number): string => formatAmount(amount, '元', wording.lang);
  switch (benefit.kind) {
    case 'unspecified':
      return { result: { kind: 'unspecified', text: benefit.text }, unanswered: [] };
    case 'floor': {
      const amountYuan = moneyToYuan(benefit.amount);
      return {
        result: {
          kind: 'floor',
          text: benefit.text,
          amountYuan,
          amountText: fill(texts.floor, { amount: yuan(amountYuan) }),
        },
        unanswered: [],
      };
    }
    case 'percent-of': {
      const base = answerOf(answers, benefit.question);
      const result: BenefitResult = { kind: 'percent-of', text: benefit.text, upTo: benefit.upTo };
      if (typeof base !== 'number') return { result, unanswered: [benefit.question] };
      const raw = roundToFen((base * benefit.rate) / 100);
      const cap = benefit.cap ? moneyToYuan(benefit.cap) : undefined;
      const capped = cap !== undefined && raw > cap;
      const amountYuan = capped ? cap : raw;
      let arithmetic = fill(texts.calc, { base: yuan(base), rate: benefit.rate, result: yuan(raw) });
      if (capped) arithmetic = fill(texts.capped, { calc: arithmetic, cap: yuan(cap) });
      if (benefit.upTo) arithmetic = fill(texts.upToCalc, { text: benefit.text, calc: arithmetic });
      const amountText = benefit.upTo ? fill(texts.upTo, { amount: yuan(amountYuan) }) : yuan(amountYuan);
      return {
        result: { ...result, amountYuan, amountText, arithmetic, capped },
        unanswered: [],
      };
    }
  }
}

/**
 * Which rule decides, without writing anything: the first rule whose condition holds; `open` with the
 * questions that would decide when an unanswered question could still make an earlier rule hold;
 * `none` for a measure without rules.
 */
type Decision =
  { kind: 'rule'; rule: EligibilityRule } | { kind: 'open'; unanswered: string[] } | { kind: 'none' };

function decide(measure: Measure, answers: Answers): Decision {
  const rules = measure.eligibility?.rules ?? [];
  for (const [i, rule] of rules.entries()) {
    const holds = rule.when ? evaluateCondition(rule.when, answers) : true;
    if (holds === false) continue;
    if (holds === undefined && rule.when) {
      // 不是四上 settles the R&D reward whatever the high-tech answer: every rule that could still
      // apply says not eligible, so the first that holds for certain decides without asking.
      const settled = settledNotEligible(rules.slice(i), answers);
      if (settled) return { kind: 'rule', rule: settled };
      return { kind: 'open', unanswered: questionsIn(rule.when).filter((id) => !isAnswered(answers, id)) };
    }
    return { kind: 'rule', rule };
  }
  // No rules, or (unreachable for valid data: the last rule has no condition) none that matches.
  return { kind: 'none' };
}

/**
 * The first rule that holds for certain, when it and every rule before it that may still hold say
 * not eligible (with no benefit): the remaining answers cannot change the outcome.
 */
function settledNotEligible(
  rules: readonly EligibilityRule[],
  answers: Answers,
): EligibilityRule | undefined {
  for (const rule of rules) {
    const holds = rule.when ? evaluateCondition(rule.when, answers) : true;
    if (holds === false) continue;
    if (rule.outcome !== 'not-eligible' || rule.benefit) return undefined;
    if (holds === true) return rule;
  }
  return undefined;
}

/** The questions whose answers are missing for the decision: to decide it, or to compute its amount. */
function unansweredFor(decision: Decision, answers: Answers): string[] {
  if (decision.kind === 'open') return decision.unanswered;
  const benefit = decision.kind === 'rule' ? decision.rule.benefit : undefined;
  return benefit?.kind === 'percent-of' && typeof answerOf(answers, benefit.question) !== 'number'
    ? [benefit.question]
    : [];
}

/** The rules of a measure applied to the answers, without looking at dates. */
export function evaluateRules(measure: Measure, answers: Answers, wording: Wording): Evaluation {
  const measureId = measure.id;
  const texts = wording.eligibilityTexts.evaluation;
  const decision = decide(measure, answers);
  switch (decision.kind) {
    case 'none':
      return { measureId, outcome: 'unknown', reason: texts.noRules, unanswered: [] };
    case 'open':
      return { measureId, outcome: 'unknown', reason: texts.unknown, unanswered: decision.unanswered };
    case 'rule': {
      const { rule } = decision;
      if (!rule.benefit) return { measureId, outcome: rule.outcome, reason: rule.reason, unanswered: [] };
      const { result, unanswered } = benefitResult(rule.benefit, answers, wording);
      return { measureId, outcome: rule.outcome, reason: rule.reason, benefit: result, unanswered };
    }
  }
}

/**
 * Evaluates a measure for an enterprise on a day. `ended` when one of the measure's dated stages is
 * over on `today` (Shanghai calendar day), with a reason naming the stage and its end; otherwise
 * the first rule whose condition holds decides.
 */
export function evaluateMeasure(
  measure: Measure,
  answers: Answers,
  today: Date | string,
  wording: Wording,
): Evaluation {
  if (statusOn(measure, today) === 'ended') {
    const reason = endedStages(measure, today)
      .map((stage) =>
        fill(wording.eligibilityTexts.evaluation.ended, {
          what: stage.what.replace(/[。;,.]+$/, ''),
          until: formatDate(stage.until ?? toShanghaiDay(today), wording.lang),
        }),
      )
      .join(wording.lang === 'en' ? ' ' : '');
    return { measureId: measure.id, outcome: 'ended', reason, unanswered: [] };
  }
  return evaluateRules(measure, answers, wording);
}

// ---------------------------------------------------------------------------------------------
// Which questions to ask

/** Adds the questions the askIf of each listed question tests, so askIf can be decided. */
function withAskIfDependencies(ids: Set<string>, questions: readonly EligibilityQuestion[]): Set<string> {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const pending = [...ids];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const askIf = byId.get(id)?.askIf;
    if (!askIf) continue;
    for (const dependency of questionsIn(askIf))
      if (!ids.has(dependency)) {
        ids.add(dependency);
        pending.push(dependency);
      }
  }
  return ids;
}

/**
 * The distinct questions these measures ask (their `asks`, the questions their rules and benefits
 * test, and what those questions' askIf needs), in the order of knowledge/eligibility.yaml.
 */
export function questionsFor(
  measures: readonly Measure[],
  questions: readonly EligibilityQuestion[],
): EligibilityQuestion[] {
  const ids = new Set<string>();
  for (const measure of measures) {
    const eligibility = measure.eligibility;
    if (!eligibility) continue;
    eligibility.asks.forEach((id) => ids.add(id));
    for (const rule of eligibility.rules) {
      if (rule.when) questionsIn(rule.when).forEach((id) => ids.add(id));
      if (rule.benefit?.kind === 'percent-of') ids.add(rule.benefit.question);
    }
  }
  withAskIfDependencies(ids, questions);
  return questions.filter((q) => ids.has(q.id));
}

/** The ids of the questions one measure asks (what its result is worked out from). */
export function questionIdsFor(measure: Measure, questions: readonly EligibilityQuestion[]): Set<string> {
  return new Set(questionsFor([measure], questions).map((q) => q.id));
}

export interface NextQuestionOptions {
  /** Leave out measures that have ended on this day: their answers change nothing. */
  today?: Date | string;
  /** Questions not to ask again (the user skipped them or could not answer). */
  skip?: Iterable<string>;
}

/**
 * The questions whose answers can still change an outcome or an amount: for each measure still
 * `unknown`, the questions that would decide it; for a measure whose amount is computed from an
 * answer, that answer.
 */
export function openQuestionIds(
  measures: readonly Measure[],
  questions: readonly EligibilityQuestion[],
  answers: Answers,
  today?: Date | string,
): Set<string> {
  const ids = new Set<string>();
  for (const measure of measures) {
    if (!measure.eligibility) continue;
    if (today !== undefined && statusOn(measure, today) === 'ended') continue;
    unansweredFor(decide(measure, answers), answers).forEach((id) => ids.add(id));
  }
  return withAskIfDependencies(ids, questions);
}

/**
 * The next question of a check-up: the first question, in the order of knowledge/eligibility.yaml,
 * that is not answered or skipped, whose askIf holds, and whose answer can still change the outcome
 * or the amount of one of the measures. A question is asked once: once answered (or skipped) it
 * never comes back, and a question that can no longer matter (研发投入 after “不是高新技术企业”) is
 * not asked at all. Undefined when the check-up is complete.
 */
export function nextQuestion(
  measures: readonly Measure[],
  questions: readonly EligibilityQuestion[],
  answers: Answers,
  options: NextQuestionOptions = {},
): EligibilityQuestion | undefined {
  const open = openQuestionIds(measures, questions, answers, options.today);
  const skip = new Set(options.skip ?? []);
  return questions.find(
    (q) =>
      open.has(q.id) &&
      !isAnswered(answers, q.id) &&
      !skip.has(q.id) &&
      (!q.askIf || evaluateCondition(q.askIf, answers) === true),
  );
}
