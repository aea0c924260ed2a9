// The lint session: the one way from "a path and some text" (a file on disk, an open editor buffer) to the engine's
// lint(). It decides what the file is (card, manifest or neither, with `cards:` globs and editor settings forcing
// cards), finds and merges config files (extends, overrides, ignores, root), applies the door's profile, stage and
// editor customisations, finds companion manifests and the Hub's `.eval_results/*.yaml` beside a card, runs fix-all with
// the same options, and caches results by document version and what else the result was computed from. The CLI, the
// language server and Lint Workspace all come through here, so they agree.
import {
  configForFile,
  forcedCard,
  type ConfigProblem,
  type LintConfig,
  type LoadedConfigFile,
} from '../engine/config.js';
import { EngineCache } from '../engine/cache.js';
import { fixAll, type FixAllResult } from '../engine/fix.js';
import { compileGlobs, type GlobMatcher } from '../engine/glob.js';
import type { ProfileId } from '../engine/knowledge/profiles.js';
import { fatalLimit } from '../engine/limits.js';
import { lint, type Companion, type LintResult } from '../engine/lint.js';
import { parseDocument, type ParsedDocument } from '../engine/parse/document.js';
import { classify, isMarkdownPath } from '../engine/parse/classify.js';
import type { DocumentKind, SeverityOrOff, StageId } from '../engine/types.js';
import { CompanionFinder } from './companions.js';
import { EvalResultsFinder, type EvalResultsFile } from './eval-results.js';
import { ConfigResolver } from './config-files.js';
import { readTextFile, type FileIdentity } from './read-file.js';

/** What a door sets on top of config files. */
export interface DoorSettings {
  /** Profile that wins over the config's `extends` (CLI `--profile`, editor `modelcardLint.profile`). */
  profile?: ProfileId;
  /** Stage assumed when neither the card nor a config file declares one (editor setting). */
  stage?: StageId;
  /** Severity overrides applied after config files (editor `modelcardLint.rules`). */
  customizations?: Record<string, SeverityOrOff>;
  /** Absolute-path globs of Markdown files always linted as cards (editor `files.cards`, CLI `--card`). */
  cardGlobs?: readonly string[];
  /** A config file used instead of discovery (CLI `--config`). */
  explicitConfig?: LoadedConfigFile | null;
}

export interface DocumentInput {
  path: string;
  text: string;
  /** Editor document version: results are cached per path + version + settings. */
  version?: number;
  /** The text was decoded leniently: invalid UTF-8 became U+FFFD. */
  invalidUtf8?: boolean;
  /** The file was not read (over a limit): `text` is empty and this is why. */
  refused?: string;
  /** No next version of this text will be linted (a file Lint Workspace read from disk, a committed version): its
   * parse is not kept in the session's cache, which would hold trees of files nobody edits and, for a committed
   * version, replace the incremental state of the open document at the same path. */
  once?: boolean;
  settings?: DoorSettings;
}

export type Outcome =
  | { status: 'linted'; result: LintResult; config: LintConfig }
  /** Neither a card nor a manifest, or ignored by a config file: nothing to report, but it was looked at. */
  | { status: 'unknown'; reason: 'content' | 'ignored' | 'disabled' }
  | { status: 'config-error'; problems: ConfigProblem[] };

export interface ResolvedConfig {
  config: LintConfig;
  ignored: boolean;
  forcedCard: boolean;
  problems: ConfigProblem[];
  /** The config files that apply, outermost first. */
  chain: LoadedConfigFile[];
}

/** What a result was computed from besides its text and settings: the config files that apply and, for a card, the
 * manifests and evaluation results beside it. The resolvers hand out the same object (or string) for a file that did
 * not change, so comparing these by identity tells whether a cached result still holds. */
interface Inputs {
  chain: readonly LoadedConfigFile[];
  companions: readonly { path: string; text: string }[] | undefined;
  evalResults: readonly EvalResultsFile[] | undefined;
}

interface CachedOutcome {
  version: number;
  settings: DoorSettings | undefined;
  inputs: Inputs;
  outcome: Outcome;
}

const sameList = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined, same: (x: T, y: T) => boolean) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((x, i) => same(x, b[i]!)));
const sameCompanion = (a: { path: string; text: string }, b: { path: string; text: string }) =>
  a.path === b.path && a.text === b.text;
const identical = <T>(a: T, b: T) => a === b;
/** The door settings of a caller that passed none (one object, so resolved configs cache by it). */
const NO_SETTINGS: DoorSettings = Object.freeze({});

const INVALID_UTF8 =
  'The file is not valid UTF-8; invalid bytes are read as U+FFFD and the file is never fixed automatically.';
const toPosix = (p: string) => p.replace(/\\/g, '/');

