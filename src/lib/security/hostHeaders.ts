/**
 * The security headers of a built site, read from its `_headers` file (the
 * one the build fills in from src/lib/security/contentSecurityPolicy.ts,
 * Netlify / Cloudflare Pages format) with Netlify's own parser, so every
 * other host's configuration (nginx, src/lib/security/nginxConfig.ts) is
 * generated from that one file: there is no second copy of the policy.
 */
import {promises as fs} from 'node:fs';

/** One rule of `_headers`: a path pattern and its headers, in file order. */
export type HeaderRule = {path: string; headers: [name: string, value: string][]};

/**
 * Parses `_headers` text.
 * @param text - the file's content
 * @returns the rules, or the parser's errors as sentences
 */
export async function parseHeadersFile(
  text: string,
): Promise<{rules: HeaderRule[]; errors: string[]}> {
  const {parseAllHeaders} = await import('@netlify/headers-parser');
  const dir = await fs.mkdtemp(`${(await import('node:os')).tmpdir()}/sc-headers-`);
  try {
    const file = `${dir}/_headers`;
    await fs.writeFile(file, text);
    const {headers, errors} = await parseAllHeaders({
      headersFiles: [file],
      configHeaders: [],
      minimal: true,
    });
    return {
      rules: headers.map((rule) => ({
        path: rule.for,
        headers: Object.entries(rule.values).map(
          ([name, value]) => [name, String(value)] as [string, string],
        ),
      })),
      errors: errors.map((error) => error.message),
    };
  } finally {
    await fs.rm(dir, {recursive: true, force: true});
  }
}
