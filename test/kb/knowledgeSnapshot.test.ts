// The build's snapshot of the validated knowledge files: a start that uses it loads exactly the
// knowledge base a full validation loads, takes an unchanged file from it, and still reads and
// validates a file edited since the build — a bad edit stops start-up with its file and field.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeSnapshot } from '../../src/kb/knowledgeSnapshot.js';
import { type KnowledgeBase, loadKnowledge } from '../../src/kb/loadKnowledge.js';
import { pageSites } from '../../src/pages/mountPages.js';
import { KnowledgeCopy } from './helpers/knowledgeCopy.js';

/** Everything a knowledge base holds that comes from its files, in both languages. */
function contents(kb: KnowledgeBase) {
  const of = (k: KnowledgeBase) => ({
    sources: k.sources,
    areas: k.areas,
    measures: k.measures,
    synonyms: k.synonyms,
    glossary: k.glossary,
    notCovered: k.notCovered,
    channels: k.channels,
    questions: k.questions,
    replies: k.replies,
    eligibilityTexts: k.eligibilityTexts,
    handoff: k.handoff,
    satisfaction: k.satisfaction,
    version: k.version,
  });
  return { zh: of(kb), en: kb.en && of(kb.en) };
}

describe('the knowledge snapshot', () => {
  let copy: KnowledgeCopy;
  let scratch: string;
  beforeEach(() => {
    copy = new KnowledgeCopy();
    scratch = mkdtempSync(join(tmpdir(), 'yiqi-snapshot-'));
  });
  afterEach(() => {
    copy.remove();
    rmSync(scratch, { recursive: true, force: true });
  });

  /** A snapshot of the copy as it is now, written to a file and read back (as a start reads it). */
  function snapshotNow(): KnowledgeSnapshot {
    const snapshot = KnowledgeSnapshot.empty();
    loadKnowledge(copy.dir, { snapshot });
    const file = join(scratch, 'knowledge.snapshot.json');
    snapshot.write(file);
    return KnowledgeSnapshot.fromFile(file)!;
  }

  it('loads exactly what a full validation loads, every file from the snapshot', () => {
    const snapshot = snapshotNow();
    expect(snapshot.size).toBeGreaterThan(30);
    expect(contents(loadKnowledge(copy.dir, { snapshot }))).toStrictEqual(contents(loadKnowledge(copy.dir)));
  });

  it('takes an unchanged file from the snapshot without reading it as YAML again', () => {
    const snapshot = snapshotNow();
    // The same text, so the same hash, with the kept content changed: what loads is the kept content.
    const areas = copy.read('areas.yaml');
    const kept = snapshot.get('knowledge/areas.yaml', areas) as { areas: { title: string }[] };
    kept.areas[0]!.title = '来自快照';
    expect(loadKnowledge(copy.dir, { snapshot }).areas[0]!.title).toBe('来自快照');
  });

  it('reads and validates a file edited since the snapshot: a bad edit names its file and field', () => {
    const snapshot = snapshotNow();
    copy.editYaml('measures/rd-reward.yaml', (doc) => doc.setIn(['facts', 0, 'value'], '5%'));
    let error: unknown;
    try {
      loadKnowledge(copy.dir, { snapshot });
    } catch (err) {
      error = err;
    }
    expect((error as { issues?: unknown }).issues).toEqual([
      {
        file: 'knowledge/measures/rd-reward.yaml',
        path: 'facts[0].value',
        message: 'expected number, got "5%"',
      },
    ]);
  });

  it('is current while every file read, the page texts too, is the one the build read', () => {
    const built = KnowledgeSnapshot.empty();
    const kb = loadKnowledge(copy.dir, { snapshot: built });
    pageSites({ kb, ...(kb.en ? { en: kb.en } : {}), snapshot: built });
    const file = join(scratch, 'knowledge.snapshot.json');
    built.write(file);
    const start = () => {
      const snapshot = KnowledgeSnapshot.fromFile(file)!;
      const loaded = loadKnowledge(copy.dir, { snapshot });
      const sites = pageSites({ kb: loaded, ...(loaded.en ? { en: loaded.en } : {}), snapshot });
      return { snapshot, sites };
    };
    const unchanged = start();
    expect(unchanged.snapshot.current).toBe(true);
    expect(unchanged.sites.map((s) => s.texts.siteName)).toEqual(['益企问', 'Yiqi']);
    // A page text edited since the build: read and validated again, and the pages rendered at mount.
    copy.editYaml('pages.en.yaml', (doc) => doc.set('siteName', 'Yiqi (edited)'));
    const edited = start();
    expect(edited.snapshot.current).toBe(false);
    expect(edited.sites.map((s) => s.texts.siteName)).toEqual(['益企问', 'Yiqi (edited)']);
  });

  it('is ignored when missing or not a snapshot', () => {
    expect(KnowledgeSnapshot.fromFile(join(scratch, 'none.json'))).toBeUndefined();
    writeFileSync(join(scratch, 'bad.json'), '{"format":99,"files":{}}');
    expect(KnowledgeSnapshot.fromFile(join(scratch, 'bad.json'))).toBeUndefined();
    writeFileSync(join(scratch, 'garbage.json'), 'not json');
    expect(KnowledgeSnapshot.fromFile(join(scratch, 'garbage.json'))).toBeUndefined();
  });
});
