/**
 * A font the PDF embeds, as `npm run qbr:fonts` (scripts/qbr-fonts.ts) writes
 * it: a subset of a TrueType file from a pinned npm package, deflated and
 * base64'd into a plain module. A module is the one way the same bytes reach
 * the writer in the browser build (bundled and precached with the export
 * chunk) and under Node (the CLI, tests, benchmarks) with no file or network
 * access in shared/.
 */
export interface EmbeddedFont {
  /** The name jsPDF registers the font under; it is also the PDF's BaseFont. */
  name: string;
  style: 'normal' | 'bold';
  source: {
    package: string;
    version: string;
    file: string;
    /** Of the package's file, so a test notices a package upgrade that was not re-generated. */
    sha256: string;
    licence: string;
  };
  /** Digest of the generator's recipe for this font: a recipe changed without a re-run fails a test. */
  recipe: string;
  /** Inclusive [first, last] ranges of the Basic Multilingual Plane characters the subset maps. */
  ranges: readonly (readonly [number, number])[];
  /**
   * Supplementary-plane characters (most emoji) the font draws, in code-point
   * order. jsPDF reads only a font's BMP character map and walks strings by
   * UTF-16 unit, so the n-th of these is mapped at ASTRAL_BASE + n instead.
   */
  astral: readonly number[];
  /** The TrueType file, deflated (raw DEFLATE), base64. */
  deflated: string;
}

/** Where supplementary-plane characters are remapped: the start of the Private Use Area. */
export const ASTRAL_BASE = 0xe000;
