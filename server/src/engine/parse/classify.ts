// Decide what a file is from its content first (MOF manifests by `framework.name`, cards by front matter or headings),
// and from its name only as a tie-breaker.
import type { DocumentKind } from '../types.js';

const CARD_NAMES = /(^|[\\/])(model[-_ ]?card[^\\/]*\.(md|markdown)|readme\.(md|markdown))$/i;
const CARD_FRONT_MATTER_KEYS = /^(license|license_name|license_link|library_name|pipeline_tag|base_model|datasets|model-index|language|tags|co2_eq_emissions|openness|stage|risk_assessment|model_name|new_version|metrics|inference|widget)\s*:/m;
const CARD_HEADING = /^\s{0,3}#{1,6}\s+(?:\*\*)?\s*(?:\d+\.\s*)?(model\s+card|model\s+details|model\s+description|model\s+overview|model\s+summary|model\s+architecture|intended\s+uses?|uses|training\s+(data|details|procedure)|evaluation|bias,?\s+risks|(known\s+)?limitations|out-of-scope|模型介绍|模型训练|モデル)/im;
const MOF_FRAMEWORK = /^\s*framework\s*:\s*(?:\r?\n\s+(?:[\w-]+\s*:.*\r?\n\s+)*?name\s*:\s*['"]?Model Openness Framework|\{[^}]*name\s*:\s*['"]?Model Openness Framework)/m;

export function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown|mdown|mkd)$/i.test(path);
}

export function classify(path: string, text: string): DocumentKind {
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  if (MOF_FRAMEWORK.test(head)) return 'release-manifest';
  if (isYamlPath(path)) return 'unknown';
  if (/^\uFEFF?---[ \t]*\r?\n/.test(head)) {
    const fmEnd = head.search(/\r?\n(?:---|\.\.\.)[ \t]*(\r?\n|$)/);
    const fm = fmEnd === -1 ? head : head.slice(0, fmEnd);
    if (CARD_FRONT_MATTER_KEYS.test(fm)) return 'model-card';
  }
  if (CARD_NAMES.test(path) && !/readme\.(md|markdown)$/i.test(path)) return 'model-card';
  if (CARD_HEADING.test(head)) return 'model-card';
  // A README.md is a card only when its content says so; other Markdown is left alone.
  return 'unknown';
}
