// Where the tests find the project: its root, and the real knowledge base under it.
import { join } from 'node:path';
import { packageRoot } from '../../src/kb/packageRoot.js';

export const projectRoot: string = packageRoot(import.meta.url);
export const knowledgeDir: string = join(projectRoot, 'knowledge');
