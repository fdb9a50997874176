// What a conversation remembers from the answer it just gave, for the next message: the measure it
// was about (这个, 怎么申请), the list it showed in its order (第二个, the last one), and how many
// answers in a row could not help (the second offers a person).
import type { Answer } from '../answers/answer.js';
import type { ConversationContext } from './respond.js';

export function afterAnswer(context: ConversationContext, answer: Answer): ConversationContext {
  const next: ConversationContext = { ...context };
  const declined = answer.type === 'declined' || answer.type === 'partial';
  next.declinesInARow = declined ? (context.declinesInARow ?? 0) + 1 : 0;
  const list = listOf(answer);
  if (list) next.lastList = list;
  // After a decline, the list before it is no longer what the conversation is about: a list with a
  // decline before it is what may still help (a partial answer), nothing older.
  else if (answer.type === 'declined') delete next.lastList;
  const measure = measureOf(answer);
  if (measure) next.lastMeasureId = measure;
  return next;
}

/** The measures an answer lists, in the order shown; undefined when it lists none. */
function listOf(answer: Answer): string[] | undefined {
  switch (answer.type) {
    // 先说小升规 of two named: the one answered, then the others (另外那个 / 第二个 picks them).
    case 'measure':
      return answer.alsoNamed ? [answer.measure.id, ...answer.alsoNamed.map((m) => m.id)] : undefined;
    case 'ambiguous':
    case 'area':
      return answer.measures.map((m) => m.id);
    case 'overview':
      return answer.areas.flatMap((a) => a.measures.map((m) => m.id));
    case 'glossary':
      return answer.related.length > 0 ? answer.related.map((m) => m.id) : undefined;
    case 'partial':
      return answer.mayHelp.map((b) => b.measure.id);
    case 'several':
      return answer.sections.flatMap((s) =>
        s.kind === 'measure'
          ? [s.answer.measure.id]
          : s.kind === 'group'
            ? s.measures.map((b) => b.measure.id)
            : [],
      );
    case 'compare':
      return answer.pair.map((m) => m.measure.id);
    case 'status-list':
      return [...answer.ended, ...answer.targetPassed, ...answer.inForce, ...answer.undated].map(
        (b) => b.measure.id,
      );
    default:
      return undefined;
  }
}

/** The one measure an answer is about, if it is about one. */
function measureOf(answer: Answer): string | undefined {
  switch (answer.type) {
    case 'measure':
      return answer.measure.id;
    case 'glossary':
      return answer.related.length === 1 ? answer.related[0]!.id : undefined;
    case 'several': {
      const measures = answer.sections.filter((s) => s.kind === 'measure');
      return measures.length === 1 && measures[0]!.kind === 'measure'
        ? measures[0]!.answer.measure.id
        : undefined;
    }
    default:
      return undefined;
  }
}
