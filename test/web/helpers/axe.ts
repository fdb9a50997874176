// axe-core in the page under test: injected from node_modules (the page's CSP allows only its own
// scripts, so the browser context that runs it is opened with bypassCSP), run with the WCAG 2.1
// A and AA rules. Each violation comes back as one readable line.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../helpers/paths.js';

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

const AXE = join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js');

/** The WCAG 2.1 AA violations on the page as it is now: "rule (impact): selector — summary". */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(`axe
    .run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_21_AA)} } })
    .then((result) =>
      result.violations.flatMap((v) =>
        v.nodes.map((n) => v.id + ' (' + v.impact + '): ' + n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ')),
      ),
    )`);
}
