/**
 * Checks of attribute values. A bad value (`rings="banana"`) is reported with a warning
 * that names the attribute and what it accepts, and an `ipt-error` `invalid-attribute`,
 * and the property falls back to its default: the host page never breaks.
 */

export interface AttributeRule<T = unknown> {
  /** The attribute's name, as written in HTML. */
  attribute: string;
  /** The value used when the given one is not accepted. */
  fallback: T;
  /** Words for the warning: what the attribute accepts. */
  accepts: string;
  isValid(value: unknown): boolean;
}

export function oneOf<T extends string>(attribute: string, values: readonly T[], fallback: T): AttributeRule<T> {
  return {
    attribute,
    fallback,
    accepts: values.map((v) => `"${v}"`).join(', '),
    isValid: (value) => typeof value === 'string' && (values as readonly string[]).includes(value),
  };
}

export function wholeNumber(attribute: string, min: number, max: number, fallback: number): AttributeRule<number> {
  return {
    attribute,
    fallback,
    accepts: `a whole number from ${min} to ${max}`,
    isValid: (value) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max,
  };
}

export function nonEmptyText(attribute: string, fallback: string, pattern?: RegExp, accepts = 'a non-empty text'): AttributeRule<string> {
  return {
    attribute,
    fallback,
    accepts,
    isValid: (value) => typeof value === 'string' && value.trim() !== '' && (!pattern || pattern.test(value)),
  };
}
