// Pages kept in memory, rendered once per (page, day): status badges depend on the day, nothing
// else changes while the server runs. The keys are the fixed pages of each language (28 measures,
// the list, privacy, terms), so the cache stays small without an eviction policy.
import { renderedPage, type RenderedPage } from './pageResponse.js';

export class DailyPageCache {
  private readonly pages = new Map<string, { day: string; page: RenderedPage }>();

  get(key: string, day: string, render: () => string): RenderedPage {
    const hit = this.pages.get(key);
    if (hit && hit.day === day) return hit.page;
    const page = renderedPage(render());
    this.pages.set(key, { day, page });
    return page;
  }

  get size(): number {
    return this.pages.size;
  }
}
