/**
 * "Propose on GitHub": GitHub's new-file page with the file name and text
 * prefilled (`https://github.com/<owner>/<repo>/new/<branch>/<folder>?filename=…&value=…`).
 * Browsers and GitHub refuse very long addresses, so above a limit the form
 * offers Copy and Download instead.
 */

/** Longest address offered as a link, in characters (about 8 KB; GitHub answers 414 well before browsers' limits). */
export const MAX_PROPOSE_URL_LENGTH = 8000;

/** The link to GitHub, or why there is none. */
export type ProposeLink =
  {ok: true; url: string} | {ok: false; reason: 'too-long'; length: number; max: number};

/**
 * Builds the GitHub new-file link for a generated file.
 * @param repositoryUrl - e.g. `https://github.com/sanctuary-commons/sanctuary-commons` (a trailing slash is ignored)
 * @param branch - target branch, e.g. `main`
 * @param filePath - path inside the repository, e.g. `directory/chicago/new-org.yml`
 * @param text - the file's content
 * @param max - longest acceptable link (default {@link MAX_PROPOSE_URL_LENGTH})
 * @returns the link, or `too-long` with the length it would have had
 * @throws TypeError when `repositoryUrl` is not an absolute URL
 */
export function buildProposeLink(
  repositoryUrl: string,
  branch: string,
  filePath: string,
  text: string,
  max = MAX_PROPOSE_URL_LENGTH,
): ProposeLink {
  const slash = filePath.lastIndexOf('/');
  const folder = slash >= 0 ? filePath.slice(0, slash) : '';
  const filename = filePath.slice(slash + 1);
  const base = repositoryUrl.replace(/\/+$/, '');
  const folderPath = [branch, ...folder.split('/').filter(Boolean)]
    .map(encodeURIComponent)
    .join('/');
  // Validates the base; %20 rather than URLSearchParams' "+" keeps spaces unambiguous.
  const href = `${new URL(`${base}/new/${folderPath}`).toString()}?filename=${encodeURIComponent(filename)}&value=${encodeURIComponent(text)}`;
  return href.length > max
    ? {ok: false, reason: 'too-long', length: href.length, max}
    : {ok: true, url: href};
}
