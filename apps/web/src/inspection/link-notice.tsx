import type { ReactNode } from 'react';

/** What a link asked for that does not exist, with the valid choices nearest to it as links. */
export function LinkNotice({
  message,
  choices,
}: {
  message: string;
  choices: { href: string; label: string }[];
}) {
  return (
    <section className="link-notice" role="alert" data-notice="bad-link">
      <p>{message}</p>
      <ul>
        {choices.map((c) => (
          <li key={c.href}>
            <a href={c.href}>{c.label}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The API cannot be reached: said plainly, and what is still shown is marked as possibly old. */
export function UnreachableNotice({ children }: { children: ReactNode }) {
  return (
    <p className="unreachable" role="status" data-notice="unreachable">
      {children}
    </p>
  );
}
