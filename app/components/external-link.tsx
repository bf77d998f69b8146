import type { ReactNode } from "react";
import { isHttpUrl } from "#app/api/schemas.ts";

/**
 * A link out of NEXUS to a URL someone stored. The page it opens gets neither `window.opener` nor
 * a Referer naming the NEXUS page. A value that is not an http(s) URL (a row from before the
 * rule, or one written behind NEXUS's back) is shown as plain text, so it can never run.
 */
export function ExternalLink({
  href,
  className,
  children,
}: {
  href: string | null | undefined;
  className?: string;
  children: ReactNode;
}) {
  if (!isHttpUrl(href)) return <>{children}</>;
  return (
    <a href={href} className={className} rel="noopener noreferrer">
      {children}
    </a>
  );
}
