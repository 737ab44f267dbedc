import { ApiError } from '@/lib/api/api-error';
import type { Answers, DraftSaved, RespondentForm } from '../api/types';
import { type Backup, type BackupStore, type DraftServer, DraftSync, type SaveOptions } from './draft-sync';

/** A server holding one response, answering as the API does: If-Match or 412 with what changed. */
class FakeServer implements DraftServer {
  answers: Answers = {};
  revision = 0;
  status: RespondentForm['status'] = 'not_started';
  /** Question id → revision it was last changed at. */
  changedAt = new Map<string, number>();
  offline = false;
  calls: { revision: number; answers: Answers | undefined; keepalive?: boolean }[] = [];
  definition: RespondentForm['definition'] = { sections: [] };

  form(): RespondentForm {
    return {
      questionnaireId: '00000000-0000-0000-0000-000000000001',
      title: { sv: 'Enkät' },
      anonymous: false,
      municipality: { code: '2580', name: 'Luleå' },
      version: 1,
      definition: this.definition,
      status: this.status,
      answers: { ...this.answers },
      revision: this.revision,
    };
  }

  /** Someone else (another tab, a colleague) saves. */
  saveAsSomeoneElse(answers: Answers) {
    this.apply(answers);
  }

  private apply(answers: Answers) {
    this.revision++;
    Object.entries(answers).forEach(([id, value]) => {
      if (value === null) delete this.answers[id];
      else this.answers[id] = value;
      this.changedAt.set(id, this.revision);
    });
    if (this.status === 'not_started') this.status = 'started';
  }

  private check(revision: number) {
    if (this.offline) throw new TypeError('Failed to fetch');
    if (revision !== this.revision) {
      const changed = [...this.changedAt].filter(([, at]) => at > revision).map(([id]) => id);
      throw new ApiError(412, 'Precondition Failed', 'changed', [], {
        currentRevision: this.revision,
        changed,
      });
    }
  }

  async load() {
    if (this.offline) throw new TypeError('Failed to fetch');
    return this.form();
  }

  async save(revision: number, answers: Answers, options?: SaveOptions): Promise<DraftSaved> {
    this.calls.push({ revision, answers, ...(options?.keepalive ? { keepalive: true } : {}) });
    this.check(revision);
    this.apply(answers);
    return { revision: this.revision, status: this.status, savedAt: '2026-11-24T10:00:00Z' };
  }

  async submit(revision: number, answers: Answers | undefined): Promise<DraftSaved> {
    this.calls.push({ revision, answers });
    this.check(revision);
    if (answers) this.apply(answers);
    this.revision++;
    this.status = 'submitted';
    return { revision: this.revision, status: this.status, savedAt: '2026-11-24T10:05:00Z' };
  }
}

class MemoryBackup implements BackupStore {
  value: Backup | undefined;
  read = () => this.value;
  write = (backup: Backup) => {
    this.value = backup;
  };
  clear = () => {
    this.value = undefined;
  };
}

