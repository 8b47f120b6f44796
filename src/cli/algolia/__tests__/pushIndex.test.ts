import {gunzipSync} from 'node:zlib';
import {BATCH_SIZE, createAdminClient, pushIndex, type Requester} from '../pushIndex';
import {indexSettings} from '../settings';
import {describeAlgoliaError} from '../describeError';
import type {AlgoliaRecord} from '../records';

/** One HTTP request as the client sent it. */
type Sent = {
  method: string;
  host: string;
  path: string;
  apiKey: string | undefined;
  appId: string | undefined;
  body: unknown;
};

/**
 * A requester that answers like Algolia without any network and records
 * every request. `fail` makes every request answer with that status.
 */
function recordingRequester(fail?: {status: number; message: string}): {
  requester: Requester;
  sent: Sent[];
} {
  const sent: Sent[] = [];
  let task = 0;
  const requester: Requester = {
    async send(request) {
      const url = new URL(request.url);
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([key, value]) => [key.toLowerCase(), value]),
      );
      const raw =
        request.data === undefined
          ? undefined
          : typeof request.data === 'string'
            ? request.data
            : gunzipSync(request.data).toString('utf8');
      sent.push({
        method: request.method,
        host: url.host,
        path: url.pathname,
        apiKey:
          headers['x-algolia-api-key'] ?? url.searchParams.get('x-algolia-api-key') ?? undefined,
        appId:
          headers['x-algolia-application-id'] ??
          url.searchParams.get('x-algolia-application-id') ??
          undefined,
        body: raw === undefined ? undefined : JSON.parse(raw),
      });
      if (fail)
        return {
          status: fail.status,
          content: JSON.stringify({message: fail.message, status: fail.status}),
          isTimedOut: false,
        };
      const answer = (body: unknown) => ({
        status: 200,
        content: JSON.stringify(body),
        isTimedOut: false,
      });
      if (/\/task\/\d+$/.test(url.pathname))
        return answer({status: 'published', pendingTask: false});
      if (url.pathname.endsWith('/batch')) {
        const requests = (JSON.parse(raw!) as {requests: {body: {objectID: string}}[]}).requests;
        return answer({taskID: ++task, objectIDs: requests.map((r) => r.body.objectID)});
      }
      return answer({taskID: ++task, updatedAt: '2026-11-29T00:00:00Z'});
    },
  };
  return {requester, sent};
}

function fakeRecords(count: number): AlgoliaRecord[] {
  return Array.from({length: count}, (_, index) => ({
    objectID: `en:/directory/city/org-${index}`,
    kind: 'organization',
    title: `Org ${index}`,
    url: `https://commons.example.org/directory/city/org-${index}`,
    url_without_anchor: `https://commons.example.org/directory/city/org-${index}`,
    anchor: null,
    type: 'lvl1',
    hierarchy: {
      lvl0: 'Directory',
      lvl1: `Org ${index}`,
      lvl2: null,
      lvl3: null,
      lvl4: null,
      lvl5: null,
      lvl6: null,
    },
    content: 'text',
    language: 'en',
    docusaurus_tag: 'default',
    city: ['City'],
    topics: ['mutual-aid'],
    types: ['mutual-aid'],
    languages: ['en'],
    alt_names: [],
    sample: true,
    updated: 0,
  }));
}

const target = {
  appId: 'TESTAPP123',
  adminApiKey: 'admin-key-for-tests',
  indexName: 'sanctuary_commons',
};

