/** The keys of a label table, typed. */
export function enumKeys<K extends string>(table: Record<K, unknown>): K[] {
  return Object.keys(table) as K[];
}
