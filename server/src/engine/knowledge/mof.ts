// MOF class and per-class progress of a release manifest, reproducing the Model Openness Tool's verdicts.
//
// Which behaviour, and why. The contract is MOT's own test data (Test_Data/*.yml @ 8b5d30e9, mirrored in
// shared/corpus/mof-test-data), whose FILE NAMES encode the expected per-class progress. No single MOT version
// produces all 27 names, because the names were written by two tools:
//  1. MOT's evaluator as it is today (web/modules/mof/src/ModelEvaluator.php, the refactored version with
//     handleTechnicalReportOmission; a5f00fad has the same logic) with the component settings of 8b5d30e
//     (Supporting libraries and tools, Model metadata and Sample model outputs optional: 6 / 10 / 14 required).
//     MOT's test script (scripts/test-model-files.php @ 3915898d) only checks a class when every higher class is
//     met, and the maintainers renamed the files whose checked value differed (Class2R 73→77 %, Class2T 67→71 %,
//     Class3R/Class3T class II 55→60 %). Those values are exactly MOT's.
//  2. The Test_Data generator (Test_Data/Test_Scripts/generate-test-files.py @ 4e94f9c9, calculate_model_
//     classification) for every value MOT's script does not check. Current MOT reports 0 % for a class whose
//     higher class is unmet (that is what expected_results.json shows); the file names carry the generator's
//     partial count instead: class II = open components of {Model architecture, Model parameters (Final),
//     Evaluation results, Model card, Data card, Training code, Inference code, Evaluation code, Evaluation data,
//     Supporting libraries and tools} plus one for the technical report or the research paper, over 11; class I =
//     open components of those ten plus Datasets, Data preprocessing code, Model parameters (Intermediate) and
//     Research paper, plus Sample model outputs (the generator's list has it where MOF has the technical report,
//     which it never counts), over 15. One such name was corrected by hand (OnlyGlobalLicense 13→7 %: Sample
//     model outputs no longer counted beside an open research paper); this rule reproduces that correction.
// So: a class whose higher classes are all met gets MOT's exact value (basis 'mot'); any other class gets the
// generator's partial count (basis 'partial') where MOT itself would show 0 (kept in `mot` for reference).
// Class III never depends on a higher class, so it is always MOT's value; the class verdict is always MOT's.
//
// MOT details kept: licence resolution component → release.license.<type> → release.license.distribution → none
// (= `unlicensed`); an empty component licence means unlicensed (PHP `?: null`), an empty global is skipped (PHP
// `empty`); licence strings compared literally (`Apache 2.0` is not open); open = OSI-approved or FSF-libre in MOT's
// bundled SPDX list, or OPEN_DATA_LICENSES, or OpenMDW-1.0; open but not in mof-licenses.json for the component's
// type = counted, listed in notTypeAppropriate; the research paper stands in for a technical report that is not
// included (classes II and III), and class I then needs one component fewer. Progress is rounded like PHP round().

import type { MofResult } from '../types.js';
import { isMotOpen, isMotTypeAppropriate } from './licenses/mof-licenses.js';
import type { MofContentType } from './licenses/types.js';
import {
  MOF_CLASS_LABELS,
  MOF_COMPONENTS,
  MOF_COMPONENT_BY_NAME,
  RESEARCH_PAPER,
  TECHNICAL_REPORT,
  type MofClass,
} from './mof-components.js';

export interface MofInput {
  components: { name: string; license?: string | null }[];
  licenses: {
    distribution?: string | null;
    code?: string | null;
    data?: string | null;
    document?: string | null;
  };
}

export type MofStatus = 'included' | 'invalid' | 'unlicensed';

export interface MofClassEvaluation {
  /** Required components (this class and the higher ones) with an open licence. */
  included: string[];
  /** Required components not in the manifest. */
  missing: string[];
  /** Components whose resolved licence is `unlicensed` (or none at all). */
  unlicensed: string[];
  /** Components whose resolved licence is not open. */
  invalid: string[];
  /** Optional components (this class and the higher ones) with an open licence. */
  optional: string[];
}

