import type { ActionSuggestion, PersonCandidate } from './action-text';

/**
 * Finds who owns an action line ('Jenny to ...', 'Action: Jenny – ...', '... (Jenny)') and matches
 * the name to the group's people. A name that is not exactly one person is kept as text rather
 * than guessed: a wrong owner is worse than an owner the minute-taker has to pick.
 */
export type Owner = ActionSuggestion['owner'];

// Names that mean the same first name. A name may sit in two groups (Pat); two names are the
// same person's only when they share a group, so Patricia never matches Patrick.
const NICKNAMES: string[][] = [
  ['jennifer', 'jenny', 'jen', 'jenni', 'jennie'],
  ['margaret', 'maggie', 'maggy', 'meg', 'peggy', 'marge'],
  ['elizabeth', 'liz', 'lizzy', 'lizzie', 'beth', 'betty', 'libby', 'eliza'],
  ['robert', 'rob', 'robbie', 'bob', 'bobby'],
  ['stephen', 'steven', 'steve', 'stevie'],
  ['william', 'will', 'bill', 'billy', 'liam'],
  ['richard', 'rich', 'richie', 'rick', 'dick'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['michael', 'mike', 'mick', 'mickey'],
  ['christopher', 'chris'],
  ['catherine', 'katherine', 'kathryn', 'kate', 'katie', 'kath', 'kathy', 'cath', 'cathy'],
  ['alexander', 'alexandra', 'alex'],
  ['andrew', 'andy', 'drew'],
  ['anthony', 'tony'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave'],
  ['edward', 'ed', 'eddie', 'ted'],
  ['gerard', 'gerald', 'gerry', 'ged'],
  ['joseph', 'joe'],
  ['matthew', 'matt'],
  ['nicholas', 'nick', 'nicky'],
  ['patricia', 'pat', 'trish'],
  ['patrick', 'pat', 'paddy'],
  ['peter', 'pete'],
  ['philip', 'phillip', 'phil'],
  ['rebecca', 'becky', 'becca'],
  ['rosemary', 'rose', 'rosie'],
  ['sarah', 'sara', 'sally'],
  ['susan', 'sue', 'susie'],
  ['thomas', 'tom', 'tommy'],
  ['timothy', 'tim'],
  ['victoria', 'vicky', 'vikki'],
  ['deborah', 'debra', 'debbie', 'deb'],
];

const TITLE = /^(?:cllr|councillor|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev|revd)\.?\s+/i;
// Owners that are roles or bodies, kept as text: 'The council', 'Migration team', 'LMP partners'.
const ROLE_NOUN =
  /\b(?:council|councils|team|teams|chair|vice-chair|group|partners|partnership|officer|officers|board|panel|members|lead|leads|services|coordinator|clerk|secretariat|manager|director|network|committee|everyone|all|authority|department|directorate|colleagues|staff|forum|representatives|reps)$/i;
const ACRONYM = /^[A-Z][A-Za-z]{0,4}[A-Z]$/; // LCC, LMP, CoS
// Capitalised words that start action lines or headings but are never owners.
const NOT_A_NAME = new Set(
  'note update decision agreed action actions outcome item step comment question summary background aob minutes apologies present due deadline date status next write speak talk reply respond go send forward report invite circulate share link contact arrange ask add agree consider continue check confirm review email provide prepare set book organise draft look find seek ensure explore follow liaise feed bring raise discuss reach submit approve request chase help need try plan attend meet identify produce publish promote support work apply engage frequency this that there it we they i you he she'.split(
    ' ',
  ),
);

const CONNECTOR =
  /^(.{1,60}?)\s+(?:has\s+agreed\s+to|have\s+agreed\s+to|agreed\s+to|will|should|shall|must|is\s+to|are\s+to|needs?\s+to|to)\s+(?=\S)/i;
const SEPARATOR = /^(.{1,60}?)\s*(?:[:–—]|\s-)\s+(?=\S)/;
const ACTION_PREFIX = /^(?:ACTIONS?\b|actions?\s*(?=[:–—-]))\s*[:–—-]?\s*/i;
const LABELLED_PARENS = /\s*\((?:action|owner|lead)\s*:?\s*([^()]{1,60})\)[\s.]*$/i;
const TRAILING_PARENS = /\s*\(([^()]{1,60})\)[\s.]*$/;
const OWNER_LABEL = /[\s.;,]*\b(?:owner|lead)\s*:\s*([^.;,()–—]{1,60}?)\s*(?=[.;,()–—]|$)/i;
const TRAILING_DASH = /\s+[–—-]\s+([^–—-]{1,60}?)[\s.]*$/;

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
const sameFirst = (a: string, b: string) =>
  a === b || NICKNAMES.some((group) => group.includes(a) && group.includes(b));

type Match = { kind: 'one'; id: string } | { kind: 'ambiguous' } | { kind: 'none' };

export function matchPerson(written: string, people: PersonCandidate[]): Match {
  const titled = TITLE.test(written.trim());
  const wanted = norm(written.trim().replace(TITLE, ''));
  const tokens = wanted.split(' ');
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  const initials = /^[A-Z]{2,3}$/.test(written.trim()) ? wanted : null; // 'JJ'
  const unique = (ids: string[]): Match => {
    const distinct = [...new Set(ids)];
    if (distinct.length === 1 && distinct[0] !== undefined) return { kind: 'one', id: distinct[0] };
    return distinct.length > 1 ? { kind: 'ambiguous' } : { kind: 'none' };
  };
  if (!wanted) return { kind: 'none' };
  // A person saved with a blank name matches nobody.
  const named = people
    .map((p) => {
      const parts = norm(p.name.replace(TITLE, '')).split(' ');
      return {
        p,
        full: parts.join(' '),
        parts,
        first: parts[0] ?? '',
        last: parts[parts.length - 1] ?? '',
      };
    })
    .filter((n) => n.full !== '');
  // Tiers, most certain first; a tier that finds anyone decides.
  const exact = named.filter(
    (n) => n.full === wanted || (n.p.aliases ?? []).some((a) => norm(a) === wanted),
  );
  if (exact.length > 0) return unique(exact.map((n) => n.p.id));
  const loose = named.filter((n) => {
    if (titled) return n.last === last; // 'Cllr Harland' is a surname
    if (tokens.length > 1) return sameFirst(n.first, first) && n.last === last;
    if (initials) return n.parts.map((part) => part[0]).join('') === initials;
    return sameFirst(n.first, first) || n.last === first;
  });
  return unique(loose.map((n) => n.p.id));
}

/**
 * A person, a role or a name-like phrase; null when the words are not an owner at all.
 * `loose` also accepts capitalised words that match nobody ('Jenny' in a group without her);
 * only the clear owner slots ('Jenny to', 'Owner: Jenny') are loose, never '... (Step 3)'.
 */
function resolveOwner(written: string, people: PersonCandidate[], loose: boolean): Owner {
  const phrase = written.trim();
  const parts = phrase.split(/\s*(?:,|&|\band\b)\s*/i).filter(Boolean);
  const firstPart = parts[0];
  if (!firstPart) return null;
  const match = matchPerson(firstPart, people);
  if (match.kind === 'one') return { kind: 'person', personId: match.id, matchedText: firstPart };
  const ownerLike = (part: string) => {
    const words = part.replace(TITLE, '').split(' ');
    if (words.length > 5 || NOT_A_NAME.has(norm(words[0] ?? ''))) return false;
    // A role is a noun phrase ('the steering group'), not a clause ('Rose sat on the panel').
    if (words.some((w) => /^(?:on|in|at|with|about|from|by|for|is|are|was|sat)$/i.test(w)))
      return false;
    if (ROLE_NOUN.test(part) || ACRONYM.test(part)) return true;
    const capitalised = (w: string) =>
      /^\p{Lu}/u.test(w) || /^(?:of|the|de|van|von|le|la)$/.test(w);
    return loose && words.length <= 4 && words.every(capitalised);
  };
  if ((loose && match.kind === 'ambiguous') || parts.every(ownerLike)) {
    return { kind: 'text', name: phrase };
  }
  return null;
}

/** The owner and the line without the owner's words. */
export function extractOwner(
  line: string,
  people: PersonCandidate[],
): { owner: Owner; rest: string } {
  const text = line.replace(ACTION_PREFIX, '');
  // Labelled owners first, then a leading name, then a bare name in brackets or after a dash.
  const attempts: [RegExp, boolean][] = [
    [OWNER_LABEL, true],
    [LABELLED_PARENS, true],
    [SEPARATOR, true],
    [CONNECTOR, true],
    [TRAILING_PARENS, false],
    [TRAILING_DASH, false],
  ];
  for (const [pattern, loose] of attempts) {
    const m = pattern.exec(text);
    const owner = m?.[1] ? resolveOwner(m[1], people, loose) : null;
    if (m && owner)
      return { owner, rest: text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length) };
  }
  return { owner: null, rest: text };
}
