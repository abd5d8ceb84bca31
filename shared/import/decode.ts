/**
 * CSV bytes to text. CRM exports are UTF-8 (Salesforce and HubSpot, often
 * with a byte-order mark so Excel reads them right), but files saved from
 * Excel on Windows are Windows-1252. A strict UTF-8 decode fails on such
 * bytes, which is how the two are told apart: "Müller" in Windows-1252 is
 * never valid UTF-8. Windows-1252 decodes any byte, so it is the fallback.
 */
export type TextEncodingName = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Windows-1252's bytes 0x80–0x9F (€, ‘ ’ “ ”, –, …): Node 20's TextDecoder
 * decodes the "windows-1252" label as ISO-8859-1 and yields C1 control
 * characters for them, where browsers give the letters, so they are put
 * right here. The five bytes Windows-1252 leaves undefined stay as they are.
 */
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const c1Controls = /[\u0080-\u009f]/g;

const decodeWindows1252 = (bytes: Uint8Array): string =>
  new TextDecoder('windows-1252').decode(bytes).replace(c1Controls, (c) => cp1252High[c.charCodeAt(0) - 0x80]!);

export const decodeText = (bytes: Uint8Array): DecodedText => {
  try {
    // ignoreBOM: false (the default) drops a leading BOM, so the first header is "Account ID", not "\uFEFFAccount ID".
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
};

/** Bytes from whatever the caller holds: a File's ArrayBuffer in the renderer, a Buffer (a Uint8Array) in Node. */
export const asBytes = (data: Uint8Array | ArrayBuffer): Uint8Array => (data instanceof Uint8Array ? data : new Uint8Array(data));
