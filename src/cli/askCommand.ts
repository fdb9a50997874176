// `yiqi ask "问题"`: one question, one answer as text — the same decision the bot makes.
import { renderAnswerText } from '../answers/renderText.js';
import { composeMeasureAnswer, composePersonAnswer } from '../answers/composeAnswer.js';
import { createServices } from '../bot/createServices.js';
import { MemoryMaintainerLog } from '../feedback/maintainerLog.js';
import { loadKnowledge } from '../kb/loadKnowledge.js';
import { silentLogger } from '../log/logger.js';
import type { CliIo } from './cliIo.js';
import { today } from './today.js';

export function askCommand(args: readonly string[], io: CliIo): number {
  const question = args.join(' ').trim();
  if (!question) {
    io.err('usage: yiqi ask "问题"\n');
    return 2;
  }
  const { kb, responder } = createServices(loadKnowledge(), today, new MemoryMaintainerLog(), silentLogger);
  const response = responder.respond(question);
  switch (response.kind) {
    case 'answer':
      io.out(renderAnswerText(kb, response.answer) + '\n');
      return response.answer.type === 'declined' || response.answer.type === 'partial' ? 1 : 0;
    case 'start-eligibility': {
      const measure = kb.measureById.get(response.measureId)!;
      io.out(renderAnswerText(kb, composeMeasureAnswer(kb, measure, today(), 'conditions')) + '\n');
      io.out('\n(逐项测算请运行 yiqi chat 或 yiqi checkup)\n');
      return 0;
    }
    case 'handoff':
      io.out(renderAnswerText(kb, composePersonAnswer(kb, response.reason)) + '\n');
      return 0;
    case 'start-checkup':
      io.out('政策体检需要回答几个问题,请运行 yiqi checkup(或 yiqi chat 后输入“政策体检”)。\n');
      return 0;
    case 'cancel':
    case 'restart':
      io.out(kb.replies.help + '\n');
      return 0;
  }
}
