import {createHash} from 'node:crypto';

/**
 * The revision a translation records in `translated_from_revision`: the Git
 * blob id of the original file, i.e. what `git hash-object <file>` prints
 * (SHA-1 of `"blob <bytes>\0" + content`, per Git's object format,
 * https://git-scm.com/book/en/v2/Git-Internals-Git-Objects). It depends only
 * on the file's bytes, so it works without Git and in shallow clones, and a
 * translator can still run `git diff <old> <new>` between two revisions.
 * @param content - the original file's content (UTF-8 string or raw bytes)
 * @returns 40 lowercase hexadecimal characters
 */
export function gitBlobId(content: string | Buffer): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
