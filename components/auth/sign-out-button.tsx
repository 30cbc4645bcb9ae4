"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";

/** Ends the session and goes to the home page (a full load, so every server-rendered part forgets the user). */
export function SignOutButton({
  variant = "inverse",
  size = "md",
  children = "Keluar",
  ...props
}: Omit<ButtonProps, "onClick">) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      {...props}
      variant={variant}
      size={size}
      disabled={pending}
      onClick={async () => {
        setPending(true);
        try {
          await signOut({ callbackUrl: "/" });
        } catch {
          setPending(false);
        }
      }}
    >
      {pending ? "Keluar…" : children}
    </Button>
  );
}
