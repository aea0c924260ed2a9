// Runs every rule fixture: test/fixtures/rules/<rule-id>/{valid*,invalid*}.{md,yml}. Compares the rule's
// findings with the inline expect markers, the fixed output with <name>.fixed.<ext>, and checks that every rule
// has fixtures, a docs page, and metadata that matches what it emits.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES, fixAll, lint, toReportDiagnostic } from './engine.mjs';
import { readFixtureConfig, readMarkers } from './fixture-markers.mjs';

const root = new URL('../fixtures/rules/', import.meta.url).pathname;
const docs = new URL('../../docs/rules/', import.meta.url).pathname;

function configFor(text, ruleId) {
  const c = readFixtureConfig(text);
  // The rule under test runs whatever the fixture's profile says (a customization, as an editor setting would be):
  // fixtures check where a rule reports, not its severity.
  return {
    profile: c.profile ?? 'recommended',
    stage: c.stage,
    rules: c.rules ?? {},
    customizations: { [ruleId]: 'warning' },
  };
}

// Fixtures test rules, not classification: Markdown is a card and YAML a manifest unless the fixture says otherwise.
function kindOf(path, text) {
  return readFixtureConfig(text).kind ?? (/\.ya?ml$/.test(path) ? 'release-manifest' : 'model-card');
}

// `"companions": ["model.yml"]` in a fixture's config names sibling files passed as companion documents.
function companionsOf(path, text) {
  const names = readFixtureConfig(text).companions ?? [];
  return names.map((n) => ({ path: join(path, '..', n), text: readFileSync(join(path, '..', n), 'utf8') }));
}

function lintFixture(path, ruleId) {
  const text = readFileSync(path, 'utf8');
  const result = lint(text, path, {
    config: configFor(text, ruleId),
    kind: kindOf(path, text),
    companions: companionsOf(path, text),
  });
  return {
    text,
    result,
    // A `missing-disclosures` summary stands for the `undisclosed-*` findings it lists: each is still its rule's.
    found: result.findings
      .flatMap((f) => (f.members && ruleId !== f.ruleId ? f.members : [f]))
      .filter((f) => f.ruleId === ruleId)
      .map((f) => ({ ...toReportDiagnostic(result.doc.lines, f), finding: f })),
  };
}

function compare(found, expected) {
  const exp = expected.slice();
  const unexpected = [];
  for (const f of found) {
    const i = exp.findIndex(
      (e) =>
        e.line === f.line &&
        (e.column === undefined || (e.column === f.column && e.endLine === f.endLine && e.endColumn === f.endColumn)),
    );
    if (i === -1) unexpected.push(`${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}`);
    else exp.splice(i, 1);
  }
  return {
    unexpected,
    missing: exp.map((e) => `${e.line}${e.column ? `:${e.column}-${e.endLine}:${e.endColumn}` : ''}`),
  };
}

describe('rule fixtures', () => {
  for (const rule of RULES) {
    const id = rule.meta.id;
    describe(id, () => {
      const dir = join(root, id);
      const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^(valid|invalid)[^.]*\.(md|ya?ml)$/.test(f)) : [];

      it('has valid and invalid fixtures and a docs page', () => {
        assert.ok(
          files.some((f) => f.startsWith('valid')),
          `no valid fixture in test/fixtures/rules/${id}/`,
        );
        assert.ok(
          files.some((f) => f.startsWith('invalid')),
          `no invalid fixture in test/fixtures/rules/${id}/`,
        );
        assert.ok(existsSync(join(docs, `${id}.md`)), `no docs/rules/${id}.md`);
      });

      let sawFix = false;
      let sawSuggestion = false;
      for (const file of files) {
        const path = join(dir, file);
        it(file, () => {
          const { text, found } = lintFixture(path, id);
          const expected = readMarkers(text).filter((e) => e.rule === id);
          if (file.startsWith('valid')) {
            assert.deepEqual(
              found.map((f) => `${f.line}: ${f.message}`),
              [],
              `${id} should not report in ${file}`,
            );
            return;
          }
          assert.ok(expected.length > 0, `${file} has no expect markers for ${id}`);
          const { unexpected, missing } = compare(found, expected);
          assert.deepEqual({ unexpected, missing }, { unexpected: [], missing: [] });
          sawFix ||= found.some((f) => f.finding.fix);
          sawSuggestion ||= found.some((f) => f.finding.suggestions?.length);
          for (const f of found)
            assert.equal(!!f.finding.fix && !rule.meta.fixable, false, `${id} emitted a fix but meta.fixable is false`);
          const fixedPath = path.replace(/\.(md|ya?ml)$/, '.fixed.$1');
          if (existsSync(fixedPath)) {
            const out = fixAll(text, path, {
              config: configFor(text, id),
              rules: new Set([id]),
              kind: kindOf(path, text),
              companions: companionsOf(path, text),
            });
            assert.equal(
              out.output,
              readFileSync(fixedPath, 'utf8'),
              `fixing ${file} with ${id} should give ${fixedPath.split('/').pop()}`,
            );
            assert.equal(
              out.result.findings.filter((f) => f.ruleId === id && f.fix).length,
              0,
              'fixes remain after fix-all',
            );
          }
        });
      }
      it('metadata matches what the fixtures show', () => {
        if (rule.meta.fixable) assert.ok(sawFix, `${id} is marked fixable but no invalid fixture produced a fix`);
        if (rule.meta.hasSuggestions)
          assert.ok(sawSuggestion, `${id} is marked hasSuggestions but no invalid fixture produced one`);
        if (rule.meta.fixable) {
          assert.ok(
            files.some((f) => existsSync(join(dir, f.replace(/\.(md|ya?ml)$/, '.fixed.$1')))),
            `${id} is fixable but has no *.fixed.* fixture`,
          );
        }
      });
    });
  }
});
