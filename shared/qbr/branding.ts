/** How the vendor's pack looks: its name, logo and two colours (hex, `#1F4E79` or `1F4E79`). */
export interface QbrBrandingInput {
  name?: string;
  /** PNG or JPEG bytes, or a `data:image/png;base64,…` URL. */
  logo?: Uint8Array | string;
  primaryColor?: string;
  accentColor?: string;
}

/** A logo every writer can place: base64 body, its type, and its pixel size for the aspect ratio. */
export interface QbrLogo {
  mime: 'image/png' | 'image/jpeg';
  base64: string;
  width: number;
  height: number;
}

export interface QbrBranding {
  name: string;
  /** Six hex digits, upper case, no `#`: the form pptxgenjs, jsPDF and exceljs all take. */
  primaryColor: string;
  accentColor: string;
  logo: QbrLogo | null;
}

export const DEFAULT_BRANDING: QbrBranding = { name: 'Partner Program', primaryColor: '1F4E79', accentColor: 'F28C28', logo: null };

const hexColor = (value: string | undefined, fallback: string, field: string): string => {
  if (value === undefined) return fallback;
  const match = /^#?([0-9a-f]{6})$/i.exec(value.trim());
  if (!match) throw new Error(`Branding ${field} must be a hex colour such as #1F4E79, got "${value}"`);
  return match[1]!.toUpperCase();
};

// btoa/atob exist in browsers and in Node 16+, so this stays isomorphic.
const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};
const fromBase64 = (base64: string): Uint8Array => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** Pixel size from the PNG IHDR chunk or the first JPEG start-of-frame marker. */
const imageSize = (bytes: Uint8Array): { mime: QbrLogo['mime']; width: number; height: number } => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length > 24 && view.getUint32(0) === 0x89504e47) {
    return { mime: 'image/png', width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes.length > 4 && view.getUint16(0) === 0xffd8) {
    let at = 2;
    while (at + 9 < bytes.length) {
      const marker = view.getUint16(at);
      const length = view.getUint16(at + 2);
      // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xffc0 && marker <= 0xffcf && ![0xffc4, 0xffc8, 0xffcc].includes(marker)) {
        return { mime: 'image/jpeg', height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
      }
      at += 2 + length;
    }
  }
  throw new Error('Branding logo must be a PNG or JPEG image');
};

const logoFrom = (logo: Uint8Array | string): QbrLogo => {
  const bytes = typeof logo === 'string' ? fromBase64(logo.replace(/^data:image\/[a-z]+;base64,/i, '')) : logo;
  const { mime, width, height } = imageSize(bytes);
  if (width === 0 || height === 0) throw new Error('Branding logo has no pixels');
  return { mime, width, height, base64: toBase64(bytes) };
};

/** Checks and settles the branding once, so writers never meet a malformed colour or logo. */
export const resolveBranding = (input: QbrBrandingInput = {}): QbrBranding => ({
  name: input.name?.trim() || DEFAULT_BRANDING.name,
  primaryColor: hexColor(input.primaryColor, DEFAULT_BRANDING.primaryColor, 'primary colour'),
  accentColor: hexColor(input.accentColor, DEFAULT_BRANDING.accentColor, 'accent colour'),
  logo: input.logo === undefined ? null : logoFrom(input.logo),
});
