/**
 * Measures what a first visit to built pages transfers: every response the
 * page loads (HTML, CSS, JavaScript, data chunks, images), each gzip-compressed
 * at the default level as a static host would serve it, in a real Chromium.
 *
 * Usage: npx tsx src/cli/pageWeight.ts <build folder> <route> [<route>…]
 * e.g.   npx tsx src/cli/pageWeight.ts build / /compare/rapid-response
 * Prints one line per route: compressed JavaScript, compressed total and
 * the number of responses the page needs, then what Docusaurus prefetches
 * at idle priority for the links in view (not needed to show the page). Exit code 1 when a page requests another host.
 */
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {launchChromium, serve} from '../../tests/browser/harness';

async function main(): Promise<number> {
  const [outDir, ...routes] = process.argv.slice(2);
  if (!outDir || routes.length === 0) {
    console.error('Usage: npx tsx src/cli/pageWeight.ts <build folder> <route> [<route>…]');
    return 2;
  }
  const site = await serve(path.resolve(outDir));
  const browser = await launchChromium();
  let offSite = 0;
  try {
    for (const route of routes) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const pending: Promise<{url: string; js: boolean; prefetch: boolean; bytes: number}>[] = [];
      page.on('response', (response) => {
        const url = response.url();
        if (!url.startsWith(`${site.origin}/`)) {
          offSite += 1;
          console.error(`off-site request: ${url}`);
          return;
        }
        // Docusaurus <Link> prefetches the chunks of routes linked in the viewport (<link rel=prefetch>, idle priority): counted apart.
        const prefetch = response.request().resourceType() === 'other';
        pending.push(
          response.body().then(
            (body) => ({url, prefetch, js: /javascript/.test(response.headers()['content-type'] ?? '') || /\.js(\?|$)/.test(url), bytes: gzipSync(body).length}),
            () => ({url, prefetch, js: false, bytes: 0}),
          ),
        );
      });
      await page.goto(`${site.origin}${route}`, {waitUntil: 'networkidle'});
      // Hydration and idle prefetching go on after the load event: give them time to finish.
      await page.waitForTimeout(3000);
      await page.waitForLoadState('networkidle');
      const responses = await Promise.all(pending);
      await context.close();
      const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
      const sum = (list: typeof responses) => list.reduce((total, response) => total + response.bytes, 0);
      const loaded = responses.filter((response) => !response.prefetch);
      const prefetched = responses.filter((response) => response.prefetch);
      if (process.env.VERBOSE) for (const response of responses) console.log(`  ${response.prefetch ? 'prefetch' : 'load'}\t${(response.bytes / 1024).toFixed(1)}\t${response.url}`);
      console.log(
        `${route}\tJS ${kib(sum(loaded.filter((response) => response.js)))} gzip\ttotal ${kib(sum(loaded))} gzip\t${loaded.length} responses` +
          `\t(+ ${kib(sum(prefetched))} gzip idle prefetch of linked routes, ${prefetched.length} responses)`,
      );
    }
  } finally {
    await browser.close();
    await site.stop();
  }
  return offSite > 0 ? 1 : 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
