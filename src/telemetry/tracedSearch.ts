// A search engine whose searches are spans and are timed: what was found (kind, confidence, the top
// measure's id, why a question was declined), never the question.
import { type Attributes, SpanKind } from '@opentelemetry/api';
import type { SearchEngine, SearchResult } from '../search/searchEngine.js';
import { errorType, inSpanSync } from './inSpan.js';
import { ATTR, instruments, SPAN } from './instruments.js';

function resultAttributes(result: SearchResult): Attributes {
  const attributes: Attributes = {
    [ATTR.searchKind]: result.kind,
    [ATTR.searchAnswered]: result.answered,
    [ATTR.searchConfidence]: result.confidence,
    [ATTR.searchMatches]: result.matches.length,
  };
  if (result.declined) attributes[ATTR.searchDeclined] = result.declined;
  const top = result.matches[0];
  if (top && result.kind === 'measure') attributes[ATTR.searchMeasureId] = top.id;
  return attributes;
}

/** The same engine (same index, same methods), its `search` traced. */
export function traceSearch(engine: SearchEngine): SearchEngine {
  const traced = Object.create(engine) as SearchEngine;
  traced.search = (query: string) =>
    inSpanSync(
      SPAN.search,
      { kind: SpanKind.INTERNAL },
      (span) => {
        const result = engine.search(query);
        if (span.isRecording()) span.setAttributes(resultAttributes(result));
        return result;
      },
      (ms, err) => instruments().searchDuration.record(ms, err ? { [ATTR.errorType]: errorType(err) } : {}),
    );
  return traced;
}
