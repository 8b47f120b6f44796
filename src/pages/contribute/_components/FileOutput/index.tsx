import React, {useState, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {buildProposeLink} from '@site/src/lib/contribute/githubUrl';
import styles from './styles.module.css';

/**
 * The generated file, shown for review, and the three ways out: open GitHub's
 * new-file page prefilled (when the address is short enough), copy, download.
 * Nothing leaves the browser unless the person follows the GitHub link.
 */
export default function FileOutput({
  form,
  path,
  text,
  repositoryUrl,
  branch,
}: {
  form: string;
  path: string;
  text: string;
  repositoryUrl: string;
  branch: string;
}): ReactNode {
  const [status, setStatus] = useState<'' | 'copied' | 'copy-failed' | 'downloaded'>('');
  const link = buildProposeLink(repositoryUrl, branch, path, text);
  const filename = path.slice(path.lastIndexOf('/') + 1);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('copy-failed');
    }
  };
  const download = () => {
    const url = URL.createObjectURL(
      new Blob([text], {
        type: path.endsWith('.md')
          ? 'text/markdown;charset=utf-8'
          : 'application/yaml;charset=utf-8',
      }),
    );
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = filename;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus('downloaded');
  };

  return (
    <section className={styles.output} aria-labelledby={`${form}-output-title`}>
      <h3 id={`${form}-output-title`}>
        <Translate id="contribute.output.title" description="Heading above the generated file">
          Your file is ready: please review it
        </Translate>
      </h3>
      <p>
        <Translate
          id="contribute.output.path"
          description="Says where the generated file goes in the repository"
          values={{path: <code data-testid={`${form}-path`}>{path}</code>}}
        >
          {'It belongs at {path} in the repository.'}
        </Translate>
      </p>
      <pre className={styles.file} tabIndex={0} aria-label={filename}>
        <code data-testid={`${form}-file`}>{text}</code>
      </pre>
      <div className={styles.actions}>
        {link.ok ? (
          <a className="button button--primary" href={link.url} rel="noopener noreferrer">
            <Translate
              id="contribute.output.propose"
              description="Button that opens GitHub's new-file page with the file prefilled"
            >
              Propose on GitHub
            </Translate>
          </a>
        ) : null}
        <button type="button" className="button button--secondary" onClick={copy}>
          <Translate
            id="contribute.output.copy"
            description="Button that copies the generated file to the clipboard"
          >
            Copy
          </Translate>
        </button>
        <button type="button" className="button button--secondary" onClick={download}>
          <Translate
            id="contribute.output.download"
            description="Button that downloads the generated file"
          >
            Download
          </Translate>
        </button>
      </div>
      {!link.ok && (
        <p className={styles.tooLong}>
          <Translate
            id="contribute.output.tooLong"
            description="Shown when the file is too long to prefill on GitHub"
            values={{length: link.length, max: link.max}}
          >
            {
              'This file is too long to send to GitHub in a link ({length} characters; the limit is about {max}). Copy or download it, then create the file on GitHub yourself or attach it to an issue.'
            }
          </Translate>
        </p>
      )}
      <p role="status" className={styles.status}>
        {status === 'copied' && (
          <Translate id="contribute.output.copied" description="Confirmation after copying">
            Copied to the clipboard.
          </Translate>
        )}
        {status === 'copy-failed' && (
          <Translate
            id="contribute.output.copyFailed"
            description="The browser refused clipboard access"
          >
            Your browser did not allow copying; select the text above and copy it by hand.
          </Translate>
        )}
        {status === 'downloaded' && (
          <Translate
            id="contribute.output.downloaded"
            description="Confirmation after downloading"
            values={{filename}}
          >
            {'Downloaded as {filename}.'}
          </Translate>
        )}
      </p>
      <p className={styles.note}>
        <Translate id="contribute.output.githubNote" description="Explains what happens on GitHub">
          "Propose on GitHub" opens GitHub (you need a free account). GitHub copies the repository
          for you and opens a pull request; the coalition's reviewers check it before anything is
          published.
        </Translate>
      </p>
    </section>
  );
}
