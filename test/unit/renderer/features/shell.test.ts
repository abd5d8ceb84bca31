import { describe, expect, it } from 'vitest';
import { defaultServerUrl } from '../../../../renderer/app/boot';
import { hrefOf, parseHash } from '../../../../renderer/app/router';
import { pendingText, syncStateText } from '../../../../renderer/app/sync-indicator-text';

describe('hash routes', () => {
  it('parses sections and partner tabs, and lands on the partner list by default', () => {
    expect(parseHash('')).toEqual({ section: 'partners' });
    expect(parseHash('#/dashboard')).toEqual({ section: 'dashboard' });
    expect(parseHash('#/nowhere')).toEqual({ section: 'partners' });
    expect(parseHash('#/partners/abc')).toEqual({ section: 'partner', partnerId: 'abc', tab: 'overview' });
    expect(parseHash('#/partners/abc/pipeline')).toEqual({ section: 'partner', partnerId: 'abc', tab: 'pipeline' });
    expect(parseHash('#/partners/abc/bogus')).toEqual({ section: 'partner', partnerId: 'abc', tab: 'overview' });
  });

  it('writes what it parses', () => {
    for (const hash of ['#/settings', '#/partners/a%2Fb/solutions', '#/partners/x']) expect(hrefOf(parseHash(hash))).toBe(hash);
  });
});

describe('sync status words', () => {
  it('says each state as the top bar shows it', () => {
    expect(syncStateText({ kind: 'offline' })).toBe('Offline');
    expect(syncStateText({ kind: 'syncing', done: 3, total: 12 })).toBe('Syncing 3 of 12');
    expect(syncStateText({ kind: 'synced', at: new Date(2026, 10, 22, 14, 5).toISOString() })).toBe('Synced at 14:05');
    expect(syncStateText({ kind: 'error', message: 'Sign in again.', action: 'sign-in' })).toBe('Sign in again.');
    expect(pendingText(0)).toBe('All changes saved');
    expect(pendingText(1)).toBe('1 change to sync');
    // The demo never syncs: its changes stay where they were made.
    expect(pendingText(3, true)).toBe('3 changes on this device only');
    expect(pendingText(0, true)).toBe('All changes saved');
  });
});

describe('sign-in server address', () => {
  it('is the page origin when served over http(s), else the local server', () => {
    expect(defaultServerUrl({ protocol: 'https:', origin: 'https://partners.example.com' })).toBe('https://partners.example.com');
    expect(defaultServerUrl({ protocol: 'http:', origin: 'http://127.0.0.1:4173' })).toBe('http://127.0.0.1:4173');
    expect(defaultServerUrl({ protocol: 'app:', origin: 'null' })).toBe('http://127.0.0.1:8787');
  });
});
