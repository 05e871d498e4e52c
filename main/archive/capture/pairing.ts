/**
 * Pairing browsers for capture, Zotero-connector style: Clipdesk shows a one-time code, the
 * extension sends it once and gets a random key in return, which it sends with every clip. Only
 * the key's SHA-256 is kept (in the archive, so every shell honours the same pairings), with the
 * extension origin that paired: a key is good only from that origin. A revoked pairing is gone
 * from the table, so the very next request with its key is refused.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { CapturePairing, PairingCode } from '../../../preload/api/index.ts';
import type { ArchiveStore } from '../store/store.ts';

/** How long a code may be typed in. */
const PAIRING_CODE_MS = 10 * 60_000;
/** Wrong codes tried before the code is spent (one in 10^8 a guess: a few tries cannot find it). */
const MAX_WRONG_CODES = 5;
/** No 0/O or 1/I/L: a code is read off the screen and typed. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** An extension's origin: chrome-extension://<32 letters a-p> or moz-extension://<uuid>. */
export function isExtensionOrigin(origin: string | undefined): origin is string {
  return typeof origin === 'string' && /^(?:chrome-extension:\/\/[a-p]{32}|moz-extension:\/\/[0-9a-f-]{36})$/.test(origin);
}

export type PairingRefusal = 'no-code' | 'expired' | 'wrong-code' | 'bad-origin';

export class PairingBook {
  private pending: { code: string; expiresAt: number; wrong: number } | null = null;

  private readonly store: ArchiveStore;
  private readonly now: () => number;

  constructor(store: ArchiveStore, now: () => number = Date.now) {
    this.store = store;
    this.now = now;
  }

  /** A new code; the one before it no longer pairs. */
  start(port: number): PairingCode {
    const raw = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
    const code = `${raw.slice(0, 4)}-${raw.slice(4)}`;
    this.pending = { code, expiresAt: this.now() + PAIRING_CODE_MS, wrong: 0 };
    return { code, expiresAt: new Date(this.pending.expiresAt).toISOString(), port };
  }

  /** Spends the code for a key bound to `origin`; the code works once. */
  pair(code: string, origin: string, label: string): { key: string; id: number } | { refused: PairingRefusal } {
    if (!isExtensionOrigin(origin)) return { refused: 'bad-origin' };
    const pending = this.pending;
    if (!pending) return { refused: 'no-code' };
    if (this.now() > pending.expiresAt) {
      this.pending = null;
      return { refused: 'expired' };
    }
    const given = Buffer.from(code.trim().toUpperCase().replace(/[\s-]/g, ''));
    const wanted = Buffer.from(pending.code.replace('-', ''));
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
      pending.wrong += 1;
      if (pending.wrong >= MAX_WRONG_CODES) this.pending = null;
      return { refused: 'wrong-code' };
    }
    this.pending = null;
    const key = randomBytes(32).toString('base64url');
    const id = this.store.read((db) =>
      Number(db.prepare('INSERT INTO capture_pairings (key_hash, origin, label, created_at) VALUES (?, ?, ?, ?)').run(sha256(key), origin, label.slice(0, 120) || 'A browser', new Date(this.now()).toISOString()).lastInsertRowid),
    );
    return { key, id };
  }

  /** The pairing a key belongs to, when it is presented from the origin that paired; null otherwise. */
  verify(key: string | undefined, origin: string | undefined): number | null {
    if (!key || !isExtensionOrigin(origin)) return null;
    return this.store.read((db) => {
      const row = db.prepare('SELECT id, origin FROM capture_pairings WHERE key_hash = ?').get(sha256(key)) as { id: number; origin: string } | undefined;
      if (!row || row.origin !== origin) return null;
      db.prepare('UPDATE capture_pairings SET last_used_at = ? WHERE id = ?').run(new Date(this.now()).toISOString(), row.id);
      return row.id;
    });
  }

  list(): CapturePairing[] {
    return this.store.read((db) =>
      (db.prepare('SELECT id, label, origin, created_at, last_used_at FROM capture_pairings ORDER BY id').all() as Record<string, string | number | null>[]).map((r) => ({
        id: Number(r.id),
        label: String(r.label),
        origin: String(r.origin),
        createdAt: String(r.created_at),
        lastUsedAt: r.last_used_at === null ? null : String(r.last_used_at),
      })),
    );
  }

  revoke(id: number): boolean {
    return this.store.read((db) => db.prepare('DELETE FROM capture_pairings WHERE id = ?').run(id).changes > 0);
  }
}
