// Everything the rules, hovers, lenses and reports need to know about one document, computed once and lazily.
// "No verdict is computed twice": rules and doors read these results instead of re-deriving them.
import { EngineCache } from '../cache.js';
import type { LintConfig } from '../config.js';
import type { Companion } from '../lint.js';
import type { EvalResultsFile } from '../knowledge/eval-results.js';
import { parseDocument, type ParsedDocument } from '../parse/document.js';
import type { MofResult, OpennessResult, StageResult } from '../types.js';
import { cardOpenness, type CardOpenness } from './card-openness.js';
import { parseDirectives, type DirectiveSet } from './directives.js';
import { analyzeDisclosures, type DisclosureStatus } from './disclosures.js';
import { creditEvalResults, evalResultsOpenness } from './eval-results-credit.js';
import { BodySearch } from './body-search.js';
import { placement, type Placement } from './placement.js';
import { placeholders, type PlaceholderHit } from './placeholders.js';
import { manifestOpenness, type ManifestAnalysis } from './manifest-openness.js';
import { analyzeRisks, type RiskStatus } from './risks.js';
import type { RiskAreaId } from '../knowledge/risk-areas.js';
import type { DisclosureId } from '../knowledge/disclosures.js';

/** Risk areas that a present disclosure assesses by itself. */
const ASSESSING_DISCLOSURES: readonly [RiskAreaId, DisclosureId][] = [
  ['broader_society', 'environmental-impact'],
  ['safety_and_security', 'safety-evaluation'],
];
import { analyzeStage } from './stage.js';

export class Analysis {
  private cache = new Map<string, unknown>();
  constructor(
    readonly doc: ParsedDocument,
    readonly config: LintConfig,
    private readonly companionTexts: readonly Companion[] = [],
    /** The Hub's `.eval_results/*.yaml` beside the card, read by the door (lint option `evalResults`). */
    private readonly evalResults: readonly EvalResultsFile[] = [],
    /** The lint session's cache: the body's sections keep their results there between versions (body-search.ts). */
    private readonly engineCache: EngineCache = new EngineCache(),
  ) {}

  private memo<T>(key: string, compute: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const value = compute();
    this.cache.set(key, value);
    return value;
  }

  /** Card openness: declared `openness:` block, or what can be inferred; with the inferred block for the fix. */
  get card(): CardOpenness | null {
    return this.memo('card', () =>
      this.doc.card ? evalResultsOpenness(cardOpenness(this.doc), this.evalResults) : null,
    );
  }

  /** Manifest openness and the MOF evaluation. */
  get manifest(): ManifestAnalysis | null {
    return this.memo('manifest', () => (this.doc.manifest ? manifestOpenness(this.doc) : null));
  }

  get openness(): OpennessResult {
    return this.card?.result ?? this.manifest?.openness ?? { level: 'unknown', weakest: null, components: {} };
  }

  get mof(): MofResult | null {
    return this.manifest?.mof ?? null;
  }

  get stage(): StageResult {
    return this.memo('stage', () => analyzeStage(this.doc, this.config.stage ?? null, this.body));
  }

  get disclosures(): Map<string, DisclosureStatus> {
    return this.memo('disclosures', () => creditEvalResults(analyzeDisclosures(this.doc, this.body), this.evalResults));
  }

  get risks(): Map<string, RiskStatus> {
    return this.memo('risks', () => {
      const risks = analyzeRisks(this.doc, this.body);
      // A disclosure that is itself an assessment of an area: an energy or carbon figure for training assesses the
      // environmental cost (Broader Society), a reported safety evaluation tests for harm (Safety & Security)
      // (knowledge/risk-areas.ts; test/accuracy/LABELLING.md).
      for (const [area, id] of ASSESSING_DISCLOSURES) {
        const status = risks.get(area);
        const d = this.disclosures.get(id);
        if (
          status &&
          (status.state === 'missing' || status.state === 'mentioned') &&
          d?.state === 'present' &&
          d.evidence
        )
          risks.set(area, { area, state: 'assessed', source: 'body', span: d.evidence.span, missing: [] });
      }
      return risks;
    });
  }

  /** Where findings about what the card lacks are placed (placement.ts). */
  get placement(): Placement {
    return this.memo('placement', () => placement(this.doc));
  }

  /** The card body, searched section by section for disclosure and risk signals (comments and code blanked). */
  get body(): BodySearch | null {
    return this.memo('body', () => (this.doc.card ? new BodySearch(this.doc, this.engineCache.body) : null));
  }

  /** Template text left in the card body (placeholder-text), in order of position. */
  get placeholders(): PlaceholderHit[] {
    return this.memo('placeholders', () => placeholders(this.doc, this.body));
  }

  /** Companion documents that are MOF manifests, parsed (cards look at their release's manifest). */
  get companionManifests(): ParsedDocument[] {
    return this.memo('companions', () =>
      this.companionTexts
        .map((c) => c.parsed ?? parseDocument(c.path, c.text))
        .filter((d) => d.kind === 'release-manifest' && d.manifest !== null),
    );
  }

  get directives(): DirectiveSet {
    return this.memo('directives', () => parseDirectives(this.doc));
  }
}
