/**
 * Safety rule 5 (DESIGN.md, no personal data): an e-mail channel whose
 * address names a person (`maria.lopez@…`, `j.smith@…`) exposes that person
 * to anyone hostile reading the directory. A warning, not an error: some
 * people agree to be listed, and a reviewer decides.
 */

/** One warning about a channel's address. */
export type NamedPersonFinding = {
  /** The catalogue code and values (checks/texts/checks.ts). */
  code: 'named-person-address.found';
  values: {value: string};
  message: string;
  fix: string;
};

/** Local parts made of words that name a role, not a person (e.g. legal.aid@, rapid.response@). */
const ROLE_WORDS = new Set([
  'admin',
  'aid',
  'alerts',
  'ayuda',
  'board',
  'care',
  'clinic',
  'contact',
  'contacto',
  'coordinator',
  'desk',
  'director',
  'donate',
  'events',
  'family',
  'familias',
  'families',
  'front',
  'general',
  'hello',
  'help',
  'helpline',
  'hotline',
  'info',
  'intake',
  'legal',
  'line',
  'mail',
  'media',
  'network',
  'news',
  'office',
  'oficina',
  'org',
  'outreach',
  'press',
  'prensa',
  'rapid',
  'response',
  'rights',
  'sanctuary',
  'services',
  'staff',
  'support',
  'team',
  'unity',
  'volunteer',
  'volunteers',
  'voluntarios',
  'web',
  'welcome',
]);

// first.last, first_last or an initial and a surname (j.smith): two parts of letters only. A hyphen joins
// words of a role far more often than a person's names (city-food@, legal-aid@), so it is not read as one.
const PERSON_LOCAL_PART = /^(\p{L}{2,30}|\p{L})[._](\p{L}{2,30})$/u;

/**
 * Whether an e-mail address looks like one person's (`first.last@`).
 * @param email - the address, e.g. `maria.lopez@example.org`
 * @returns the warning's text, or null for a role address such as `legal.aid@`
 */
export function checkNamedPersonAddress(email: string): NamedPersonFinding | null {
  const local = email.slice(0, email.lastIndexOf('@'));
  const match = PERSON_LOCAL_PART.exec(local);
  if (!match) return null;
  const parts = [match[1]!, match[2]!].map((part) => part.toLowerCase());
  if (parts.some((part) => ROLE_WORDS.has(part))) return null;
  return {
    code: 'named-person-address.found',
    values: {value: email},
    message: `"${email}" looks like a named person's address (first.last@).`,
    fix: 'Prefer a shared role mailbox (e.g. intake@ or help@) so no one person is exposed; keep it only if that person agreed to be listed.',
  };
}
