import type { ReactNode } from "react";
import { Card } from "./ui/card.tsx";

/** The narrow centred card the sign-in and first-run pages share. */
export function AuthCard({
  title,
  description,
  children,
}: {
  title: string;
  description: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-sm py-8">
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">{description}</p>
      <Card>{children}</Card>
    </div>
  );
}
