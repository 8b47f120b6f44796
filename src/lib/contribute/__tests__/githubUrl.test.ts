import {buildProposeLink, MAX_PROPOSE_URL_LENGTH} from '../githubUrl';

describe('buildProposeLink', () => {
  const repo = 'https://github.com/sanctuary-commons/sanctuary-commons/';
  it("opens GitHub's new-file page in the file's folder with the name and the exact text", () => {
    const text = 'name: Café & Co\nsummary:\n  en: "a+b = c #1"\n';
    const link = buildProposeLink(repo, 'main', 'directory/chicago/cafe-co.yml', text);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    const url = new URL(link.url);
    expect(`${url.origin}${url.pathname}`).toBe(
      'https://github.com/sanctuary-commons/sanctuary-commons/new/main/directory/chicago',
    );
    expect(url.searchParams.get('filename')).toBe('cafe-co.yml');
    expect(url.searchParams.get('value')).toBe(text);
    // Spaces as %20, never "+", which some decoders keep as a plus sign.
    expect(link.url).not.toContain('+');
  });
  it('refuses a link longer than the limit and says how long it would be', () => {
    const text = 'x'.repeat(MAX_PROPOSE_URL_LENGTH);
    const link = buildProposeLink(repo, 'main', 'docs/playbooks/health/long.md', text);
    expect(link).toEqual({
      ok: false,
      reason: 'too-long',
      length: expect.any(Number),
      max: MAX_PROPOSE_URL_LENGTH,
    });
    if (!link.ok) expect(link.length).toBeGreaterThan(MAX_PROPOSE_URL_LENGTH);
  });
  it('counts the encoded length (non-ASCII text grows when encoded)', () => {
    const text = 'é'.repeat(1500); // 1,500 characters, 9,000 once percent-encoded
    expect(buildProposeLink(repo, 'main', 'a/b.md', text).ok).toBe(false);
    expect(buildProposeLink(repo, 'main', 'a/b.md', 'e'.repeat(1500)).ok).toBe(true);
  });
  it('throws on a repository address that is not a URL', () => {
    expect(() => buildProposeLink('not a url', 'main', 'a/b.md', '')).toThrow(/Invalid URL/);
  });
});