describe('pushIndex', () => {
  it('applies the settings, then replaces every record through a temporary index that is moved over the live one', async () => {
    const {requester, sent} = recordingRequester();
    const records = fakeRecords(2 * BATCH_SIZE + 1);
    const settings = indexSettings(['en', 'es']);
    const summary = await pushIndex(createAdminClient(target, requester), {
      indexName: target.indexName,
      records,
      settings,
    });
    expect(summary).toEqual({indexName: 'sanctuary_commons', records: 2001, batches: 3});

    // Every request is authenticated with the admin key of this application and goes to Algolia's hosts.
    for (const request of sent) {
      expect(request.apiKey).toBe(target.adminApiKey);
      expect(request.appId).toBe(target.appId);
      expect(request.host).toMatch(/^testapp123(-dsn|-[1-3])?\.algolia(net)?\.(net|com)$/i);
    }

    const writes = sent.filter((request) => !/\/task\//.test(request.path));
    const tmp = /^\/1\/indexes\/(sanctuary_commons_tmp_\d+)\/batch$/.exec(
      writes.find((r) => r.path.endsWith('/batch'))!.path,
    )![1]!;
    expect(writes.map((r) => `${r.method} ${r.path.replace(tmp, 'TMP')}`)).toEqual([
      'PUT /1/indexes/sanctuary_commons/settings',
      'POST /1/indexes/sanctuary_commons/operation',
      'POST /1/indexes/TMP/batch',
      'POST /1/indexes/TMP/batch',
      'POST /1/indexes/TMP/batch',
      'POST /1/indexes/sanctuary_commons/operation',
      'POST /1/indexes/TMP/operation',
    ]);
    expect(writes[0]!.body).toEqual(settings);
    expect(writes[1]!.body).toEqual({
      operation: 'copy',
      destination: tmp,
      scope: ['settings', 'rules', 'synonyms'],
    });
    expect(writes[6]!.body).toEqual({operation: 'move', destination: 'sanctuary_commons'});

    // The batches hold every record once, in order, as addObject actions of at most BATCH_SIZE.
    const batches = writes
      .filter((r) => r.path.endsWith('/batch'))
      .map((r) => (r.body as {requests: {action: string; body: AlgoliaRecord}[]}).requests);
    expect(batches.map((b) => b.length)).toEqual([1000, 1000, 1]);
    expect(batches.flat().every((r) => r.action === 'addObject')).toBe(true);
    expect(batches.flat().map((r) => r.body)).toEqual(records);

    // The settings task is waited for before anything else is written.
    const firstTaskWait = sent.findIndex((r) => /\/task\//.test(r.path));
    expect(firstTaskWait).toBe(1);
    expect(sent[firstTaskWait]!.method).toBe('GET');
  });

  it('stops at the first refusal with a message that names the variable to fix', async () => {
    const {requester, sent} = recordingRequester({
      status: 403,
      message: 'Invalid Application-ID or API key',
    });
    const error = await pushIndex(createAdminClient(target, requester), {
      indexName: target.indexName,
      records: fakeRecords(3),
      settings: indexSettings(['en']),
    }).catch((e: unknown) => e);
    expect(sent).toHaveLength(1);
    const message = describeAlgoliaError(error, target);
    expect(message).toMatch(
      /^Algolia refused the key for application "TESTAPP123" \(HTTP 403: Invalid Application-ID or API key\)\. Fix: set ALGOLIA_ADMIN_API_KEY/,
    );
    expect(message).not.toMatch(/\n\s+at /);
    expect(message).not.toContain(target.adminApiKey);
  });

  it('explains a key without the rights to write', () => {
    const error = Object.assign(new Error('Method not allowed with this API key'), {
      name: 'ApiError',
      status: 403,
    });
    expect(describeAlgoliaError(error, target)).toMatch(
      /may not write to "sanctuary_commons".*addObject, deleteObject, deleteIndex, settings and editSettings/,
    );
  });
});

describe('indexSettings', () => {
  it('facets like the offline search, ranks fresher entries first among equals, and knows both languages', () => {
    const settings = indexSettings(['en', 'es']);
    expect(settings.attributesForFaceting).toEqual([
      'kind',
      'city',
      'topics',
      'types',
      'languages',
      'language',
      'docusaurus_tag',
      'filterOnly(sample)',
    ]);
    expect(settings.searchableAttributes![0]).toBe('unordered(hierarchy.lvl1)');
    expect(settings.customRanking).toEqual(['desc(updated)']);
    expect(settings.ignorePlurals).toEqual(['en', 'es']);
    expect(settings.removeStopWords).toEqual(['en', 'es']);
  });
});
