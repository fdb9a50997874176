// The services every turn uses, from the knowledge base and a clock: matching, the responder,
// the maintainers' log, the logger and the personal-data registry.
import type { MaintainerLog } from '../feedback/maintainerLog.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import { Responder } from '../conversation/respond.js';
import type { Logger } from '../log/logger.js';
import { PersonalDataRegistry } from '../privacy/personalData.js';
import { SearchEngine } from '../search/searchEngine.js';
import type { TurnServices } from './turnServices.js';

export function createServices(
  kb: KnowledgeBase,
  today: () => string,
  maintainerLog: MaintainerLog,
  logger: Logger,
  personalData: PersonalDataRegistry = new PersonalDataRegistry(),
): TurnServices & { engine: SearchEngine } {
  const engine = new SearchEngine(kb);
  return {
    kb,
    engine,
    responder: new Responder({ kb, engine, today }),
    maintainerLog,
    logger,
    personalData,
    today,
  };
}
