/**
 * Lighthouse (pinned to 12.2.3, the last release for Node 20) with its
 * default mobile emulation and throttling, on Debian's Chromium.
 */
import {CHROMIUM, CHROMIUM_ARGS, chromiumMissingMessage} from '../browser/chromium';
import fs from 'node:fs';

/** Category scores, 0–100. */
export type LighthouseScores = {
  route: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
};

/**
 * Audits each route with Lighthouse in one Chromium.
 * @param origin - the served build (serve it with gzip, as a host would)
 * @param routes - paths to audit
 * @throws Error when Chromium is missing or Lighthouse returns no result
 */
export async function runLighthouse(
  origin: string,
  routes: readonly string[],
): Promise<LighthouseScores[]> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(chromiumMissingMessage());
  const {launch} = await import('chrome-launcher');
  const {default: lighthouse} = await import('lighthouse');
  const chrome = await launch({chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS});
  try {
    const scores: LighthouseScores[] = [];
    for (const route of routes) {
      const result = await lighthouse(`${origin}${route}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`Lighthouse returned no result for ${route}.`);
      // A failed audit (page did not load, Chromium crashed) scores 0 everywhere: report it as a failure, not as scores.
      if (result.lhr.runtimeError)
        throw new Error(
          `Lighthouse could not audit ${route}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`,
        );
      const score = (id: string) => Math.round((result.lhr.categories[id]?.score ?? 0) * 100);
      scores.push({
        route,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
      });
    }
    return scores;
  } finally {
    await chrome.kill();
  }
}
