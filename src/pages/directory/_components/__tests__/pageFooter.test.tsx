import {createElement, type ReactElement, type ReactNode} from 'react';
import HandleList from '../HandleList';
import PageFooter from '../PageFooter';

jest.mock('@docusaurus/Translate', () => ({__esModule: true, default: ({children}: {children: ReactNode}) => children}), {
  virtual: true,
});
jest.mock('../PageFooter/styles.module.css', () => ({pageFooter: 'pageFooter', editLink: 'editLink'}));

// react-dom ships no type declarations in this project.
const {renderToStaticMarkup} = require('react-dom/server') as {
  renderToStaticMarkup: (element: ReactElement) => string;
};

describe('HandleList', () => {
  it('lists handles separated by commas, each left untranslated', () => {
    expect(renderToStaticMarkup(createElement(HandleList, {handles: ['@a', '@org/team']}))).toBe(
      '<code translate="no">@a</code>, <code translate="no">@org/team</code>',
    );
    expect(renderToStaticMarkup(createElement(HandleList, {handles: []}))).toBe('');
  });
});

describe('PageFooter', () => {
  it('links to the issue form and the source file, with the warning between them and the page’s own line last', () => {
    const html = renderToStaticMarkup(
      createElement(
        PageFooter,
        {reportUrl: 'https://github.com/o/r/issues/new?x=1', reportLabel: 'Report', editUrl: 'https://github.com/o/r/edit/a.yml', editLabel: 'Edit'},
        createElement('p', null, 'Extra'),
      ),
    );
    expect(html).toBe(
      '<footer class="pageFooter sc-page-footer">' +
        '<a class="editLink" href="https://github.com/o/r/issues/new?x=1" rel="noopener noreferrer" data-report-problem="">Report</a>' +
        "<p>Opens a short form on GitHub (a free GitHub account is needed). Do not include anyone&#x27;s personal details.</p>" +
        '<a class="editLink" href="https://github.com/o/r/edit/a.yml" rel="noopener noreferrer">Edit</a>' +
        '<p>Extra</p></footer>',
    );
  });
});
