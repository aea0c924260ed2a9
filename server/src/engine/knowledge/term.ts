// The shape of the glossary (terms-card.ts, terms-manifest.ts): a taxonomy term explained once, as typed data, with
// the paper or spec it comes from. Hovers and completion docs render it (services/hover/hover-format.ts).

export interface Term {
  title: string;
  what: string;
  why?: string;
  /** The paper, spec or file the explanation comes from, e.g. "Eiras et al. 2024 §3". */
  source: string;
}
