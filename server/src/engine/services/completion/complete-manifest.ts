// Completion in a MOF release manifest: top-level, framework, release and licence-scope keys; component item keys;
// the 17 MOF component names not yet used; licence ids ranked by MOF type-appropriateness for the component's
// content type; the schema's enumerations for `type`, `architecture` and `treatment`.
import { MOF_COMPONENT_BY_NAME } from '../../knowledge/mof-components.js';
import type { MofContentType } from '../../knowledge/licenses/index.js';
import type { ParsedDocument } from '../../parse/document.js';
import { mofLicenseItems, mofNameItems, type Item } from './complete-items.js';
import {
  licenseScopeSnippet,
  MANIFEST_COMPONENTS_SNIPPET,
  MANIFEST_FRAMEWORK_SNIPPET,
  MANIFEST_LICENSE_SNIPPET,
  MANIFEST_RELEASE_SNIPPET,
} from './complete-snippets.js';
import {
  COMPONENT_KEYS,
  FRAMEWORK_KEYS,
  LICENSE_SCOPES,
  MANIFEST_ENUMS,
  manifestFieldTerm,
  RELEASE_KEYS,
  TOP_KEYS,
} from '../../knowledge/terms-manifest.js';
import { yamlContext, type YamlContext } from './yaml-context.js';

const SNIPPETS: Record<string, string> = {
  framework: MANIFEST_FRAMEWORK_SNIPPET,
  release: MANIFEST_RELEASE_SNIPPET,
  'release.license': MANIFEST_LICENSE_SNIPPET,
  'release.components': MANIFEST_COMPONENTS_SNIPPET,
};

function keys(ctx: YamlContext, parent: string[], list: readonly string[]): Item[] {
  const out: Item[] = [];
  list.forEach((key, i) => {
    if (ctx.siblings.has(key)) return;
    const path = [...parent, key];
    const dotted = path.join('.');
    const snippet =
      !ctx.hasColon && !ctx.flow
        ? (SNIPPETS[dotted] ?? (parent.join('.') === 'release.license' ? licenseScopeSnippet(key) : undefined))
        : undefined;
    const term = manifestFieldTerm(parent[1] === 'components' ? ['release', 'components', 0, key] : path);
    out.push({
      label: key,
      kind: snippet ? 'snippet' : 'key',
      insertText: ctx.hasColon ? key : (snippet ?? `${key}: `),
      snippet: !!snippet,
      detail: parent.length ? `${parent.filter((p) => p !== '-').join('.')} field` : 'MOF manifest',
      documentation: term?.what,
      sortText: String(i).padStart(3, '0'),
    });
  });
  return out;
}

/** The `name:` of the component item whose lines contain the cursor (read from the text: the tree may be broken). */
function itemName(doc: ParsedDocument, containerLine: number, cursorLine: number): string | null {
  const lines = doc.lines;
  const dash = /^([ \t]*)-/.exec(lines.lineText(containerLine));
  if (!dash) return null;
  const dashCol = dash[1]!.length;
  for (let i = containerLine; i < lines.lineCount; i++) {
    const t = lines.lineText(i);
    if (i > containerLine && t.trim() !== '' && /^[ \t]*/.exec(t)![0].length <= dashCol) break;
    if (i === cursorLine) continue;
    const m = /^[ \t]*(?:-[ \t]+)?name[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(t);
    if (m) return m[1]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return null;
}

/** Every `name:` value in the manifest except on the cursor line (component names already used). */
function usedNames(doc: ParsedDocument, cursorLine: number): Set<string> {
  const out = new Set<string>();
  for (const c of doc.manifest?.components ?? [])
    if (c.name && c.nameSpan && doc.lines.positionAt(c.nameSpan.start).line !== cursorLine) out.add(c.name);
  const re = /^[ \t]*(?:-[ \t]+)?name[ \t]*:[ \t]*(['"]?)(.+?)\1[ \t]*$/gm;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    if (doc.lines.positionAt(m.index).line !== cursorLine) out.add(m[2]!);
  }
  return out;
}

function values(doc: ParsedDocument, ctx: YamlContext, cursorLine: number): Item[] {
  const p = ctx.path.join('.');
  const key = ctx.key;
  if (p === 'framework' && key === 'name')
    return [
      {
        label: 'Model Openness Framework',
        kind: 'value',
        insertText: 'Model Openness Framework',
        snippet: false,
        detail: 'the only accepted value',
      },
    ];
  if (p === 'framework' && key === 'version')
    return [
      {
        label: '1.0',
        kind: 'value',
        insertText: ctx.quote ? '1.0' : "'1.0'",
        snippet: false,
        detail: 'MOF version used by every MOT manifest',
      },
    ];
  if (p === 'release' && key && MANIFEST_ENUMS[`release.${key}`]) {
    return MANIFEST_ENUMS[`release.${key}`]!.map((v, i) => ({
      label: v,
      kind: 'value',
      insertText: v,
      snippet: false,
      detail: `release.${key}`,
      sortText: String(i).padStart(3, '0'),
    }));
  }
  if (p.startsWith('release.license.') && ctx.path.length === 3 && key === 'name') {
    const scope = ctx.path[2]!;
    return mofLicenseItems(
      scope === 'code' || scope === 'data' || scope === 'document' ? (scope as MofContentType) : 'any',
    );
  }
  if (p === 'release.components.-') {
    if (key === 'name') {
      const used = usedNames(doc, cursorLine);
      return mofNameItems(0).filter((i) => !used.has(i.label));
    }
    const name = itemName(doc, ctx.containerLine, cursorLine);
    const comp = name ? MOF_COMPONENT_BY_NAME.get(name) : undefined;
    if (key === 'license') return mofLicenseItems(comp?.contentType ?? 'any');
    if (key === 'description' && comp)
      return [
        {
          label: comp.description,
          kind: 'value',
          insertText: comp.description,
          snippet: false,
          detail: `MOT's description of ${comp.name}`,
        },
      ];
  }
  return [];
}

export function completeManifest(doc: ParsedDocument, offset: number): { ctx: YamlContext; items: Item[] } | null {
  const ctx = yamlContext(doc.lines, { start: 0, end: doc.text.length }, offset);
  if (!ctx) return null;
  const line = doc.lines.positionAt(offset).line;
  if (ctx.position === 'value') return { ctx, items: values(doc, ctx, line) };
  const p = ctx.path.join('.');
  const items =
    p === ''
      ? keys(ctx, [], TOP_KEYS)
      : p === 'framework'
        ? keys(ctx, ['framework'], FRAMEWORK_KEYS)
        : p === 'release'
          ? keys(ctx, ['release'], RELEASE_KEYS)
          : p === 'release.license'
            ? keys(ctx, ['release', 'license'], LICENSE_SCOPES)
            : ctx.path.length === 3 && p.startsWith('release.license.')
              ? keys(ctx, ['release', 'license', ctx.path[2]!], ['name', 'path'])
              : p === 'release.components.-'
                ? keys(ctx, ['release', 'components', '-'], COMPONENT_KEYS)
                : [];
  return { ctx, items };
}
