// Small zod building blocks shared by every knowledge schema.
import { z } from 'zod';

/** Stable id: lower-case words joined by hyphens (measure ids, area ids, question ids …). */
export const idSchema = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'expected a kebab-case id');

/** A calendar date written as YYYY-MM-DD (quoted in YAML so it stays a string). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a real calendar date');

export const nonEmpty = z.string().trim().min(1, 'must not be empty');
