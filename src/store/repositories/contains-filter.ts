import { sql, type Expression, type SqlBool } from 'kysely';

/**
 * A case-insensitive "contains" filter that behaves the same on SQLite and PostgreSQL: wildcards
 * in the user's text match literally (SQLite has no default LIKE escape, so it is explicit), and
 * both sides are lower-cased (PostgreSQL's LIKE is case-sensitive, SQLite's is not).
 */
export function containsIgnoreCase(column: string, text: string): Expression<SqlBool> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}