/** Timers run only when the test says so. */
class ManualTimers {
  private pending: (() => void)[] = [];
  set = (callback: () => void) => {
    this.pending.push(callback);
    return this.pending.length;
  };
  clear = () => {
    this.pending = [];
  };
  async run() {
    const due = this.pending;
    this.pending = [];
    due.forEach((callback) => callback());
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

function setUp(server = new FakeServer(), backup = new MemoryBackup()) {
  const timers = new ManualTimers();
  const sync = new DraftSync(server.form(), server, backup, timers);
  return { server, backup, timers, sync };
}

describe('DraftSync', () => {
  it('should save only the questions changed, on top of the revision last seen', async () => {
    const { server, timers, sync } = setUp();
    sync.set('a', 1);
    sync.set('b', 'text');
    await timers.run();
    expect(server.calls).toEqual([{ revision: 0, answers: { a: 1, b: 'text' } }]);
    sync.set('b', undefined);
    await timers.run();
    expect(server.calls[1]).toEqual({ revision: 1, answers: { b: null } });
    expect(sync.getState()).toMatchObject({ revision: 2, saveState: 'saved', answers: { a: 1 } });
  });

  it('should take in what another tab saved and send its own answers again, overwriting nothing', async () => {
    const { server, timers, sync } = setUp();
    server.saveAsSomeoneElse({ other: 'from the other tab' });
    sync.set('mine', 7);
    await timers.run(); // 412: merged
    await timers.run(); // sent again on the new revision
    expect(server.answers).toEqual({ other: 'from the other tab', mine: 7 });
    expect(sync.getState()).toMatchObject({
      answers: { other: 'from the other tab', mine: 7 },
      conflicts: [],
      saveState: 'saved',
    });
  });

  it('should ask which answer stands when both changed the same question, and save the choice', async () => {
    const { server, timers, sync } = setUp();
    server.saveAsSomeoneElse({ q: 'theirs' });
    sync.set('q', 'mine');
    await timers.run();
    expect(sync.getState().conflicts).toEqual([{ questionId: 'q', mine: 'mine', theirs: 'theirs' }]);
    expect(server.answers).toEqual({ q: 'theirs' }); // nothing overwritten while undecided
    expect(await sync.submit()).toBe(false); // nor submitted

    sync.resolve('q', 'mine');
    await timers.run();
    expect(server.answers).toEqual({ q: 'mine' });
    expect(sync.getState()).toMatchObject({ conflicts: [], saveState: 'saved' });
  });

  it('should keep the saved answer when the respondent chooses it', async () => {
    const { server, timers, sync } = setUp();
    server.saveAsSomeoneElse({ q: 'theirs' });
    sync.set('q', 'mine');
    await timers.run();
    sync.resolve('q', 'theirs');
    await timers.run();
    expect(sync.getState().answers).toEqual({ q: 'theirs' });
    expect(sync.hasUnsavedChanges).toBe(false);
  });

  it('should keep answers through a dropped connection and save them when it is back', async () => {
    const { server, backup, timers, sync } = setUp();
    server.offline = true;
    sync.set('a', 1);
    await timers.run();
    expect(sync.getState().saveState).toBe('offline');
    expect(backup.value).toEqual({ revision: 0, answers: { a: 1 } });
    server.offline = false;
    await timers.run(); // the retry
    expect(server.answers).toEqual({ a: 1 });
    expect(backup.value).toBeUndefined();
  });

  it('should bring back unsaved answers after a reload, and ask if someone saved since', async () => {
    const server = new FakeServer();
    const backup = new MemoryBackup();
    backup.value = { revision: 0, answers: { a: 'typed before the reload' } };
    const first = setUp(server, backup);
    expect(first.sync.getState().answers).toEqual({ a: 'typed before the reload' });
    first.sync.resume();
    await first.timers.run();
    expect(server.answers).toEqual({ a: 'typed before the reload' });

    backup.value = { revision: 0, answers: { a: 'older, from another browser session' } };
    const second = setUp(server, backup);
    expect(second.sync.getState().conflicts).toEqual([
      { questionId: 'a', mine: 'older, from another browser session', theirs: 'typed before the reload' },
    ]);
  });

  it('should send unsaved answers with the submit, and be read-only after', async () => {
    const { server, sync } = setUp();
    sync.set('a', 1);
    expect(await sync.submit()).toBe(true);
    expect(server.calls).toEqual([{ revision: 0, answers: { a: 1 } }]);
    expect(sync.getState().status).toBe('submitted');
    sync.set('a', 2);
    expect(sync.getState().answers).toEqual({ a: 1 });
  });

  it('should keep the problem of a refused submit, for the form to show by question', async () => {
    const { sync } = setUp(
      Object.assign(new FakeServer(), {
        submit: async () => {
          throw new ApiError(400, 'Bad Request', 'missing', [
            { field: 'answers.q', in: 'body', message: 'an answer is required' },
          ]);
        },
      }),
    );
    expect(await sync.submit()).toBe(false);
    expect((sync.getState().problem as ApiError).violations[0]?.field).toBe('answers.q');
  });
});

/**
 * A questionnaire like the benchmark's (backend/bench/bench.py): 5 sections of 6 questions, q<section>_<n>.
 */
function sectionedServer(sections = 5, perSection = 6) {
  const server = new FakeServer();
  server.definition = {
    sections: Array.from({ length: sections }, (_, s) => ({
      id: `s${s}`,
      title: { sv: `Del ${s + 1}` },
      questions: Array.from({ length: perSection }, (_, n) => ({
        id: `q${s}_${n}`,
        type: 'text' as const,
        text: { sv: `Fråga ${n + 1}` },
      })),
    })),
  };
  return server;
}

describe('DraftSync batching (fake timers)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const savedIds = (server: FakeServer) => server.calls.map((call) => Object.keys(call.answers ?? {}).sort());

  it('should send the changes of one section in one save, at the latest MAX_WAIT_MS after the first', async () => {
    const server = sectionedServer();
    const sync = new DraftSync(server.form(), server, new MemoryBackup());
    sync.set('q0_0', 'a');
    await vi.advanceTimersByTimeAsync(10_000);
    sync.set('q0_1', 'b');
    await vi.advanceTimersByTimeAsync(10_000);
    sync.set('q0_1', 'b, edited'); // later changes do not push the batch back
    sync.set('q0_2', 'c');
    await vi.advanceTimersByTimeAsync(DraftSync.MAX_WAIT_MS - 20_000 - 1);
    expect(server.calls).toHaveLength(0);
    expect(sync.getState().saveState).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toEqual([{ revision: 0, answers: { q0_0: 'a', q0_1: 'b, edited', q0_2: 'c' } }]);
    expect(sync.getState()).toMatchObject({ saveState: 'saved', revision: 1 });
    expect(sync.scheduled).toBe(false); // nothing waits, nothing more is sent
    await vi.advanceTimersByTimeAsync(5 * DraftSync.MAX_WAIT_MS);
    expect(server.calls).toHaveLength(1);
  });

  it('should send what waits when the respondent starts on another section, with the first answer there', async () => {
    const server = sectionedServer();
    const sync = new DraftSync(server.form(), server, new MemoryBackup());
    sync.set('q0_0', 'a');
    sync.set('q0_5', 'f');
    await vi.advanceTimersByTimeAsync(3_000);
    sync.set('q1_0', 'next section');
    await vi.advanceTimersByTimeAsync(DraftSync.SECTION_DELAY_MS);
    expect(savedIds(server)).toEqual([['q0_0', 'q0_5', 'q1_0']]);
    // The rest of the new section is a new batch.
    sync.set('q1_1', 'x');
    await vi.advanceTimersByTimeAsync(DraftSync.MAX_WAIT_MS - 1);
    expect(server.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(savedIds(server)).toEqual([['q0_0', 'q0_5', 'q1_0'], ['q1_1']]);
    expect(server.calls.map((call) => call.revision)).toEqual([0, 1]);
  });

  it('should keep a change made while a save is under way for the next batch, losing nothing', async () => {
    const server = sectionedServer();
    let release: () => void = () => undefined;
    const slowSave = server.save.bind(server);
    server.save = (revision, answers, options) =>
      new Promise((resolve, reject) => {
        release = () => void slowSave(revision, answers, options).then(resolve, reject);
      });
    const backup = new MemoryBackup();
    const sync = new DraftSync(server.form(), server, backup);
    sync.set('q0_0', 'a');
    await vi.advanceTimersByTimeAsync(DraftSync.MAX_WAIT_MS);
    expect(sync.getState().saveState).toBe('saving');
    sync.set('q0_0', 'a, edited during the save');
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.answers).toEqual({ q0_0: 'a' });
    expect(sync.getState().saveState).toBe('pending');
    expect(backup.value).toEqual({ revision: 1, answers: { q0_0: 'a, edited during the save' } });
    await vi.advanceTimersByTimeAsync(DraftSync.MAX_WAIT_MS);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.answers).toEqual({ q0_0: 'a, edited during the save' });
    expect(sync.getState().saveState).toBe('saved');
    expect(backup.value).toBeUndefined();
  });

  it('should send at once, with keepalive, when the page goes away (saveNow from pagehide)', async () => {
    const server = sectionedServer();
    const backup = new MemoryBackup();
    const sync = new DraftSync(server.form(), server, backup);
    sync.set('q0_0', 'a');
    sync.set('q0_1', 'b');
    expect(backup.value).toEqual({ revision: 0, answers: { q0_0: 'a', q0_1: 'b' } }); // kept here from the start
    await sync.saveNow({ keepalive: true });
    expect(server.calls).toEqual([{ revision: 0, answers: { q0_0: 'a', q0_1: 'b' }, keepalive: true }]);
    expect(sync.scheduled).toBe(false); // the batch's timer is gone with it
    expect(backup.value).toBeUndefined();
    expect(sync.needsAttention).toBe(false);
  });

  it('should ask before leaving only when the server cannot be expected to take the changes', async () => {
    const server = sectionedServer();
    const sync = new DraftSync(server.form(), server, new MemoryBackup());
    sync.set('q0_0', 'a');
    expect(sync.hasUnsavedChanges).toBe(true);
    expect(sync.needsAttention).toBe(false); // pending: the keepalive save on leaving takes it
    server.offline = true;
    await sync.saveNow();
    expect(sync.getState().saveState).toBe('offline');
    expect(sync.needsAttention).toBe(true);
    server.offline = false;
    await vi.advanceTimersByTimeAsync(DraftSync.RETRY_DELAY_MS);
    expect(server.answers).toEqual({ q0_0: 'a' });
    expect(sync.needsAttention).toBe(false);
  });

  // The model of the benchmark's respondent sequence (backend/bench/bench.py, sequence.lua): the 30 questions of
  // 5 sections answered one every 10 s, submitted 10 s after the last. If this count changes, change the bench.
  it('should send 10 saves of 3 answers and a submit for a respondent answering a question every 10 s', async () => {
    const server = sectionedServer();
    const sync = new DraftSync(server.form(), server, new MemoryBackup());
    for (let s = 0; s < 5; s++) {
      for (let n = 0; n < 6; n++) {
        sync.set(`q${s}_${n}`, `svar ${s}.${n}`);
        await vi.advanceTimersByTimeAsync(10_000);
      }
    }
    expect(await sync.submit()).toBe(true);
    const saves = server.calls.slice(0, -1);
    expect(saves).toHaveLength(10);
    expect(saves.map((call) => Object.keys(call.answers ?? {}).length)).toEqual(Array(10).fill(3));
    expect(server.calls.at(-1)).toEqual({ revision: 10, answers: undefined });
    expect(Object.keys(server.answers)).toHaveLength(30);
  });

  it('should send one save per section for a respondent answering a question every 4 s', async () => {
    const server = sectionedServer();
    const sync = new DraftSync(server.form(), server, new MemoryBackup());
    for (let s = 0; s < 5; s++) {
      for (let n = 0; n < 6; n++) {
        sync.set(`q${s}_${n}`, `svar ${s}.${n}`);
        await vi.advanceTimersByTimeAsync(4_000);
      }
    }
    // Sections 1–4 go when the next one starts; the last goes with the submit.
    expect(await sync.submit()).toBe(true);
    expect(server.calls.map((call) => Object.keys(call.answers ?? {}).length)).toEqual([7, 6, 6, 6, 5]);
  });
});
