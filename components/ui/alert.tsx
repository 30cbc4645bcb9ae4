import type { ComponentProps } from "react";
import { cn } from "./cn";

type AlertTone = "error" | "success" | "info" | "warning";
const alertTones: Record<AlertTone, string> = {
  error: "border-red-200 bg-red-50 text-red-900",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
  info: "border-brand-200 bg-brand-50 text-brand-900",
  warning: "border-gold-300 bg-gold-50 text-gold-900",
};

/** A message box; errors are announced to screen readers as soon as they appear. */
export function Alert({ tone = "info", className, children, ...props }: ComponentProps<"div"> & { tone?: AlertTone }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cn("rounded-lg border px-4 py-3 text-sm leading-relaxed", alertTones[tone], className)}
      {...props}
    >
      {children}
    </div>
  );
}

export type Feedback = { tone: "success" | "error"; text: string; more?: string[] } | null;

/** The result line of a form or a row action: the server's message, and field errors no field could show. */
export function FeedbackAlert({ feedback, className }: { feedback: Feedback; className?: string }) {
  if (!feedback) return null;
  return (
    <Alert tone={feedback.tone} className={className}>
      <p>{feedback.text}</p>
      {feedback.more?.length ? (
        <ul className="mt-1 list-disc pl-5">
          {feedback.more.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
