import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {ARCHIVE_FILE, ARCHIVE_ROOT, BundleError, createBundle} from '../createBundle';
import {allowedSignersText, MANIFEST_FILE, verifyCommand} from '../signing';

/**
 * `npm run bundle` on a small built site: the archive holds the site, its
 * manifest and an nginx configuration; signed with a throwaway key made
 * here, it is checked by one `ssh-keygen -Y verify` command with the
 * allowed_signers file the site publishes, and an unpacked copy by `sha256sum -c`.
 */
const PRINCIPAL = 'maintainers@sanctuary-commons';
let work: string;
let site: string;
let key: string;

function run(command: string, cwd: string): {status: number | null; output: string} {
  const result = spawnSync('bash', ['-c', command], {cwd, encoding: 'utf8'});
  return {status: result.status, output: `${result.stdout}${result.stderr}`};
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-bundle-test-'));
  site = path.join(work, 'build');
  fs.mkdirSync(path.join(site, 'directory'), {recursive: true});
  fs.mkdirSync(path.join(site, 'assets/js'), {recursive: true});
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>Home</title>');
  fs.writeFileSync(path.join(site, '404.html'), '<!doctype html><title>Not found</title>');
  fs.writeFileSync(
    path.join(site, 'directory/chicago.html'),
    '<!doctype html><title>Chicago</title>',
  );
  fs.writeFileSync(path.join(site, 'assets/js/main.js'), 'console.log(1)');
  fs.writeFileSync(
    path.join(site, '_headers'),
    "/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n",
  );
  key = path.join(work, 'maintainer');
  const made = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'test', '-f', key]);
  expect(made.status).toBe(0);
});

afterAll(() => fs.rmSync(work, {recursive: true, force: true}));

it('writes a signed archive that one ssh-keygen command verifies, and an unpacked copy that sha256sum checks', async () => {
  const out = path.join(work, 'signed');
  const result = await createBundle({
    siteDir: site,
    outDir: out,
    baseUrl: '/commons/',
    signingKey: key,
    commit: 'abc123',
    now: new Date('2026-03-01T12:00:00Z'),
  });
  expect(result.weight).toEqual({
    files: 5,
    bytes: expect.any(Number),
    largestFileBytes: expect.any(Number),
  });
  expect(result.fits.find((fit) => fit.host.startsWith('Cloudflare'))).toMatchObject({fits: true});
  expect(fs.existsSync(`${result.archive}.sig`)).toBe(true);

  // The site publishes its maintainers' keys as allowed_signers (src/plugins/mirrors).
  const publicKey = fs.readFileSync(`${key}.pub`, 'utf8').trim();
  fs.writeFileSync(
    path.join(out, 'allowed_signers'),
    allowedSignersText([{principal: PRINCIPAL, key: publicKey, since: '2026-01-01'}])!,
  );
  const verified = run(verifyCommand(PRINCIPAL, ARCHIVE_FILE), out);
  expect(verified).toEqual({
    status: 0,
    output: expect.stringContaining('Good "sanctuary-commons-site" signature'),
  });
  expect(run(verifyCommand(PRINCIPAL, MANIFEST_FILE), out).status).toBe(0);
  // Another principal, or a changed archive, is refused.
  expect(run(verifyCommand('someone@else', ARCHIVE_FILE), out).status).not.toBe(0);
  fs.copyFileSync(result.archive, path.join(out, 'copy.tar.gz'));
  fs.appendFileSync(path.join(out, 'copy.tar.gz'), 'x');
  fs.copyFileSync(`${result.archive}.sig`, path.join(out, 'copy.tar.gz.sig'));
  expect(run(verifyCommand(PRINCIPAL, 'copy.tar.gz'), out).status).not.toBe(0);

  const unpacked = path.join(work, 'unpacked');
  fs.mkdirSync(unpacked);
  expect(run(`tar -xzf ${JSON.stringify(result.archive)}`, unpacked).status).toBe(0);
  const root = path.join(unpacked, ARCHIVE_ROOT);
  expect(fs.readdirSync(root).sort()).toEqual([
    'SHA256SUMS',
    'SHA256SUMS.sig',
    'nginx.conf',
    'site',
  ]);
  const check = run('sha256sum --strict -c ../SHA256SUMS', path.join(root, 'site'));
  expect(check.status).toBe(0);
  expect(check.output.trim().split('\n')).toHaveLength(5);
  const manifest = fs.readFileSync(path.join(root, 'SHA256SUMS'), 'utf8');
  expect(manifest).toContain(
    '# Built 2026-03-01T12:00:00.000Z from commit abc123, for the base path /commons/.',
  );
  expect(fs.readFileSync(path.join(root, 'nginx.conf'), 'utf8')).toContain(
    'add_header Content-Security-Policy "default-src \'self\'" always;',
  );
  // A changed file no longer matches.
  fs.appendFileSync(path.join(root, 'site/directory/chicago.html'), '<script>');
  expect(run('sha256sum -c ../SHA256SUMS', path.join(root, 'site')).status).not.toBe(0);
});

it('without a key writes no signature, and removes one left by an earlier run', async () => {
  const out = path.join(work, 'unsigned');
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, `${ARCHIVE_FILE}.sig`), 'old');
  const result = await createBundle({siteDir: site, outDir: out, baseUrl: '/'});
  expect(result.signatures).toEqual([]);
  expect(fs.readdirSync(out).sort()).toEqual([MANIFEST_FILE, ARCHIVE_FILE].sort());
});

it('refuses a site that is not a finished build, or holds a symbolic link', async () => {
  const unfinished = path.join(work, 'unfinished');
  fs.cpSync(site, unfinished, {recursive: true});
  fs.writeFileSync(
    path.join(unfinished, '_headers'),
    '/*\n  Content-Security-Policy: SANCTUARY_CONTENT_SECURITY_POLICY\n',
  );
  await expect(
    createBundle({siteDir: unfinished, outDir: path.join(work, 'x'), baseUrl: '/'}),
  ).rejects.toThrow(BundleError);
  await expect(
    createBundle({siteDir: path.join(work, 'nothing'), outDir: path.join(work, 'x'), baseUrl: '/'}),
  ).rejects.toThrow(/no index.html/);
  const linked = path.join(work, 'linked');
  fs.cpSync(site, linked, {recursive: true});
  fs.symlinkSync('/etc/passwd', path.join(linked, 'passwd.html'));
  await expect(
    createBundle({siteDir: linked, outDir: path.join(work, 'x'), baseUrl: '/'}),
  ).rejects.toThrow(/symbolic link/);
});