export interface MofComponentLicense {
  name: string;
  contentType: MofContentType;
  /** Resolved licence, `unlicensed` when nothing applies. */
  license: string;
  source: 'component' | 'type' | 'distribution' | 'none';
  status: MofStatus;
  typeAppropriate: boolean;
}

type PerClass<T> = { class1: T; class2: T; class3: T };

export interface MofEvaluation extends MofResult {
  /** `Class I - Open Science Model` … or `Unclassified`. */
  label: string;
  classes: Record<MofClass, MofClassEvaluation>;
  /** Components counted as open whose licence is not type-appropriate (MOT's "conditional" warning). */
  notTypeAppropriate: string[];
  /** Per listed component: its resolved licence and verdict. */
  components: MofComponentLicense[];
  /** Manifest component names that are not among the 17 (MOT ignores them). */
  unknownComponents: string[];
  /** Where each progress value comes from (see the header of mof.ts). */
  basis: PerClass<'mot' | 'partial'>;
  /** What MOT's own evaluator reports (0 for a class whose higher class is unmet). */
  mot: PerClass<number>;
}

const CLASSES: readonly MofClass[] = [3, 2, 1];

// PHP empty(): '' and '0' are empty.
const phpEmpty = (s: string | null | undefined): boolean => s === undefined || s === null || s === '' || s === '0';

/** PHP round(): pre-round to 15 significant digits, then half away from zero. */
export function phpRound(x: number): number {
  const pre = Number(x.toPrecision(15));
  return Math.sign(pre) * Math.round(Math.abs(pre));
}

function resolve(
  input: MofInput,
  componentLicense: string | null | undefined,
  type: MofContentType,
): Pick<MofComponentLicense, 'license' | 'source'> {
  if (componentLicense !== undefined && componentLicense !== null) {
    return componentLicense === ''
      ? { license: 'unlicensed', source: 'component' }
      : { license: componentLicense, source: 'component' };
  }
  const typed = input.licenses[type];
  if (!phpEmpty(typed)) return { license: typed as string, source: 'type' };
  const distribution = input.licenses.distribution;
  if (!phpEmpty(distribution)) return { license: distribution as string, source: 'distribution' };
  return { license: 'unlicensed', source: 'none' };
}

function required(k: MofClass): string[] {
  return MOF_COMPONENTS.filter((c) => c.class === k && c.required).map((c) => c.name);
}

function optional(k: MofClass): string[] {
  return MOF_COMPONENTS.filter((c) => c.class === k && !c.required).map((c) => c.name);
}

const REQUIRED_TOTAL: Record<MofClass, number> = {
  3: required(3).length,
  2: required(3).length + required(2).length,
  1: required(3).length + required(2).length + required(1).length,
};

// The generator's partial-count lists (see header): everything but the report slot.
const PARTIAL_CLASS2 = [
  'Model architecture',
  'Model parameters (Final)',
  'Evaluation results',
  'Model card',
  'Data card',
  'Training code',
  'Inference code',
  'Evaluation code',
  'Evaluation data',
  'Supporting libraries and tools',
];
const PARTIAL_CLASS1 = [
  ...PARTIAL_CLASS2,
  'Datasets',
  'Data preprocessing code',
  'Model parameters (Intermediate)',
  RESEARCH_PAPER,
];

