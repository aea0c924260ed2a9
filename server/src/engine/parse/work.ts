// Counted work of the parse and classify layer, so that tests bound what a hostile input costs at two sizes without
// reading a clock (test/unit/hostile-scaling.test.mjs, issue 8). Each count grows by what one step hands to a scan or
// a sub-parser (a line, a chunk, a YAML block), never per character. One lives on the caller's EngineCache; the engine
// keeps none of its own, and a parse given none counts nothing.
export class ParseWork {
  /** Characters of the lines classify's scans read (each scan of the head counts its lines again). */
  classifyChars = 0;
  /** Characters put into a line index. */
  lineIndexChars = 0;
  /** Characters of lines the chunk-boundary scan read (at most the first 200 of a line, fence lines whole). */
  chunkScanChars = 0;
  /** Characters handed to markdown-it, and the block tokens it returned. */
  markdownChars = 0;
  markdownTokens = 0;
  /** Characters of heading source reduced to titles, of paragraph lines read for a bold label, and of HTML blocks
   * searched for `<hN>` headings. */
  titleChars = 0;
  /** Characters of the body read looking for `<!-- … -->` comments (the comments' own text and the gaps skipped). */
  commentChars = 0;
  /** Characters of YAML scanned for its top-level keys, anchors and longest list before it is parsed. */
  yamlScanChars = 0;
  /** Characters handed to the yaml package, and the nodes of the tree built from what it returned. */
  yamlChars = 0;
  yamlNodes = 0;
}
