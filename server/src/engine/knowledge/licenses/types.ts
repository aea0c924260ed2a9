// Shared licence types: the Eiras et al. five-permission rubric and the graded precedents that hovers explain.

/** The five yes/no permissions of the Eiras et al. (2024) licence rubric, one point each. */
export interface Permissions {
  /** Can use the component for research purposes. */
  research: boolean;
  /** Can use it for any commercial purpose. */
  commercial: boolean;
  /** Can modify it as desired (with notice). */
  modify: boolean;
  /** Can copyright a derivative work. */
  copyright_derivatives: boolean;
  /** A publicly shared derivative work may use another licence. */
  relicense_derivatives: boolean;
}

export const PERMISSION_KEYS: readonly (keyof Permissions)[] = [
  'research',
  'commercial',
  'modify',
  'copyright_derivatives',
  'relicense_derivatives',
];

export type Grade = 2 | 3 | 4 | 5;

/** A level the paper's published data gave this licence, which wins over the literal rubric. */
export interface Precedent {
  level: Grade;
  /** The licence as the paper's data names it, and where it was graded. */
  source: string;
}

export type MofContentType = 'code' | 'data' | 'document';
