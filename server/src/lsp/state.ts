// Per-server state: open documents, their settings, and the lint session that turns a document into a result. Every
// feature asks here for the result of the current version; the session (node/session.ts) decides everything else.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { getProfile, type ProfileId } from '../engine/knowledge/profiles.js';
import { getStage } from '../engine/knowledge/stages.js';
import type { LintResult } from '../engine/lint.js';
import { ruleDocsUrl } from '../engine/meta.js';
import type { StageId } from '../engine/types.js';
import { LintSession, type DoorSettings, type Outcome } from '../node/session.js';
import { ServerLog } from './log.js';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings.js';

export interface Cached {
  version: number;
  result: LintResult;
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
  readonly session: LintSession;
  /** The log the client shows ("Model Card Lint" output), at the `logLevel` setting's level. */
  readonly log: ServerLog;
  private settings = new Map<string, Settings>();
  private pending = new Map<string, Promise<Settings>>();
  private doorSettings = new WeakMap<Settings, DoorSettings>();
  supportsConfiguration = false;
  initSettings: Settings = DEFAULT_SETTINGS;
  /** Where rule docs live: the extension passes its bundled docs folder so links work offline. */
  docsBase: string | null = null;
  workspaceFolders: string[] = [];
  /** The client asked for `modelcardLint/status` (protocol.ts, STATUS_OPTION); others are never sent it. */
  statusNotification = false;
  /** Resolves when what a lint of `uri` reads is at hand. Only the browser server sets it (browser/prefetch.ts): it
   * asks the client for config files and sibling manifests; the Node server reads them synchronously. */
  prepare: ((uri: string) => Promise<void>) | null = null;
  /** Called when a document's config files have problems (the server shows them on the config file). */
  onConfigProblems: (outcome: Extract<Outcome, { status: 'config-error' }>) => void = () => {};

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
  ) {
    this.log = new ServerLog(connection.console);
    this.session = new LintSession(
      (path) => this.documents.get(pathToUri(path))?.getText(),
      () => this.workspaceFolders,
    );
  }

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
        .then(
          (raw) => (raw === null || raw === undefined ? this.initSettings : normalizeSettings(raw)),
          () => this.initSettings,
        )
        .then((s) => {
          this.settings.set(uri, s);
          this.pending.delete(uri);
          return s;
        });
      this.pending.set(uri, p);
    }
    return p;
  }

  /** The log level is one per server: the window-wide setting (no scope), or the initializationOptions one. */
  async refreshLogLevel(): Promise<void> {
    let s = this.initSettings;
    if (this.supportsConfiguration) {
      const raw: unknown = await this.connection.workspace
        .getConfiguration({ section: 'modelcardLint' })
        .catch(() => null);
      if (raw !== null && raw !== undefined) s = normalizeSettings(raw);
    }
    this.log.level = s.logLevel;
  }

  clearSettings(): void {
    this.settings.clear();
    this.pending.clear();
    this.session.forgetConfigs();
  }

  forget(uri: string): void {
    this.settings.delete(uri);
    this.session.closed(uriToPath(uri));
  }

  /** The session's view of the editor settings (one object per settings object, so results cache by identity). */
  doorSettingsOf(settings: Settings): DoorSettings {
    let d = this.doorSettings.get(settings);
    if (!d) {
      d = {
        profile: settings.profile && getProfile(settings.profile) ? (settings.profile as ProfileId) : undefined,
        stage: settings.stage && getStage(settings.stage) ? (settings.stage as StageId) : undefined,
        customizations: settings.rules,
        cardGlobs: settings.cardGlobs,
      };
      this.doorSettings.set(settings, d);
    }
    return d;
  }

  /** Run after each lint (ServerHooks.afterLint). */
  afterLint: () => void = () => {};

  /** Lint any text for a URI (Lint Workspace uses this for files that are not open: without a version, their parse
   * is not kept). */
  outcomeFor(uri: string, text: string, settings: Settings, version?: number): Outcome | null {
    if (!settings.enable) return null;
    const outcome = this.session.lintText({
      path: uriToPath(uri),
      text,
      version,
      once: version === undefined,
      settings: this.doorSettingsOf(settings),
    });
    this.afterLint();
    if (outcome.status === 'config-error') this.onConfigProblems(outcome);
    return outcome;
  }

  /** The result for the document's current version, computing it if needed; null when we leave it alone. */
  resultFor(doc: TextDocument, settings = this.cachedSettings(doc.uri)): Cached | null {
    const outcome = this.outcomeFor(doc.uri, doc.getText(), settings, doc.version);
    return outcome?.status === 'linted' ? { version: doc.version, result: outcome.result } : null;
  }
}
