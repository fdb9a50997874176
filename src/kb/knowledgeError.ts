// Operator-facing errors of the knowledge loader. Each issue names the file, the field path and
// what is wrong, so a reviewer can fix the data without reading code.

export interface KnowledgeIssue {
  /** Path relative to the project root, e.g. knowledge/measures/rd-reward.yaml. */
  file: string;
  /** Field path such as facts[2].value; empty for whole-file problems. */
  path: string;
  message: string;
}

export function formatIssue(issue: KnowledgeIssue): string {
  return `[kb] ${issue.file}${issue.path ? ` ${issue.path}` : ''}: ${issue.message}`;
}

export class KnowledgeError extends Error {
  readonly issues: readonly KnowledgeIssue[];

  constructor(issues: readonly KnowledgeIssue[]) {
    super(
      `The knowledge base is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map(formatIssue).join('\n'),
    );
    this.name = 'KnowledgeError';
    this.issues = issues;
  }
}

/** Renders a zod issue path (['facts', 2, 'value']) as facts[2].value. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}
