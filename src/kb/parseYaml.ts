// YAML for the knowledge files: js-yaml with the YAML 1.2 core schema (no implicit dates, so
// "2023-12-31" stays text for zod to check). It parses the whole base several times faster than the
// `yaml` package, which matters at start-up.
import { CORE_SCHEMA, load } from 'js-yaml';

export function parseYaml(text: string, filename?: string): unknown {
  return load(text, { schema: CORE_SCHEMA, ...(filename ? { filename } : {}) });
}
