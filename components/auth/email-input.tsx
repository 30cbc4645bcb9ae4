import type { ComponentProps } from "react";
import { Input } from "@/components/ui/field";

/** An account e-mail field: the e-mail keyboard, no autocapitalisation, and the password manager's username. */
export function EmailInput(props: ComponentProps<typeof Input>) {
  return (
    <Input
      type="email"
      inputMode="email"
      autoComplete="username"
      autoCapitalize="none"
      spellCheck={false}
      placeholder="nama@instansi.go.id"
      {...props}
    />
  );
}
