import { notFound, duplicate } from '../../domain/ccsqm/failure.ts';
import type { SqmKind } from '../../domain/ccsqm/config-types.ts';
import type { Repositories, SqmDocumentRow } from '../../store/index.ts';

/** A stored document with its body parsed. */
export interface Doc<T> {
  id: string;
  name: string | null;
  parentId: string | null;
  body: T;
  createdAtMs: number;
  updatedAtMs: number;
  dueAtMs: number | null;
}

export function parseDoc<T>(row: SqmDocumentRow): Doc<T> {
  return { id: row.id, name: row.name, parentId: row.parentId, body: JSON.parse(row.doc) as T, createdAtMs: Number(row.createdAtMs), updatedAtMs: Number(row.updatedAtMs), dueAtMs: row.dueAtMs === null ? null : Number(row.dueAtMs) };
}

/** Typed access to one tenant's documents through a set of repositories (plain or transactional). */
export class Documents {
  constructor(
    private readonly repos: Repositories,
    readonly vdnId: number,
  ) {}

  async find<T>(kind: SqmKind, id: string): Promise<Doc<T> | undefined> {
    const row = await this.repos.sqm.find(this.vdnId, kind, id);
    return row ? parseDoc<T>(row) : undefined;
  }

  /** The document, or the "does not exist" business failure naming `what`. */
  async require<T>(kind: SqmKind, id: string, what: string): Promise<Doc<T>> {
    const doc = await this.find<T>(kind, id);
    if (!doc) throw notFound(what, id);
    return doc;
  }

  async list<T>(kind: SqmKind, parentId?: string): Promise<Doc<T>[]> {
    return (await this.repos.sqm.list(this.vdnId, kind, parentId)).map((row) => parseDoc<T>(row));
  }

  async byIds<T>(kind: SqmKind, ids: readonly string[]): Promise<Map<string, Doc<T>>> {
    const rows = await this.repos.sqm.listByIds(this.vdnId, kind, ids);
    return new Map(rows.map((row) => [row.id, parseDoc<T>(row)]));
  }

  /** Every id must name a document of the kind (else the business failure naming `what`). */
  async requireAll(kind: SqmKind, ids: readonly string[], what: string): Promise<void> {
    const found = await this.byIds(kind, ids);
    const missing = ids.find((id) => !found.has(id));
    if (missing !== undefined) throw notFound(what, missing);
  }

  /** Refuses a name another document of the kind already has (HTTP 409, ref L47611). */
  async uniqueName(kind: SqmKind, name: string, selfId?: string): Promise<void> {
    const other = await this.repos.sqm.findByName(this.vdnId, kind, name);
    if (other && other.id !== selfId) throw duplicate(kind.endsWith('Rule') ? 'The rule name exists.' : 'The name exists.');
  }

  async put<T>(kind: SqmKind, doc: { id: string; name?: string | null; parentId?: string | null; body: T; nowMs: number; createdAtMs?: number; dueAtMs?: number | null }): Promise<void> {
    await this.repos.sqm.put({
      vdnId: this.vdnId,
      kind,
      id: doc.id,
      name: doc.name ?? null,
      parentId: doc.parentId ?? null,
      doc: JSON.stringify(doc.body),
      createdAtMs: doc.createdAtMs ?? doc.nowMs,
      updatedAtMs: doc.nowMs,
      dueAtMs: doc.dueAtMs ?? null,
    });
  }

  /** Replaces the body of an existing document, keeping its other columns. */
  async update<T>(kind: SqmKind, doc: Doc<T>, body: T, nowMs: number, changes: { name?: string | null; parentId?: string | null; dueAtMs?: number | null } = {}): Promise<void> {
    await this.put(kind, { id: doc.id, name: changes.name !== undefined ? changes.name : doc.name, parentId: changes.parentId !== undefined ? changes.parentId : doc.parentId, body, nowMs, createdAtMs: doc.createdAtMs, dueAtMs: changes.dueAtMs !== undefined ? changes.dueAtMs : doc.dueAtMs });
  }

  async remove(kind: SqmKind, ...ids: string[]): Promise<void> {
    await this.repos.sqm.remove(this.vdnId, kind, ids);
  }
}
