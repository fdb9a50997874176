// `yiqi ask "问题"`: one question, one answer as text — the same decision the bot makes, in the
// question's language. An eligibility question whose message states every fact it needs (我们不是
// 高企…能拿研发奖励吗) gets its result; otherwise the conditions, and where to run the check.
import { renderAnswerText } from '../answers/renderText.js';
import { composeMeasureAnswer, composePersonAnswer } from '../answers/composeAnswer.js';
import { evaluationActivity } from '../bot/cards/eligibilityCards.js';
import { createServices } from '../bot/createServices.js';
import { messageLanguage } from '../conversation/messageLanguage.js';
import { evaluateMeasure, questionIdsFor } from '../eligibility/evaluateMeasure.js';
import { MemoryMaintainerLog } from '../feedback/maintainerLog.js';
import { kbIn } from '../kb/language.js';
import { loadKnowledge } from '../kb/loadKnowledge.js';
import { silentLogger } from '../log/logger.js';
import type { CliIo } from './cliIo.js';
import { TERMINAL_CHANNEL } from './TerminalAdapter.js';
import { today } from './today.js';

export function askCommand(args: readonly string[], io: CliIo): number {
  const question = args.join(' ').trim();
  if (!question) {
    io.err('usage: yiqi ask "问题"\n');
    return 2;
  }
  const services = createServices(loadKnowledge(), today, new MemoryMaintainerLog(), silentLogger);
  const lang = messageLanguage(question) ?? 'zh';
  const kb = kbIn(services.kb, lang);
  const response = services.responder.respond(question, { lang });
  switch (response.kind) {
    case 'answer':
      io.out(renderAnswerText(kb, response.answer) + '\n');
      return response.answer.type === 'declined' || response.answer.type === 'partial' ? 1 : 0;
    case 'start-eligibility': {
      const measure = kb.measureById.get(response.measureId)!;
      const facts = response.facts ?? {};
      const evaluation = evaluateMeasure(measure, facts, today(), kb);
      if (Object.keys(facts).length > 0 && evaluation.outcome !== 'unknown') {
        const relevant = questionIdsFor(measure, kb.questions);
        const result = evaluationActivity(kb, measure, evaluation, facts, relevant, TERMINAL_CHANNEL);
        io.out(`${result.text ?? ''}\n`);
        return 0;
      }
      io.out(renderAnswerText(kb, composeMeasureAnswer(kb, measure, today(), 'conditions')) + '\n');
      io.out(`\n${kb.replies.cli.checkInChat}\n`);
      return 0;
    }
    case 'handoff':
      if (response.also) io.out(renderAnswerText(kb, response.also) + '\n\n');
      io.out(renderAnswerText(kb, composePersonAnswer(kb, response.reason, response.asksNumber)) + '\n');
      return 0;
    case 'start-checkup':
      io.out(`${kb.replies.cli.checkupInCli}\n`);
      return 0;
    // A single question has no earlier result to explain (why-questions need a conversation).
    case 'explain-result':
    case 'cancel':
    case 'restart':
      io.out(kb.replies.help + '\n');
      return 0;
  }
}
