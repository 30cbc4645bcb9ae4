import type { HTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";

type CardProps = HTMLAttributes<HTMLElement> & { as?: "div" | "section" | "article" | "li" | "aside" };

export function Card({ as: Tag = "div", className, ...props }: CardProps) {
  return (
    <Tag className={cn("rounded-xl border border-slate-200 bg-white text-slate-900 shadow-sm", className)} {...props} />
  );
}

export function CardHeader({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn("flex flex-col gap-1.5 p-5 pb-0 sm:p-6 sm:pb-0", className)} {...props} />;
}

type CardTitleProps = HTMLAttributes<HTMLHeadingElement> & { as?: "h2" | "h3" | "h4" };

export function CardTitle({ as: Tag = "h3", className, ...props }: CardTitleProps) {
  return <Tag className={cn("text-lg font-bold leading-snug text-brand-950", className)} {...props} />;
}

export function CardDescription({ className, ...props }: HTMLAttributes<HTMLParagraphElement>) {
  return <p className={cn("text-sm leading-relaxed text-slate-600", className)} {...props} />;
}

export function CardContent({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn("p-5 sm:p-6", className)} {...props} />;
}

export function CardFooter({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return (
    <div
      className={cn("flex flex-wrap items-center gap-3 border-t border-slate-100 px-5 py-4 sm:px-6", className)}
      {...props}
    />
  );
}

type SectionCardProps = {
  /** Id of the heading; the section is labelled by it. */
  id: string;
  title: ReactNode;
  description?: ReactNode;
  className?: string;
  contentClassName?: string;
  children: ReactNode;
};

/** A card that is a page section: an h2 heading that names it, an optional description, then its content. */
export function SectionCard({ id, title, description, className, contentClassName, children }: SectionCardProps) {
  return (
    <Card as="section" aria-labelledby={id} className={className}>
      <CardHeader>
        <CardTitle as="h2" id={id}>
          {title}
        </CardTitle>
        {description && <CardDescription>{description}</CardDescription>}
      </CardHeader>
      <CardContent className={contentClassName}>{children}</CardContent>
    </Card>
  );
}
