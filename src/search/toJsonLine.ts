// The wire form of a search result shared by `yiqi search --jsonl` and GET /api/search:
// {"q","answered","kind","matches":[{"id","score"}]} (plus "area" for an area answer).
import type { SearchResult } from './searchEngine.js';

export interface SearchJson {
  q: string;
  answered: boolean;
  kind: SearchResult['kind'];
  matches: { id: string; score: number }[];
  area?: string;
}

export function toJson(q: string, r: SearchResult): SearchJson {
  const json: SearchJson = {
    q,
    answered: r.answered,
    kind: r.kind,
    matches: r.matches.map(({ id, score }) => ({ id, score })),
  };
  if (r.area) json.area = r.area;
  return json;
}

export function toJsonLine(q: string, r: SearchResult): string {
  return JSON.stringify(toJson(q, r));
}
