import { strFromU8, unzipSync } from 'fflate';

const decode = (xml: string): string =>
  xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The parts of an Office file, XML parts as text. */
export const openPackage = (data: Uint8Array): Map<string, string> =>
  new Map(Object.entries(unzipSync(data)).map(([name, bytes]) => [name, name.endsWith('.xml') || name.endsWith('.rels') ? strFromU8(bytes) : '']));

const slideNumber = (name: string): number => Number(/slide(\d+)\.xml$/.exec(name)?.[1]);

/** Slide XML parts in slide order. */
export const slideParts = (parts: Map<string, string>): string[] =>
  [...parts.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => slideNumber(a) - slideNumber(b));

/** Every text run of a slide or chart part, joined. */
export const textOf = (xml: string): string => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!)).join(' ');

export interface ChartSeries {
  name: string;
  categories: string[];
  values: number[];
}

/** The series of a DrawingML chart part (c:ser): name, category labels and values. */
export const chartSeries = (xml: string): ChartSeries[] =>
  [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => {
    const points = (tag: string) => {
      const block = new RegExp(`<c:${tag}>([\\s\\S]*?)</c:${tag}>`).exec(ser!)?.[1] ?? '';
      return [...block.matchAll(/<c:pt idx="\d+">\s*<c:v>([^<]*)<\/c:v>/g)].map((m) => decode(m[1]!));
    };
    return {
      name: decode(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser!)?.[1] ?? ''),
      categories: points('cat'),
      values: points('val').map(Number),
    };
  });

/** The chart's own title text. */
export const chartTitle = (xml: string): string => textOf(/<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1] ?? '');
