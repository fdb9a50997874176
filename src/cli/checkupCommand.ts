// `yiqi checkup`: the policy check-up in the terminal. Asks the profile questions one by one (reading
// one answer a line, so answers can also be piped in), re-prompts on an answer it cannot read, skips a
// question after three such answers or on 跳过/不知道, and prints the 服务包 as Markdown (or plain text).
// Prompts go to standard error, so standard output is only the 服务包. `--lang en` runs it in English
// (questions, re-prompts and the 服务包 from the English view of the knowledge base).
import { readAnswer } from '../eligibility/readAnswer.js';
import { isoDateSchema, type GlossaryEntry } from '../kb/schema.js';
import { kbIn, punctuation, type Lang } from '../kb/language.js';
import { loadKnowledge } from '../kb/loadKnowledge.js';
import { toShanghaiDay } from '../kb/statusOn.js';
import {
  compact,
  isSkipAnswer,
  nextQuestion,
  questionPrompt,
  runCheckup,
  servicePackageMarkdown,
  servicePackageText,
  type AnswerValue,
} from '../eligibility/index.js';
import { fill } from '../eligibility/texts.js';
import type { CliIo } from './cliIo.js';

/** Invalid answers to one question before it is skipped. */
export const MAX_ATTEMPTS = 3;

const USAGE = 'usage: yiqi checkup [--today YYYY-MM-DD] [--text] [--lang zh|en]\n';

/**
 * The glossary entry the text asks about, preferring the question's own term: a question naming a
 * term (什么是四上, 小巨人是什么意思?) or, when `bare` is set, just the term itself (四上).
 */
function askedTerm(
  text: string,
  entries: readonly GlossaryEntry[],
  bare: boolean,
): GlossaryEntry | undefined {
  const t = compact(text);
  const isQuestion = /什么|啥|意思|解释|\?|？|\bwhat\b|\bmean/i.test(text);
  return entries.find((entry) => {
    const names = [entry.term, ...entry.aliases].map(compact);
    if (bare && names.includes(t)) return true;
    return isQuestion && names.some((name) => name.length >= 2 && t.includes(name));
  });
}

export async function checkupCommand(args: readonly string[], io: CliIo): Promise<number> {
  let today: string = toShanghaiDay(new Date());
  let format: 'markdown' | 'text' = 'markdown';
  let lang: Lang = 'zh';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--text') format = 'text';
    else if (arg === '--lang' && (args[i + 1] === 'zh' || args[i + 1] === 'en')) lang = args[++i] as Lang;
    else if (arg === '--today' && isoDateSchema.safeParse(args[i + 1]).success) today = args[++i] ?? today;
    else {
      io.err(USAGE);
      return 2;
    }
  }

  const kb = kbIn(loadKnowledge(), lang);
  const texts = kb.eligibilityTexts;
  const colon = punctuation(kb.lang).colon;
  const measures = kb.measures.filter((m) => m.eligibility);
  const input = io.lines()[Symbol.asyncIterator]();
  const answers: Record<string, AnswerValue> = {};
  const skip = new Set<string>();

  io.err(`${texts.cli.intro}\n`);
  let asked = 0;
  let ended = false;
  for (
    let question = nextQuestion(measures, kb.questions, answers, { today, skip });
    question && !ended;
    question = nextQuestion(measures, kb.questions, answers, { today, skip })
  ) {
    asked += 1;
    io.err(`\n${fill(texts.cli.progress, { n: asked })}${questionPrompt(question, kb)}\n`);
    const ownTerm = kb.glossary.filter((g) => g.id === question?.glossary);
    const terms = [...ownTerm, ...kb.glossary.filter((g) => g.id !== question?.glossary)];
    for (let failures = 0; ;) {
      const line = await input.next();
      if (line.done) {
        ended = true;
        break;
      }
      const text = line.value;
      if (isSkipAnswer(text)) {
        skip.add(question.id);
        io.err(`${texts.cli.skipped}\n`);
        break;
      }
      // A question about a term is answered first (什么是小巨人 is not the answer 小巨人) …
      const about = askedTerm(text, terms, false);
      if (about) {
        io.err(`${about.term}${colon}${about.explanation}\n`);
        continue;
      }
      const result = readAnswer(question, text, kb);
      if (result.ok) {
        answers[question.id] = result.value;
        break;
      }
      // … and a bare term that is no answer (四上) is a question too.
      const named = askedTerm(text, terms, true);
      if (named) {
        io.err(`${named.term}${colon}${named.explanation}\n`);
        continue;
      }
      failures += 1;
      if (failures >= MAX_ATTEMPTS) {
        skip.add(question.id);
        io.err(`${fill(texts.cli.gaveUp, { count: MAX_ATTEMPTS })}\n`);
        break;
      }
      io.err(`${result.retry}\n`);
    }
  }
  await input.return?.();

  const pkg = runCheckup(measures, answers, today, kb);
  io.err('\n');
  io.out(format === 'text' ? servicePackageText(pkg, kb, today) : servicePackageMarkdown(pkg, kb, today));
  return 0;
}
