// Sentences that point elsewhere for a disclosure, or withhold it, built once per topic: the disclosure table
// (disclosures.ts) names each disclosure's topic words, and analyze/disclosures.ts runs these on the card's prose.
// Policy: docs/disclosures.md ("By reference", "Withheld").

// A Markdown link or a bare address ("available in this repository: https://…").
const LINK = String.raw`(?:\[[^\]\n]{1,100}\]\(|<)?(https?:\/\/[^)\s>\]]{1,200})(?:\)|>)?`;
const POINTER = String.raw`\b(?:see|refer\w{0,3}|details?|described|documented|available|found|reported|shared|published|in (?:our|the)|check(?: out)?|read|consult)\b`;

/** A topic's words, a pointer and a link in one sentence (either order), or the link's own text naming the topic.
 * Group 1 is the link's URL (or the repository file it names). */
export function referencePatterns(topic: string): RegExp[] {
  return [
    new RegExp(String.raw`\b(?:${topic})\b[^\n.]{0,80}?${POINTER}[^\n.]{0,60}?${LINK}`, 'i'),
    new RegExp(
      String.raw`\b(?:see|refer to|check out|read|consult)\b[^\n.]{0,40}?\[[^\]\n]{0,100}\]\((https?:\/\/[^)\s]{1,200})\)[^\n.]{0,60}?\b(?:${topic})\b`,
      'i',
    ),
    // The link's text naming the topic, also as a file name ("[BENCHMARK_RESULTS.md](BENCHMARK_RESULTS.md)") or in
    // Chinese and Japanese ("[中文问答能力评测](…)"), linking a page or a file of the repository.
    new RegExp(
      String.raw`\[[^\]\n]{0,60}(?<![A-Za-z])(?:${topic})(?![A-Za-z])[^\]\n]{0,60}\]\((https?:\/\/[^)\s]{1,200}|(?![a-z][\w+.-]{0,20}:)[^)\s#][^)\s]{0,199})\)`,
      'i',
    ),
  ];
}

const KEPT_SECRET = String.raw`(?:is|are|will|was|were|can|shall)\s{1,3}not\s{1,3}(?:be\s{1,3})?disclosed|(?:is|are)\s{1,3}(?:proprietary|confidential|undisclosed)`;
const NOT_RELEASED = String.raw`(?:is|are|will|was|were|can|shall)\s{1,3}not\s{1,3}(?:be\s{1,3})?(?:released|shared|published|made (?:public|available)|publicly available|available (?:to the public|publicly))|(?:is|are)\s{1,3}not public`;

/** A sentence saying the topic is not disclosed ("we do not disclose the training data", "the training methodology
 * will not be released"). With `artefact`, the topic is a thing that can be released apart from its description (a
 * dataset): "The data is not available to the public" says it is unreleased, not undescribed, so only a secret kept
 * ("proprietary", "not disclosed") or its details not made available withholds it (test/accuracy/LABELLING.md). */
export function withheldPatterns(topic: string, { artefact = false }: { artefact?: boolean } = {}): RegExp[] {
  const details = String.raw`(?:specific\s{1,3})?(?:details|information|specifics|composition)\s{1,3}(?:of|about|on)\s{1,3}(?:the\s{1,3}|our\s{1,3})?`;
  const subject = artefact ? String.raw`(?:${details})?(?:${topic})` : String.raw`(?:${topic})`;
  const verbs = artefact ? KEPT_SECRET : `${KEPT_SECRET}|${NOT_RELEASED}`;
  const patterns = [
    new RegExp(String.raw`\b${subject}\b[^\n.]{0,60}?(?:${verbs})`, 'i'),
    new RegExp(
      String.raw`\b(?:do|does|will|did)\s{1,3}not\s{1,3}(?:disclose${artefact ? '' : '|release|share|publish|make public'})\s{1,3}(?:the\s{1,3}|our\s{1,3}|any\s{1,3})?(?:details\s{1,3}(?:of|about|on)\s{1,3}(?:the\s{1,3}|our\s{1,3})?)?(?:${topic})\b`,
      'i',
    ),
  ];
  if (artefact) patterns.push(new RegExp(String.raw`\b${details}(?:${topic})\b[^\n.]{0,30}?(?:${NOT_RELEASED})`, 'i'));
  return patterns;
}
