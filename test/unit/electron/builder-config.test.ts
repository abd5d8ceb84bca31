import Ajv from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readBuilderConfig } from './builder-config-file';

const require = createRequire(import.meta.url);
const config = readBuilderConfig();

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own configuration schema", () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const valid = ajv.validate(schema, config);
    expect(ajv.errorsText(ajv.errors), 'schema errors').toBe('No errors');
    expect(valid).toBe(true);
  });

  it('builds an AppImage and a deb, an NSIS installer, and a hardened-runtime dmg', () => {
    expect(config.appId).toBe('com.partnerdesk.app');
    expect(config.productName).toBe('Partner Desk');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toBe('nsis');
    expect(config.mac).toMatchObject({ target: 'dmg', hardenedRuntime: true });
  });

  it('points at icons and entitlements that exist', () => {
    for (const file of [config.linux.icon, config.win.icon, config.mac.icon, config.mac.entitlements]) {
      expect(existsSync(file), file).toBe(true);
    }
    // electron-builder derives .ico and .icns from a PNG of at least 512×512.
    const png = readFileSync(config.linux.icon);
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });

  it('updates from a generic provider the HQ server can host', () => {
    expect(config.publish).toMatchObject({ provider: 'generic' });
    expect(config.publish.url).toMatch(/^https:\/\//);
  });
});
