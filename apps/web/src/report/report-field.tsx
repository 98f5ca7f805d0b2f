'use client';

import { createContext, type ReactNode, useContext } from 'react';
import { fieldId } from './problems';
import type { RowKey } from './report-draft';

/** The problems of the form by `row|field`, shared with every field below the sheet. */
export const ProblemsContext = createContext<ReadonlyMap<string, string[]>>(new Map());

/** The attributes that tie an input to its label and its problems. */
export interface FieldInputProps {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  row: RowKey;
  field: string;
  label: string;
  /** Wider fields (texts) take the row's full width. */
  wide?: boolean;
  children(input: FieldInputProps): ReactNode;
}

/**
 * One field of the report: its label, its input, and under it each problem the form or the API
 * found with it, tied to the input so a screen reader says them with it.
 *
 * @example
 * <Field row="zone" field="note" label={t('report.note')}>{(p) => <input {...p} />}</Field>
 */
export function Field({ row, field, label, wide, children }: FieldProps) {
  const problems = useContext(ProblemsContext).get(`${row}|${field}`) ?? [];
  const id = fieldId(row, field);
  const described = problems.length > 0 ? `${id}-problems` : undefined;
  return (
    <div className={wide ? 'report-field report-field-wide' : 'report-field'} data-field={field}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': problems.length > 0 || undefined, 'aria-describedby': described })}
      {problems.length > 0 ? (
        <ul id={described} className="report-field-problems">
          {problems.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
