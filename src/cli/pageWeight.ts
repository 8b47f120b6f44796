/**
 * `npx tsx src/cli/pageWeight.ts <build folder> <route> [<route>…]`
 *
 * What a first visit to built pages transfers, in Chromium, with the build
 * served gzip-compressed as a static host serves it (the benchmark's own
 * measurement, `src/bench/pageWeight.ts`, on any build and routes). Prints one
 * line per route: compressed JavaScript, compressed total, the number of
 * responses, and what Docusaurus prefetches at idle priority for the links in
 * view. Exit code 1 when a page requests another host, 2 on bad usage.
 */
import path from 'node:path';
import {launchChromium} from '../browser/chromium';
import {serve} from '../browser/staticServer';
import {measurePageWeights} from '../bench/pageWeight';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main(): Promise<number> {
  const [outDir, ...routes] = process.argv.slice(2);
  if (!outDir || routes.length === 0) {
    console.error('Usage: npx tsx src/cli/pageWeight.ts <build folder> <route> [<route>…]');
    return 2;
  }
  const site = await serve(path.resolve(outDir), {gzip: true});
  const browser = await launchChromium();
  try {
    const weights = await measurePageWeights(browser, site.origin, routes);
    for (const weight of weights) {
      console.log(
        `${weight.route}\tJS ${kib(weight.jsBytes)} gzip\ttotal ${kib(weight.totalBytes)} gzip\t${weight.requests} responses\t(+ ${kib(weight.prefetchBytes)} idle prefetch of linked routes)`,
      );
      for (const url of weight.offSite)
        console.error(`off-site request from ${weight.route}: ${url}`);
    }
    return weights.some((weight) => weight.offSite.length > 0) ? 1 : 0;
  } finally {
    await browser.close();
    await site.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