export class LintSession {
  static readonly KEEP_RESULTS = 24;
  static readonly KEEP_CONFIGS = 512;
  readonly configs: ConfigResolver;
  readonly companions = new CompanionFinder();
  /** The Hub's evaluation results beside a card (node/eval-results.ts), re-read only when a file changed. */
  readonly evalResults = new EvalResultsFinder();
  private results = new Map<string, CachedOutcome>();
  /** The last resolved config per path: the same object while its config files and settings are the same, so what
   * the engine caches per config is reused from one keystroke to the next. */
  private resolvedConfigs = new Map<string, { settings: DoorSettings; resolved: ResolvedConfig }>();
  private cardMatchers = new WeakMap<readonly string[], GlobMatcher>();
  /** Earlier YAML parses and per-node rule results (engine/cache.ts): an edit re-parses only the block it touched. */
  private readonly cache = new EngineCache();

  /** `openText`: the editor's unsaved text of another file, if it is open (companions are read from it). `roots`:
   * the trees the user pointed at, where the config search stops (config-files.ts). */
  constructor(
    private readonly openText?: (path: string) => string | undefined,
    roots: () => readonly string[] = () => [],
  ) {
    this.configs = new ConfigResolver(roots);
  }

  /** Forget config files and cached results (a config file changed). */
  forgetConfigs(): void {
    this.configs.clear();
    this.results.clear();
    this.resolvedConfigs.clear();
  }

  forget(path: string): void {
    this.results.delete(path);
    this.resolvedConfigs.delete(path);
  }

  /** The document `path` was closed: forget its result and the parse kept for its next version. */
  closed(path: string): void {
    this.forget(path);
    this.cache.forgetDocument(path);
  }

  /** The settings for `path`: its config chain merged, then the door's settings on top. */
  configFor(path: string, settings: DoorSettings = NO_SETTINGS): ResolvedConfig {
    const abs = toPosix(path);
    let chain: LoadedConfigFile[];
    let problems: ConfigProblem[] = [];
    if (settings.explicitConfig) chain = [settings.explicitConfig];
    else {
      const c = this.configs.chainFor(path);
      chain = c.files;
      problems = c.problems;
    }
    const hit = this.resolvedConfigs.get(path);
    if (hit && hit.settings === settings && sameList(hit.resolved.chain, chain, identical) && !problems.length)
      return hit.resolved;
    const config = configForFile(chain, abs, { customizations: settings.customizations });
    if (settings.profile) config.profile = settings.profile;
    if (settings.stage && !config.stage) config.stage = settings.stage;
    const { ignored, ...rest } = config;
    const resolved = {
      config: rest,
      ignored,
      forcedCard: forcedCard(chain, abs) || this.cardGlob(settings)(abs),
      problems,
      chain,
    };
    if (!problems.length) {
      this.resolvedConfigs.delete(path);
      this.resolvedConfigs.set(path, { settings, resolved });
      // One per recently linted path: a CLI run over 80,000 files keeps no more than an editor with many open.
      while (this.resolvedConfigs.size > LintSession.KEEP_CONFIGS)
        this.resolvedConfigs.delete(this.resolvedConfigs.keys().next().value as string);
    }
    return resolved;
  }

  private cardGlob(settings: DoorSettings): GlobMatcher {
    const globs = settings.cardGlobs;
    if (!globs?.length) return () => false;
    let m = this.cardMatchers.get(globs);
    if (!m) this.cardMatchers.set(globs, (m = compileGlobs(globs.map(toPosix))));
    return m;
  }

  /** What a text is for us: classified by content, or forced to a card by `cards:` globs or editor settings. */
  kindOf(path: string, text: string, resolved: ResolvedConfig): DocumentKind {
    const kind = classify(path, text);
    if (kind === 'unknown' && resolved.forcedCard && isMarkdownPath(path)) return 'model-card';
    return kind;
  }

  /** Lint a text (an editor buffer, standard input, a file already read). Cached per path and version, and used
   * again only while the config files, companion manifests and evaluation results it read are unchanged. */
  lintText(input: DocumentInput): Outcome {
    const { path, version } = input;
    if (version !== undefined) {
      const hit = this.results.get(path);
      if (hit && hit.version === version && hit.settings === input.settings && this.unchanged(path, hit)) {
        this.results.delete(path);
        this.results.set(path, hit);
        return hit.outcome;
      }
    }
    const { outcome, inputs } = this.compute(input);
    if (version !== undefined) {
      this.results.delete(path);
      this.results.set(path, { version, settings: input.settings, inputs, outcome });
      // Full results (text, trees, analysis) are kept for recently used documents only.
      while (this.results.size > LintSession.KEEP_RESULTS)
        this.results.delete(this.results.keys().next().value as string);
    }
    return outcome;
  }

