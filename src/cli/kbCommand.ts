// `yiqi kb check` and `yiqi kb export`: validate the knowledge base (including, when it has English,
// that the English is complete), or print it as one JSON document with its English fields.
import { KnowledgeError } from '../kb/knowledgeError.js';
import { loadKnowledge } from '../kb/loadKnowledge.js';
import type { CliIo } from './cliIo.js';

export function kbCommand(args: readonly string[], io: CliIo): number {
  const [sub, dir] = args;
  if (sub !== 'check' && sub !== 'export') {
    io.err('usage: yiqi kb check [knowledge-dir] | yiqi kb export [knowledge-dir]\n');
    return 2;
  }
  try {
    const kb = loadKnowledge(dir);
    if (sub === 'export') {
      // The data, not the lookup maps built from it.
      io.out(
        JSON.stringify(
          {
            version: kb.version,
            sources: kb.sources,
            areas: kb.areas,
            measures: kb.measures,
            synonyms: kb.synonyms,
            glossary: kb.glossary,
            notCovered: kb.notCovered,
            channels: kb.channels,
            eligibilityQuestions: kb.questions,
            replies: kb.replies,
            eligibilityTexts: kb.eligibilityTexts,
            // The items above carry their own `en` fields; the two texts files have English files.
            en: kb.en ? { replies: kb.en.replies, eligibilityTexts: kb.en.eligibilityTexts } : null,
            handoff: kb.handoff,
            satisfaction: kb.satisfaction,
          },
          null,
          2,
        ) + '\n',
      );
      return 0;
    }
    const facts = kb.measures.reduce((n, m) => n + m.facts.length, 0);
    const faqs = kb.measures.reduce((n, m) => n + m.faq.length, 0);
    const withRules = kb.measures.filter((m) => m.eligibility).length;
    io.out(
      `knowledge base OK (${kb.version}): ${kb.measures.length} measures in ${kb.areas.length} areas, ` +
        `${facts} facts, ${faqs} FAQs, ${kb.synonyms.length} synonym groups, ${kb.glossary.length} glossary terms, ${kb.notCovered.length} topics not covered, ` +
        `${withRules} measures with eligibility rules, ${kb.questions.length} profile questions; ` +
        (kb.en
          ? `English complete: every text of the ${kb.measures.length} measures, areas, channels, glossary, topics, questions, replies and eligibility texts\n`
          : 'no English (Chinese only)\n'),
    );
    return 0;
  } catch (err) {
    if (err instanceof KnowledgeError) {
      io.err(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
