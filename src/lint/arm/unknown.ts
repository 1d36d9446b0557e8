/**
 * A value ARM only knows at deployment time (a subscription ID, `newGuid()`, a parameter with no value).
 * Offline we carry a typed placeholder instead of guessing: rules skip checks that need the real value,
 * and `deterministic: false` (from `newGuid()` / `utcNow()`) survives every function it flows through so that
 * a resource name built from it can be reported.
 */
export class Unknown {
  constructor(
    /** What kind of value: 'subscriptionId', 'tenantId', 'newGuid', 'utcNow', 'parameter', 'reference', ... */
    readonly kind: string,
    /** How to show it to a person, e.g. `subscription().subscriptionId` or `parameters('x')`. */
    readonly text: string,
    /** False when the value changes between deployments of the same inputs (newGuid, utcNow). */
    readonly deterministic: boolean = true
  ) {}

  toString(): string {
    return `{${this.text}}`
  }
}

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown
}
