// Per-server state: open documents, their settings, config files and the latest lint result per document version.
// Every feature asks here for the result of the current version; nothing else runs the engine.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { configForFile, globMatch, type LintConfig } from '../engine/config.js';
import { lint, type LintResult } from '../engine/lint.js';
import type { ProfileId } from '../engine/knowledge/profiles.js';
import { getProfile } from '../engine/knowledge/profiles.js';
import { getStage } from '../engine/knowledge/stages.js';
import { ruleDocsUrl } from '../engine/meta.js';
import { classify, isMarkdownPath } from '../engine/parse/classify.js';
import type { DocumentKind, StageId } from '../engine/types.js';
import { CompanionFinder } from '../node/companions.js';
import { ConfigResolver } from '../node/config-files.js';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings.js';

export interface Cached {
  version: number;
  /** The settings the result was computed with: a settings change invalidates it. */
  settings: Settings;
  result: LintResult;
  /** 1 when the client's text starts with a BOM the engine removed: offsets shift by one. */
  bomShift: number;
}

export function uriToPath(uri: string): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      return uri;
    }
  }
  return uri;
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).toString();
}

export class ServerState {
  static readonly KEEP_RESULTS = 24;
  readonly resolver = new ConfigResolver();
  readonly companions = new CompanionFinder();
  private settings = new Map<string, Settings>();
  private pending = new Map<string, Promise<Settings>>();
  private results = new Map<string, Cached>();
  supportsConfiguration = false;
  initSettings: Settings = DEFAULT_SETTINGS;
  /** Where rule docs live: the extension passes its bundled docs folder so links work offline. */
  docsBase: string | null = null;
  workspaceFolders: string[] = [];

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
  ) {}

  docsHref(ruleId: string): string {
    return this.docsBase ? `${this.docsBase.replace(/\/$/, '')}/${ruleId}.md` : ruleDocsUrl(ruleId);
  }

  /** Settings already known for a document (defaults until the client answered). */
  cachedSettings(uri: string): Settings {
    return this.settings.get(uri) ?? this.initSettings;
  }

  async settingsFor(uri: string): Promise<Settings> {
    const hit = this.settings.get(uri);
    if (hit) return hit;
    if (!this.supportsConfiguration) return this.initSettings;
    let p = this.pending.get(uri);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'modelcardLint' })
        // A client that supports configuration but has none for us still gets the initializationOptions settings.
        .then((raw) => (raw === null || raw === undefined ? this.initSettings : normalizeSettings(raw)), () => this.initSettings)
        .then((s) => {
          this.settings.set(uri, s);
          this.pending.delete(uri);
          return s;
        });
      this.pending.set(uri, p);
    }
    return p;
  }

  clearSettings(): void {
    this.settings.clear();
    this.pending.clear();
    this.results.clear();
  }

  clearResults(uri?: string): void {
    if (uri) this.results.delete(uri);
    else this.results.clear();
  }

  forget(uri: string): void {
    this.settings.delete(uri);
    this.results.delete(uri);
  }

  /** What the document is for us, or 'unknown' when we leave it alone. */
  kindOf(uri: string, text: string, settings: Settings): DocumentKind {
    const path = uriToPath(uri);
    const kind = classify(path, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (kind !== 'unknown') return kind;
    if (isMarkdownPath(path) && settings.cardGlobs.length && globMatch(settings.cardGlobs, path.replace(/\\/g, '/'))) return 'model-card';
    return 'unknown';
  }

  configFor(uri: string, settings: Settings): LintConfig {
    const path = uriToPath(uri);
    const chain = uri.startsWith('file:') ? this.resolver.chainFor(path).files : [];
    const cfg = configForFile(chain, path.replace(/\\/g, '/'), { customizations: settings.rules });
    if (settings.profile && getProfile(settings.profile)) cfg.profile = settings.profile as ProfileId;
    if (settings.stage && getStage(settings.stage) && !cfg.stage) cfg.stage = settings.stage as StageId;
    return cfg;
  }

  /** Lint a text for a URI with the given settings (no caching). */
  lintText(uri: string, text: string, settings: Settings): { result: LintResult; bomShift: number } | null {
    if (!settings.enable) return null;
    const kind = this.kindOf(uri, text, settings);
    if (kind === 'unknown') return null;
    const bomShift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const path = uriToPath(uri);
    const companions = kind === 'model-card' && uri.startsWith('file:') ? this.companions.find(path, (p) => this.documents.get(pathToUri(p))?.getText()) : undefined;
    const result = lint(text, path, { config: this.configFor(uri, settings), kind, companions });
    return { result, bomShift };
  }

  /** The result for the document's current version, computing it if needed. */
  resultFor(doc: TextDocument, settings = this.cachedSettings(doc.uri)): Cached | null {
    const hit = this.results.get(doc.uri);
    if (hit && hit.version === doc.version && hit.settings === settings) {
      this.results.delete(doc.uri);
      this.results.set(doc.uri, hit);
      return hit;
    }
    const r = this.lintText(doc.uri, doc.getText(), settings);
    if (!r) {
      this.results.delete(doc.uri);
      return null;
    }
    const cached = { version: doc.version, settings, result: r.result, bomShift: r.bomShift };
    this.results.delete(doc.uri);
    this.results.set(doc.uri, cached);
    // Full results (text, trees, analysis) are kept for the recently used documents only; the others' diagnostics
    // are already published and a hover or code action there simply re-lints.
    while (this.results.size > ServerState.KEEP_RESULTS) this.results.delete(this.results.keys().next().value as string);
    return cached;
  }
}