export function evaluateMof(input: MofInput): MofEvaluation {
  // A later duplicate overrides an earlier one, as MOT's per-id licence map does.
  const listed = new Map<string, string | null | undefined>();
  const unknownComponents: string[] = [];
  for (const c of input.components) {
    if (MOF_COMPONENT_BY_NAME.has(c.name)) listed.set(c.name, c.license);
    else if (!unknownComponents.includes(c.name)) unknownComponents.push(c.name);
  }

  const verdicts = new Map<string, MofComponentLicense>();
  for (const [name, license] of listed) {
    const component = MOF_COMPONENT_BY_NAME.get(name)!;
    const resolved = resolve(input, license, component.contentType);
    const open = isMotOpen(resolved.license);
    verdicts.set(name, {
      name,
      contentType: component.contentType,
      ...resolved,
      status: open ? 'included' : resolved.license === 'unlicensed' ? 'unlicensed' : 'invalid',
      typeAppropriate: isMotTypeAppropriate(resolved.license, component.contentType),
    });
  }

  const notTypeAppropriate: string[] = [];
  const classes = {} as Record<MofClass, MofClassEvaluation>;
  let req: string[] = [];
  let opt: string[] = [];
  for (const k of CLASSES) {
    req = [...req, ...required(k)];
    opt = [...opt, ...optional(k)];
    const e: MofClassEvaluation = { included: [], missing: [], unlicensed: [], invalid: [], optional: [] };
    for (const [names, openList] of [
      [req, 'included'],
      [opt, 'optional'],
    ] as const) {
      for (const name of names) {
        const v = verdicts.get(name);
        if (!v) {
          if (openList === 'included') e.missing.push(name);
          continue;
        }
        if (v.status === 'included') {
          e[openList].push(name);
          if (!v.typeAppropriate && !notTypeAppropriate.includes(name)) notTypeAppropriate.push(name);
        } else {
          e[v.status].push(name);
        }
      }
    }
    classes[k] = e;
  }

  // Technical report waiver: a provided research paper replaces a technical report that is not included.
  const statusIn = (e: MofClassEvaluation, name: string): MofStatus | null =>
    e.included.includes(name)
      ? 'included'
      : e.invalid.includes(name)
        ? 'invalid'
        : e.unlicensed.includes(name)
          ? 'unlicensed'
          : null;
  const reportIncluded = statusIn(classes[3], TECHNICAL_REPORT) === 'included';
  const paper = statusIn(classes[1], RESEARCH_PAPER);
  if (!reportIncluded && paper !== null) {
    for (const k of CLASSES) classes[k].missing = classes[k].missing.filter((n) => n !== TECHNICAL_REPORT);
    for (const k of [3, 2] as const) classes[k][paper].push(RESEARCH_PAPER);
  }

  const mot = {} as Record<MofClass, number>;
  for (const k of CLASSES) {
    const higherMet = CLASSES.filter((j) => j > k).every((j) => classes[j].included.length >= REQUIRED_TOTAL[j]);
    if (!higherMet) {
      mot[k] = 0;
      continue;
    }
    let total = REQUIRED_TOTAL[k];
    if (
      k === 1 &&
      statusIn(classes[1], TECHNICAL_REPORT) !== 'included' &&
      statusIn(classes[1], RESEARCH_PAPER) === 'included'
    ) {
      total--;
    }
    mot[k] = Math.min(100, (classes[k].included.length / total) * 100);
  }

  const open = (name: string): boolean => verdicts.get(name)?.status === 'included';
  const reportSlot = open(TECHNICAL_REPORT) || open(RESEARCH_PAPER) ? 1 : 0;
  const partial: Record<1 | 2, number> = {
    2: ((PARTIAL_CLASS2.filter(open).length + reportSlot) / 11) * 100,
    1:
      ((PARTIAL_CLASS1.filter(open).length + (open('Sample model outputs') && !open(RESEARCH_PAPER) ? 1 : 0)) / 15) *
      100,
  };

  const basis = {} as Record<MofClass, 'mot' | 'partial'>;
  const exact = {} as Record<MofClass, number>;
  for (const k of CLASSES) {
    const gated = CLASSES.some((j) => j > k && mot[j] !== 100);
    basis[k] = gated ? 'partial' : 'mot';
    exact[k] = gated ? partial[k as 1 | 2] : mot[k];
  }

  // getClassification(): the lowest class whose MOT progress is exactly 100.
  const cls = ([1, 2, 3] as const).find((k) => mot[k] === 100) ?? null;

  return {
    class: cls,
    label: cls === null ? 'Unclassified' : MOF_CLASS_LABELS[cls],
    progress: { class1: phpRound(exact[1]), class2: phpRound(exact[2]), class3: phpRound(exact[3]) },
    exact: { class1: exact[1], class2: exact[2], class3: exact[3] },
    mot: { class1: mot[1], class2: mot[2], class3: mot[3] },
    basis: { class1: basis[1], class2: basis[2], class3: basis[3] },
    classes,
    notTypeAppropriate,
    components: [...verdicts.values()],
    unknownComponents,
  };
}
