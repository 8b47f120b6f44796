import {commitsWithPublicAddress, isNoReplyAddress} from '../commitEmails';

describe('GitHub no-reply addresses', () => {
  it.each([
    '12345678+octocat@users.noreply.github.com',
    'octocat@users.noreply.github.com',
    '49699333+dependabot[bot]@users.noreply.github.com',
    '41898282+github-actions[bot]@users.noreply.github.com',
    'noreply@github.com',
    'OctoCat@Users.NoReply.GitHub.com',
    ' octocat@users.noreply.github.com ',
  ])('%s is one', (email) => {
    expect(isNoReplyAddress(email)).toBe(true);
  });

  it.each([
    'ana@gmail.com',
    'octocat@users.noreply.github.com.evil.net',
    'octocat@noreply.github.com',
    'octocat@users-noreply.github.com',
    'octo cat@users.noreply.github.com',
    '@users.noreply.github.com',
    'a@b@users.noreply.github.com',
    'noreply@github.com.evil.net',
    '+octocat@users.noreply.github.com',
    '123+@users.noreply.github.com',
  ])('%s is not', (email) => {
    expect(isNoReplyAddress(email)).toBe(false);
  });

  it('names the commits and whose address, ignoring empty ones', () => {
    expect(
      commitsWithPublicAddress([
        {sha: 'a', authorEmail: 'x@y.org', committerEmail: 'noreply@github.com'},
        {sha: 'b', authorEmail: '', committerEmail: null},
        {sha: 'c', authorEmail: '1+a@users.noreply.github.com', committerEmail: 'x@y.org'},
      ]),
    ).toEqual([
      {sha: 'a', roles: ['author']},
      {sha: 'c', roles: ['committer']},
    ]);
  });
});
