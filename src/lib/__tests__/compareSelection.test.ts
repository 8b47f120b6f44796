import {
  defaultSelection,
  MAX_COMPARED,
  resolveSelection,
  selectionQuery,
  type SelectablePlaybook,
} from '../compareSelection';

const pb = (
  id: string,
  city: string,
  maturity = 'piloted',
  lastReviewed = '2026-01-01',
): SelectablePlaybook => ({id, cities: [city], maturity, lastReviewed});
const ORDER = ['chicago', 'denver', 'minneapolis', 'new-york'];
const TOPIC = [
  pb('playbooks/rr/mpls-a', 'minneapolis', 'piloted'),
  pb('playbooks/rr/mpls-b', 'minneapolis', 'proven'),
  pb('playbooks/rr/chi', 'chicago'),
  pb('playbooks/rr/den', 'denver', 'idea'),
  pb('playbooks/rr/ny', 'new-york'),
  pb('playbooks/rr/la', 'los-angeles'),
];

describe('defaultSelection', () => {
  it('takes one playbook per city, the most mature, cities in display order, at most four', () => {
    expect(defaultSelection(TOPIC, ORDER)).toEqual([
      'playbooks/rr/chi',
      'playbooks/rr/den',
      'playbooks/rr/mpls-b',
      'playbooks/rr/ny',
    ]);
  });
  it('breaks maturity ties by the latest review', () => {
    expect(
      defaultSelection(
        [pb('a', 'chicago', 'proven', '2025-01-01'), pb('b', 'chicago', 'proven', '2026-03-01')],
        ORDER,
      ),
    ).toEqual(['b']);
  });
  it('returns the single playbook of a topic', () => {
    expect(defaultSelection([pb('only', 'denver')], ORDER)).toEqual(['only']);
  });
});

describe('resolveSelection (the ?playbook= values of a shared link)', () => {
  it('keeps the requested playbooks in the order given', () => {
    expect(resolveSelection(['playbooks/rr/ny', 'playbooks/rr/mpls-a'], TOPIC, ORDER)).toEqual({
      ids: ['playbooks/rr/ny', 'playbooks/rr/mpls-a'],
      isDefault: false,
      unknown: [],
      dropped: [],
    });
  });
  it('falls back to the default for an empty query', () => {
    expect(resolveSelection([], TOPIC, ORDER)).toMatchObject({
      ids: defaultSelection(TOPIC, ORDER),
      isDefault: true,
    });
  });
  it('ignores duplicates, blanks and ids of other topics, and says which', () => {
    const result = resolveSelection(
      ['playbooks/rr/chi', ' playbooks/rr/chi', '', 'playbooks/other/x', 'playbooks/rr/den'],
      TOPIC,
      ORDER,
    );
    expect(result).toEqual({
      ids: ['playbooks/rr/chi', 'playbooks/rr/den'],
      isDefault: false,
      unknown: ['playbooks/other/x'],
      dropped: [],
    });
  });
  it('drops what is past the maximum', () => {
    const ids = TOPIC.map((playbook) => playbook.id);
    const result = resolveSelection(ids, TOPIC, ORDER);
    expect(result.ids).toEqual(ids.slice(0, MAX_COMPARED));
    expect(result.dropped).toEqual(ids.slice(MAX_COMPARED));
  });
  it('shows the default when fewer than two usable playbooks are asked for', () => {
    expect(resolveSelection(['playbooks/rr/chi'], TOPIC, ORDER)).toMatchObject({
      ids: defaultSelection(TOPIC, ORDER),
      isDefault: true,
    });
  });
  it('accepts the one playbook of a one-playbook topic', () => {
    expect(resolveSelection(['only'], [pb('only', 'denver')], ORDER)).toMatchObject({
      ids: ['only'],
      isDefault: false,
    });
  });
  it('round-trips through the query string it writes', () => {
    const ids = ['playbooks/rr/ny', 'playbooks/rr/chi'];
    const query = selectionQuery(ids);
    expect(query).toBe('?playbook=playbooks%2Frr%2Fny&playbook=playbooks%2Frr%2Fchi');
    expect(
      resolveSelection(new URLSearchParams(query).getAll('playbook'), TOPIC, ORDER).ids,
    ).toEqual(ids);
    expect(selectionQuery([])).toBe('');
  });
});
