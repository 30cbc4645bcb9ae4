import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { Feedback } from "./alert";

/** What a refused server action sends back (the `ok: false` side of `ActionResult`). */
export type Refusal = { error: string; fieldErrors?: Record<string, string[]> };

/** Which keys of `fieldErrors` are fields of this form: a list (in form order) or a test ("rounds.1.closesAt"). */
export type FormFields = readonly string[] | ((key: string) => boolean);

/**
 * The one way a server refusal reaches a react-hook-form form: each field error goes on its field (the first
 * one gets focus, in the form's order when `fields` is a list); messages that match no field are returned so
 * they can be shown above the form instead of being lost.
 */
export function applyServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: Record<string, string[]> | undefined,
  fields: FormFields,
): { applied: boolean; unmatched: string[] } {
  const entries = Object.entries(fieldErrors ?? {});
  const known = typeof fields === "function" ? fields : (key: string) => fields.includes(key);
  const order =
    typeof fields === "function" ? entries.map(([key]) => key) : [...fields, ...entries.map(([key]) => key)];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  let applied = false;
  for (const key of order) {
    if (seen.has(key)) continue;
    seen.add(key);
    const message = fieldErrors?.[key]?.[0];
    if (!message) continue;
    if (known(key)) {
      setError(key as Path<T>, { type: "server", message }, { shouldFocus: !applied });
      applied = true;
    } else {
      unmatched.push(message);
    }
  }
  return { applied, unmatched };
}

/**
 * For forms with one error line above them: field errors go on their fields, and the general message is
 * returned only when no field shows anything (so the same message is not shown twice).
 */
export function refusalText<T extends FieldValues>(
  setError: UseFormSetError<T>,
  result: Refusal,
  fields: FormFields,
): string | null {
  return applyServerErrors(setError, result.fieldErrors, fields).applied ? null : result.error;
}

/**
 * For forms with a feedback alert: field errors go on their fields; the alert carries the general message and
 * anything no field could show, and is left out when it would only repeat a field.
 */
export function refusal<T extends FieldValues>(
  setError: UseFormSetError<T>,
  result: Refusal,
  fields: FormFields,
): Feedback {
  const { unmatched: more } = applyServerErrors(setError, result.fieldErrors, fields);
  const onFields = Object.values(result.fieldErrors ?? {}).flat();
  if (more.length === 0 && onFields.includes(result.error)) return null;
  return { tone: "error", text: result.error, more };
}
