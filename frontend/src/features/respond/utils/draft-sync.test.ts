import { ApiError } from '@/lib/api/api-error';
import type { Answers, DraftSaved, RespondentForm } from '../api/types';
import { type Backup, type BackupStore, type DraftServer, DraftSync } from './draft-sync';

/** A server holding one response, answering as the API does: If-Match or 412 with what changed. */
class FakeServer implements DraftServer {
  answers: Answers = {};
  revision = 0;
  status: RespondentForm['status'] = 'not_started';
  /** Question id → revision it was last changed at. */
  changedAt = new Map<string, number>();
  offline = false;
  calls: { revision: number; answers: Answers | undefined }[] = [];

  form(): RespondentForm {
    return {
      questionnaireId: '00000000-0000-0000-0000-000000000001',
      title: { sv: 'Enkät' },
      anonymous: false,
      municipality: { code: '2580', name: 'Luleå' },
      version: 1,
      definition: { sections: [] },
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

  async save(revision: number, answers: Answers): Promise<DraftSaved> {
    this.calls.push({ revision, answers });
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
