import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "./cn";

export type ButtonVariant = "primary" | "secondary" | "accent" | "ghost" | "danger" | "inverse";
export type ButtonSize = "sm" | "md" | "lg";

type StyleOptions = { variant?: ButtonVariant; size?: ButtonSize; fullWidth?: boolean };

const base =
  "inline-flex select-none items-center justify-center gap-2 rounded-lg font-semibold leading-tight " +
  "transition-colors duration-150 disabled:cursor-not-allowed disabled:opacity-60 " +
  "aria-disabled:cursor-not-allowed aria-disabled:opacity-60 [&_svg]:shrink-0";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-800 text-white shadow-sm hover:bg-brand-700 active:bg-brand-900",
  secondary:
    "border border-slate-300 bg-white text-brand-900 shadow-sm hover:border-brand-300 hover:bg-brand-50 active:bg-brand-100",
  accent: "bg-gold-400 text-brand-950 shadow-sm hover:bg-gold-300 active:bg-gold-500",
  ghost: "text-brand-800 hover:bg-brand-50 active:bg-brand-100",
  danger: "bg-red-700 text-white shadow-sm hover:bg-red-800 active:bg-red-900",
  // For navy surfaces (header, hero, footer).
  inverse: "border border-white/40 text-white hover:border-white/70 hover:bg-white/10 active:bg-white/15",
};

const sizes: Record<ButtonSize, string> = {
  sm: "min-h-9 px-3 text-sm",
  md: "min-h-11 px-4 text-sm sm:text-base",
  lg: "min-h-12 px-6 text-base",
};

/** The class string of a button, for elements that are not <Button>/<ButtonLink>. */
export function buttonStyles({ variant = "primary", size = "md", fullWidth = false }: StyleOptions = {}): string {
  return cn(base, variants[variant], sizes[size], fullWidth && "w-full");
}

export type ButtonProps = ComponentProps<"button"> & StyleOptions;

export function Button({ variant, size, fullWidth, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={cn(buttonStyles({ variant, size, fullWidth }), className)} {...props} />;
}

export type ButtonLinkProps = ComponentProps<typeof Link> & StyleOptions;

/** A link that looks like a button (navigation, not an action). */
export function ButtonLink({ variant, size, fullWidth, className, ...props }: ButtonLinkProps) {
  return <Link className={cn(buttonStyles({ variant, size, fullWidth }), className)} {...props} />;
}
