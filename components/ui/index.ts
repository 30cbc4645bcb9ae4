export { Badge, type BadgeTone } from "./badge";
export { Button, ButtonLink, buttonStyles, type ButtonProps, type ButtonLinkProps, type ButtonSize, type ButtonVariant } from "./button";
export { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "./card";
export { cn } from "./cn";
export { EmptyState } from "./empty-state";
export { Alert, Field, Input, Select, Textarea, inputStyles } from "./field";
