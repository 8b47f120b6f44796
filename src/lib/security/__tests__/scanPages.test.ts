import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {MAX_WORKERS, runTypeScriptWorker, workerCount} from '../../typescriptWorker';
import {
  pageLocation,
  scanPageFiles,
  scanPageFilesOnEveryCore,
  type ScanSettings,
} from '../scanPages';

const SETTINGS: ScanSettings = {
  baseUrl: '/es/',
  siteOrigin: 'https://site.example',
  connectOrigins: ['https://search.example'],
};

/** A page; every seventh carries two flaws (an event handler and a `javascript:` link). */
function page(index: number): string {
  const flawed = index % 7 === 0;
  const body = flawed
    ? `<p onclick="steal()">Page ${index}</p><a href="javascript:alert(1)">x</a>`
    : `<p>Page ${index}</p><a href="/es/docs/other">other</a>`;
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>${index}</title><script>document.documentElement.dataset.theme="light"</script></head><body>${body}</body></html>`;
}

describe('scanning pages on every core', () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-scan-'));
  const files = Array.from(
    {length: 420},
    (_, index) => `docs/section-${index % 5}/page-${index}.html`,
  );
  for (const [index, file] of files.entries()) {
    fs.mkdirSync(path.dirname(path.join(outDir, file)), {recursive: true});
    fs.writeFileSync(path.join(outDir, file), page(index));
  }

  it('gives, in the order given, exactly the scans of one thread', async () => {
    // Few pages: no worker is started for them.
    expect((await scanPageFilesOnEveryCore(outDir, files.slice(0, 150), SETTINGS, 2)).threads).toBe(
      1,
    );
    const here = scanPageFiles(outDir, files, SETTINGS);
    const {pages: everywhere, threads} = await scanPageFilesOnEveryCore(outDir, files, SETTINGS, 2);
    expect(threads).toBe(2);
    expect(everywhere).toEqual(here);
    expect(everywhere.map((scanned) => scanned.file)).toEqual(files);
    // The flaws are found wherever the page was scanned: 60 flawed pages, two flaws each.
    const flaws = (scanned: (typeof everywhere)[number]) =>
      scanned.scan.findings.filter((finding) => finding.rule !== 'csp-meta');
    const flawed = everywhere.filter((scanned) => flaws(scanned).length > 0);
    expect(flawed).toHaveLength(60);
    expect(flawed.every((scanned) => flaws(scanned).length === 2)).toBe(true);
    expect(everywhere.every((scanned) => scanned.scan.inlineScripts.length === 1)).toBe(true);
  });

  it('places every page on the site, whatever its file name', () => {
    for (const name of [
      '\\evil.example\\x.html',
      '//evil.example/x.html',
      'a b/%2e%2e/?#.html',
      '\ud800.html',
    ]) {
      const {pageUrl} = pageLocation(name, SETTINGS);
      expect(pageUrl.origin).toBe(SETTINGS.siteOrigin);
      expect(pageUrl.pathname.startsWith('/es/')).toBe(true);
    }
    // So another site's image on such a page is still another site's.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-scan-name-'));
    const name = '\\evil.example\\x.html';
    fs.writeFileSync(
      path.join(dir, name),
      '<!doctype html><html><head><meta charset="utf-8"></head><body><img src="https://evil.example/p.png" alt=""></body></html>',
    );
    const [scanned] = scanPageFiles(dir, [name], SETTINGS);
    expect(scanned!.scan.findings.map((finding) => finding.rule)).toContain('remote-resource');
  });

  it('starts at most MAX_WORKERS workers, however many cores are reported', async () => {
    expect(workerCount(64)).toBe(MAX_WORKERS);
    expect(workerCount(0)).toBe(1);
    const {pages, threads} = await scanPageFilesOnEveryCore(outDir, files, SETTINGS, 64);
    expect(threads).toBe(MAX_WORKERS);
    expect(pages).toEqual(scanPageFiles(outDir, files, SETTINGS));
  });

  it('reports an unreadable page, whichever thread reads it', async () => {
    await expect(
      scanPageFilesOnEveryCore(outDir, [...files, 'docs/missing.html'], SETTINGS, 2),
    ).rejects.toThrow(/ENOENT.*missing\.html/);
  });

  it('runs a worker module and rejects when it fails', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-worker-'));
    const failing = path.join(dir, 'failing.ts');
    fs.writeFileSync(failing, "throw new Error('worker failed on purpose');\n");
    await expect(runTypeScriptWorker(failing, {})).rejects.toThrow('worker failed on purpose');
    const silent = path.join(dir, 'silent.ts');
    fs.writeFileSync(silent, 'export const nothing = 0;\n');
    await expect(runTypeScriptWorker(silent, {})).rejects.toThrow(/before answering/);
  });
});