  /** Whether what a cached result read is still what a lint would read now (a few stats, no parsing). */
  private unchanged(path: string, hit: CachedOutcome): boolean {
    const { inputs } = hit;
    const chain = hit.settings?.explicitConfig ? [hit.settings.explicitConfig] : this.configs.chainFor(path).files;
    if (!sameList(inputs.chain, chain, identical)) return false;
    if (inputs.companions && !sameList(inputs.companions, this.companions.find(path, this.openText), sameCompanion))
      return false;
    return !inputs.evalResults || sameList(inputs.evalResults, this.evalResults.find(path).files, identical);
  }

  private compute(input: DocumentInput): { outcome: Outcome; inputs: Inputs } {
    const resolved = this.configFor(input.path, input.settings);
    const inputs: Inputs = { chain: resolved.chain, companions: undefined, evalResults: undefined };
    const done = (outcome: Outcome) => ({ outcome, inputs });
    if (resolved.problems.length) return done({ status: 'config-error', problems: resolved.problems });
    if (resolved.ignored) return done({ status: 'unknown', reason: 'ignored' });
    if (input.refused) {
      const result = lint('', input.path, { config: resolved.config, refused: input.refused });
      return done({ status: 'linted', result, config: resolved.config });
    }
    // A file over a limit (huge, binary) is reported whatever it would have been: the finding says why it was not read.
    if (fatalLimit(input.text))
      return done({
        status: 'linted',
        result: lint(input.text, input.path, { config: resolved.config }),
        config: resolved.config,
      });
    const kind = this.kindOf(input.path, input.text, resolved);
    if (kind === 'unknown') return done({ status: 'unknown', reason: 'content' });
    if (kind === 'model-card') {
      inputs.companions = this.companions.find(input.path, this.openText);
      inputs.evalResults = this.evalResults.find(input.path).files;
    }
    const result = lint(input.text, input.path, {
      config: resolved.config,
      kind,
      cache: input.once ? undefined : this.cache,
      encodingProblem: input.invalidUtf8 ? INVALID_UTF8 : undefined,
      companions: inputs.companions && this.parsed(inputs.companions),
      evalResults: inputs.evalResults,
    });
    return done({ status: 'linted', result, config: resolved.config });
  }

  /** Parsed companions by path and text: they rarely change while their card is edited, so they stay parsed. */
  private readonly parsedCompanions = new Map<string, ParsedDocument>();

  private parsed(found: readonly { path: string; text: string }[]): Companion[] {
    return found.map((c) => {
      const key = `${c.path}\u0000${c.text}`;
      let parsed = this.parsedCompanions.get(key);
      if (!parsed) {
        parsed = parseDocument(c.path, c.text, { blocks: this.cache.blocks });
        this.parsedCompanions.set(key, parsed);
        if (this.parsedCompanions.size > 16) this.parsedCompanions.delete(this.parsedCompanions.keys().next().value!);
      }
      return { ...c, parsed };
    });
  }

  /** Read a file from disk (bounded, regular files only) and lint it. */
  lintFile(
    path: string,
    settings?: DoorSettings,
  ): {
    outcome: Outcome;
    text: string | null;
    identity: FileIdentity | null;
    ioError: string | null;
    invalidUtf8: boolean;
  } {
    const r = readTextFile(path);
    if (!r.ok) {
      if (!r.limit)
        return {
          outcome: { status: 'unknown', reason: 'content' },
          text: null,
          identity: null,
          ioError: r.reason,
          invalidUtf8: false,
        };
      return {
        outcome: this.lintText({ path, text: '', refused: r.reason, settings }),
        text: null,
        identity: null,
        ioError: null,
        invalidUtf8: false,
      };
    }
    return {
      outcome: this.lintText({ path, text: r.text, invalidUtf8: r.invalidUtf8, settings }),
      text: r.text,
      identity: r.identity,
      ioError: null,
      invalidUtf8: r.invalidUtf8,
    };
  }

  /** Fix-all with exactly the options a lint of the same text uses (config, kind, companions). */
  fixText(input: DocumentInput, rules?: ReadonlySet<string>): { outcome: Outcome; fixed: FixAllResult | null } {
    const resolved = this.configFor(input.path, input.settings);
    if (resolved.problems.length)
      return { outcome: { status: 'config-error', problems: resolved.problems }, fixed: null };
    if (resolved.ignored) return { outcome: { status: 'unknown', reason: 'ignored' }, fixed: null };
    const kind = this.kindOf(input.path, input.text, resolved);
    if (kind === 'unknown') return { outcome: { status: 'unknown', reason: 'content' }, fixed: null };
    const fixed = fixAll(input.text, input.path, {
      config: resolved.config,
      kind,
      cache: this.cache,
      companions: kind === 'model-card' ? this.parsed(this.companions.find(input.path, this.openText)) : undefined,
      evalResults: kind === 'model-card' ? this.evalResults.find(input.path).files : undefined,
      rules,
    });
    return { outcome: { status: 'linted', result: fixed.result, config: resolved.config }, fixed };
  }
}
