"use client";

import { useState, type ComponentProps } from "react";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/field";

/** A password box with a show/hide switch, so people can check what they typed on a phone keyboard. */
export function PasswordInput({ className, ...props }: Omit<ComponentProps<"input">, "type">) {
  const [visible, setVisible] = useState(false);
  return (
    <div className="relative">
      <Input {...props} type={visible ? "text" : "password"} className={cn("pr-32", className)} />
      <button
        type="button"
        onClick={() => setVisible((v) => !v)}
        aria-pressed={visible}
        aria-controls={props.id}
        className="absolute inset-y-1 right-1 rounded-md px-3 text-sm font-semibold text-brand-800 hover:bg-brand-50"
      >
        {visible ? "Sembunyikan" : "Tampilkan"}
        <span className="sr-only"> kata sandi</span>
      </button>
    </div>
  );
}
