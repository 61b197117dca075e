import type { Repositories } from '../../store/index.ts';
import { skillView, type SkillView } from './skill-view.ts';

/** One tenant's skill queues as querySkills shows them, ordered by id. */
export interface TenantSkills {
  readonly skills: readonly CatalogSkill[];
}

export interface CatalogSkill {
  readonly skillId: number;
  readonly mediaTypeId: number;
  /** For the case-insensitive name filter. */
  readonly nameLowerCase: string;
  /** The rendered view: built once per load, shared by every reply (never mutated). */
  readonly view: SkillView;
}

export interface SkillCatalogBounds {
  /** Tenants kept; beyond it the least recently queried one is dropped and read again on use. */
  tenantsMax: number;
  /** A tenant with more queues than this is not kept: its queries read the store. */
  skillsPerTenantMax: number;
}

/**
 * A per-tenant in-memory read model of the skill queues and the IVR access codes their views
 * name (issue 8, decision 0021), so that configuration queries answer without three queries per
 * request. The store stays the truth: every configuration change is published on the config change
 * feed after its write committed, and `changed` (subscribed to that feed, the one choke point)
 * bumps the tenant's generation, which makes the kept copy stale. A load remembers the generation
 * it started under, so a load that overlapped a write is never taken for fresh.
 */
export class SkillCatalog {
  private readonly kept = new Map<number, { generation: number; value: TenantSkills }>();
  private readonly generations = new Map<number, number>();

  constructor(
    private readonly repos: Repositories,
    private readonly bounds: SkillCatalogBounds,
  ) {}

  /** The tenant's queues, or undefined when it has too many to keep (read the store instead). */
  async of(vdnId: number): Promise<TenantSkills | undefined> {
    const generation = this.generationOf(vdnId);
    const entry = this.kept.get(vdnId);
    if (entry && entry.generation === generation) {
      // Most recently used last, so that the first key is the one to drop.
      this.kept.delete(vdnId);
      this.kept.set(vdnId, entry);
      return entry.value;
    }
    const [rows, flows] = await Promise.all([this.repos.skills.listAll(vdnId), this.repos.ivr.listFlows(vdnId)]);
    if (rows.length > this.bounds.skillsPerTenantMax) return undefined;
    const ivrAccessCodes = new Map(flows.map((f) => [f.flowId, f.accessCode] as const));
    const value: TenantSkills = {
      skills: rows.map((row) => ({ skillId: row.skillId, mediaTypeId: row.mediaTypeId, nameLowerCase: row.name.toLowerCase(), view: skillView(row, ivrAccessCodes) })),
    };
    this.keep(vdnId, generation, value);
    return value;
  }

  /** Something in the tenant's configuration changed: what is kept of it is stale. */
  changed(vdnId: number): void {
    this.generations.set(vdnId, this.generationOf(vdnId) + 1);
    this.kept.delete(vdnId);
  }

  get size(): number {
    return this.kept.size;
  }

  private generationOf(vdnId: number): number {
    return this.generations.get(vdnId) ?? 0;
  }

  private keep(vdnId: number, generation: number, value: TenantSkills): void {
    // Written after a newer change: keep nothing, the next query loads again.
    if (generation !== this.generationOf(vdnId)) return;
    this.kept.delete(vdnId);
    if (this.kept.size >= this.bounds.tenantsMax) {
      const oldest = this.kept.keys().next().value;
      if (oldest !== undefined) this.kept.delete(oldest);
    }
    this.kept.set(vdnId, { generation, value });
  }
}
