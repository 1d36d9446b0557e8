/**
 * Memoises what is derived from an object on the object itself, under a symbol (non-enumerable, so invisible to
 * JSON, `Object.keys` and test equality), instead of in a module-level WeakMap.
 *
 * Why not a WeakMap: V8's young-generation collector treats a WeakMap's values as held, and a memo usually leads back
 * to its key (the GUID fields of a definition point at the definition). Every lint unit's definitions, and through
 * them its templates and evaluated values, then survived into the old generation until a full collection, which made
 * garbage collection the largest cost of a lint run (README "Performance"). Kept on the object, the memo dies with it.
 */
export function memoOn<T extends object, V>(target: T, key: symbol, compute: (target: T) => V): V {
  const slots = target as unknown as Record<symbol, V>
  if (Object.prototype.hasOwnProperty.call(target, key)) return slots[key]!
  const value = compute(target)
  if (Object.isExtensible(target)) Object.defineProperty(target, key, { value })
  return value
}
