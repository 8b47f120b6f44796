/**
 * One sentence per taxonomy topic saying what it covers, for the topic hubs.
 * Static `translate()` ids so `write-translations` extracts them; typed
 * against the taxonomy so a new term makes the type checker point here.
 */
import {translate} from '@docusaurus/Translate';
import type {TaxonomySlug} from '@site/src/lib/taxonomy';

const d = 'What a topic of the taxonomy covers (topic hub page)';
const DESCRIPTIONS: Record<TaxonomySlug, () => string> = {
  'rapid-response': () =>
    translate({
      id: 'topic.about.rapid-response',
      message:
        'Hotlines and responders who confirm reported immigration enforcement, document it and connect families with help.',
      description: d,
    }),
  'alert-network': () =>
    translate({
      id: 'topic.about.alert-network',
      message:
        'Networks that pass verified alerts to neighbourhoods quickly, without exposing their members.',
      description: d,
    }),
  'legal-aid': () =>
    translate({
      id: 'topic.about.legal-aid',
      message:
        'Free or low-cost immigration legal help from attorneys and accredited representatives.',
      description: d,
    }),
  'know-your-rights': () =>
    translate({
      id: 'topic.about.know-your-rights',
      message:
        'Workshops and materials that teach people what to do when officers knock, stop or arrest them.',
      description: d,
    }),
  accompaniment: () =>
    translate({
      id: 'topic.about.accompaniment',
      message:
        'Trained companions who go with people to court hearings, check-ins and appointments.',
      description: d,
    }),
  'detention-support': () =>
    translate({
      id: 'topic.about.detention-support',
      message:
        'Support for people in detention and their families: locating people, visits, commissary and legal referrals.',
      description: d,
    }),
  'bond-fund': () =>
    translate({
      id: 'topic.about.bond-fund',
      message:
        'Funds that pay immigration bonds so people can return to their families while their case goes on.',
      description: d,
    }),
  'sanctuary-congregation': () =>
    translate({
      id: 'topic.about.sanctuary-congregation',
      message: 'Congregations that offer sanctuary, hospitality and accompaniment.',
      description: d,
    }),
  'mutual-aid': () =>
    translate({
      id: 'topic.about.mutual-aid',
      message:
        'Neighbours sharing money, food, rides and care so that no family faces a crisis alone.',
      description: d,
    }),
  'business-solidarity': () =>
    translate({
      id: 'topic.about.business-solidarity',
      message:
        'Businesses that prepare for enforcement visits, protect workers within the law and support each other.',
      description: d,
    }),
  'schools-childcare': () =>
    translate({
      id: 'topic.about.schools-childcare',
      message:
        'Schools and childcare providers keeping children safe and released only to trusted adults.',
      description: d,
    }),
  health: () =>
    translate({
      id: 'topic.about.health',
      message: 'Health care access and navigation for immigrant families, whatever their status.',
      description: d,
    }),
  housing: () =>
    translate({
      id: 'topic.about.housing',
      message: 'Housing help and tenant protection for immigrant families.',
      description: d,
    }),
  'digital-security': () =>
    translate({
      id: 'topic.about.digital-security',
      message: 'Protecting phones, chats and membership lists of organisers and families.',
      description: d,
    }),
  'policy-advocacy': () =>
    translate({
      id: 'topic.about.policy-advocacy',
      message: 'Campaigns for local sanctuary policies and their enforcement.',
      description: d,
    }),
  coalition: () =>
    translate({
      id: 'topic.about.coalition',
      message: 'Coalitions that connect the groups of a city or region.',
      description: d,
    }),
};

/** What a topic covers, translated (empty for an unknown slug). */
export function topicDescription(slug: string): string {
  return (DESCRIPTIONS as Record<string, (() => string) | undefined>)[slug]?.() ?? '';
}
