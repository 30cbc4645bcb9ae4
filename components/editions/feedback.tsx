"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/field";

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

export function useFeedback() {
  return useState<Feedback>(null);
}
