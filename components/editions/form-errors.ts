import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/**
 * Puts every field error of a server action on the form ("rounds.1.closesAt" included) and returns the
 * messages that match no field, so they can be shown above the form instead of being lost.
 */
export function applyServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: Record<string, string[]> | undefined,
  fields: readonly string[] | ((key: string) => boolean),
): string[] {
  const known = typeof fields === "function" ? fields : (key: string) => fields.includes(key);
  const unmatched: string[] = [];
  let focused = false;
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    const message = messages[0];
    if (!message) continue;
    if (known(key)) {
      setError(key as Path<T>, { type: "server", message }, { shouldFocus: !focused });
      focused = true;
    } else {
      unmatched.push(message);
    }
  }
  return unmatched;
}

/** A number input's value for react-hook-form: "" → null (kept as "not set"), otherwise the number. */
export const optionalNumber = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));

/**
 * What a form shows after a refused save: field errors go on their fields; the alert above the form carries
 * the general message and anything no field could show, and is left out when it would only repeat a field.
 */
export function refusal<T extends FieldValues>(
  setError: UseFormSetError<T>,
  result: { error: string; fieldErrors?: Record<string, string[]> },
  fields: readonly string[] | ((key: string) => boolean),
): { tone: "error"; text: string; more?: string[] } | null {
  const more = applyServerErrors(setError, result.fieldErrors, fields);
  const onFields = Object.values(result.fieldErrors ?? {}).flat();
  if (more.length === 0 && onFields.includes(result.error)) return null;
  return { tone: "error", text: result.error, more };
}
