import { ApiError } from '@/lib/api/api-error';
import type { Answers, DraftSaved, RespondentForm } from '../api/types';
import { sameAnswer } from './answers';

/** A question both this browser and someone else changed: the respondent chooses which answer stays. */
export type Conflict = { questionId: string; mine: unknown; theirs: unknown };

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'failed';

export type DraftState = {
  answers: Answers;
  revision: number;
  status: RespondentForm['status'];
  saveState: SaveState;
  savedAt: string | undefined;
  submittedAt: string | undefined;
  conflicts: Conflict[];
  /** The last refusal that saving again will not cure (the questionnaire closed, an invalid answer). */
  problem: unknown;
};

/** Where unsaved answers wait, so a reload or a lost connection loses nothing. */
export type BackupStore = {
  read(): Backup | undefined;
  write(backup: Backup): void;
  clear(): void;
};
export type Backup = { revision: number; answers: Answers };

/** How a save is sent: keepalive when the page is going away, so the browser finishes it after the page is gone. */
export type SaveOptions = { keepalive?: boolean };

export type DraftServer = {
  load(): Promise<RespondentForm>;
  save(revision: number, answers: Answers, options?: SaveOptions): Promise<DraftSaved>;
  submit(revision: number, answers: Answers | undefined): Promise<DraftSaved>;
};

type Timers = { set(callback: () => void, ms: number): unknown; clear(handle: unknown): void };

const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Keeps a respondent's answers in step with the server. Each change is kept in the backup at once; changes are
 * sent in batches, as only the questions changed since the last save, with If-Match on the revision last seen:
 * - when the respondent starts on another section, what waits is sent (after SECTION_DELAY_MS, so the first
 *   answer there goes along);
 * - otherwise at the latest MAX_WAIT_MS after the first change not yet saved (later changes do not push it back);
 * - at once when the page is hidden or closed (with keepalive, see use-draft-sync), when the connection comes back,
 *   and with the submit.
 * So a respondent sends a save per section or per half minute, not one per question, and nothing is lost: the
 * backup holds every change until the server has it. When someone else saved in between (412), their answers to
 * other questions are taken in and ours sent again on top; a question both changed becomes a conflict for the
 * respondent to settle — nothing is overwritten unasked.
 */
export class DraftSync {
  static readonly SECTION_DELAY_MS = 800;
  static readonly MAX_WAIT_MS = 30_000;
  static readonly RETRY_DELAY_MS = 5000;

  private state: DraftState;
  /** Questions changed here and not yet saved, with a count of edits so a save in flight can tell. */
  private readonly dirty = new Map<string, number>();
  private timer: unknown;
  /** Whether the timer is the short one of a section change (a batch's own deadline is never pushed back). */
  private timerSoon = false;
  private inFlight: Promise<void> | undefined;
  private readonly listeners = new Set<() => void>();
  /** Question id → index of its section, for sending a batch when the respondent moves on. */
  private readonly sectionOf = new Map<string, number>();
  /** The section of the last change not yet sent. */
  private batchSection: number | undefined;

  constructor(
    form: RespondentForm,
    private readonly server: DraftServer,
    private readonly backup: BackupStore,
    private readonly timers: Timers = browserTimers,
  ) {
    this.state = {
      answers: { ...form.answers },
      revision: form.revision,
      status: form.status,
      saveState: 'idle',
      savedAt: form.lastSavedAt,
      submittedAt: form.submittedAt,
      conflicts: [],
      problem: undefined,
    };
    form.definition.sections.forEach((section, index) =>
      section.questions.forEach((question) => this.sectionOf.set(question.id, index)),
    );
    this.restoreBackup();
  }

  // --- for React (useSyncExternalStore) ---
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getState = () => this.state;

  get hasUnsavedChanges() {
    return this.dirty.size > 0 || this.state.conflicts.length > 0;
  }

  /** Sets one answer (undefined clears it) and schedules a save. */
  set(questionId: string, value: unknown) {
    if (this.state.status === 'submitted') return;
    const answers = { ...this.state.answers };
    if (value === undefined) delete answers[questionId];
    else answers[questionId] = value;
    const waiting = this.sendable().size > 0;
    this.dirty.set(questionId, (this.dirty.get(questionId) ?? 0) + 1);
    this.update({
      answers,
      saveState: this.inFlight ? 'saving' : 'pending',
      conflicts: this.state.conflicts.filter((conflict) => conflict.questionId !== questionId),
    });
    this.writeBackup();
    const section = this.sectionOf.get(questionId);
    const movedOn =
      waiting && section !== undefined && this.batchSection !== undefined && section !== this.batchSection;
    if (section !== undefined) this.batchSection = section;
    if (movedOn) this.scheduleSoon();
    else this.scheduleBatch();
  }

  /** Settles a conflict: keep this browser's answer (it is saved on top) or take the one saved. */
  resolve(questionId: string, keep: 'mine' | 'theirs') {
    const conflict = this.state.conflicts.find((c) => c.questionId === questionId);
    if (!conflict) return;
    const conflicts = this.state.conflicts.filter((c) => c !== conflict);
    if (keep === 'mine') {
      this.dirty.set(questionId, (this.dirty.get(questionId) ?? 0) + 1);
      this.update({ conflicts, saveState: 'pending' });
      this.schedule(0);
    } else {
      const answers = { ...this.state.answers };
      if (conflict.theirs === undefined || conflict.theirs === null) delete answers[questionId];
      else answers[questionId] = conflict.theirs;
      this.dirty.delete(questionId);
      this.update({ answers, conflicts });
    }
    this.writeBackup();
  }

  /**
   * Saves now what waits (after a dropped connection comes back, or when the page is hidden or closed: then with
   * keepalive, so the browser completes the request after the page is gone).
   */
  saveNow(options: SaveOptions = {}): Promise<void> {
    this.cancelTimer();
    if (this.inFlight) return this.inFlight.then(() => this.saveNow(options));
    const pending = this.sendable();
    if (pending.size === 0 || this.state.status === 'submitted') return Promise.resolve();
    this.batchSection = undefined;
    this.inFlight = this.send(pending, options).finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** Whether leaving now could lose the server's copy of a change: the last save failed or a conflict waits. */
  get needsAttention() {
    return (
      this.state.conflicts.length > 0 ||
      (this.hasUnsavedChanges && (this.state.saveState === 'offline' || this.state.saveState === 'failed'))
    );
  }

  /**
   * Submits, sending any unsaved answers along. Resolves true when submitted; false when the server
   * refused (the problem is in the state: a 400 lists each answer that is missing or wrong).
   */
  async submit(): Promise<boolean> {
    this.cancelTimer();
    if (this.inFlight) await this.inFlight;
    if (this.state.conflicts.length > 0) return false;
    const pending = this.sendable();
    const answers = pending.size > 0 ? this.pick(pending) : undefined;
    this.update({ saveState: 'saving', problem: undefined });
    try {
      const saved = await this.server.submit(this.state.revision, answers);
      this.dirty.clear();
      this.backup.clear();
      this.update({
        revision: saved.revision,
        status: saved.status,
        savedAt: saved.savedAt,
        submittedAt: saved.savedAt,
        saveState: 'saved',
      });
      return true;
    } catch (error) {
      await this.failed(error, pending, false);
      return false;
    }
  }

  /** Stops the timer (the page is going away); resume() starts it again for what waits. */
  pause() {
    this.cancelTimer();
  }

  resume() {
    if (this.sendable().size > 0 && this.state.status !== 'submitted') this.schedule(0);
  }

  /** Whether a save waits for its time (for tests and the page's own checks). */
  get scheduled() {
    return this.timer !== undefined;
  }

  // --- internals ---

  private update(change: Partial<DraftState>) {
    this.state = { ...this.state, ...change };
    this.listeners.forEach((listener) => listener());
  }

  private schedule(ms: number, soon = ms === 0) {
    this.cancelTimer();
    this.timerSoon = soon;
    this.timer = this.timers.set(() => {
      this.timer = undefined;
      this.timerSoon = false;
      void this.saveNow();
    }, ms);
  }

  /** A batch is sent at the latest MAX_WAIT_MS after its first change; a timer already set stays as it is. */
  private scheduleBatch() {
    if (this.timer === undefined) this.schedule(DraftSync.MAX_WAIT_MS, false);
  }

  /** The respondent moved on to another section: what waits goes shortly. */
  private scheduleSoon() {
    if (this.timer === undefined || !this.timerSoon) this.schedule(DraftSync.SECTION_DELAY_MS, true);
  }

  private cancelTimer() {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
    this.timerSoon = false;
  }

  /** The dirty questions not held back by a conflict, with their edit counts. */
  private sendable() {
    const held = new Set(this.state.conflicts.map((conflict) => conflict.questionId));
    return new Map([...this.dirty].filter(([id]) => !held.has(id)));
  }

  private pick(questions: Map<string, number>): Answers {
    return Object.fromEntries(
      [...questions.keys()].map((id) => [
        id,
        this.state.answers[id] === undefined ? null : this.state.answers[id],
      ]),
    );
  }

  private async send(pending: Map<string, number>, options: SaveOptions) {
    this.update({ saveState: 'saving' });
    try {
      const saved = await this.server.save(this.state.revision, this.pick(pending), options);
      // What was edited again while the save was under way stays dirty.
      pending.forEach((count, id) => {
        if (this.dirty.get(id) === count) this.dirty.delete(id);
      });
      this.update({
        revision: saved.revision,
        status: saved.status,
        savedAt: saved.savedAt,
        saveState: this.dirty.size > 0 ? 'pending' : 'saved',
        problem: undefined,
      });
      this.writeBackup();
      // Changes made while the save was under way form the next batch (their timer may already run).
      if (this.sendable().size > 0) this.scheduleBatch();
    } catch (error) {
      await this.failed(error, pending, true);
    }
  }

  private async failed(error: unknown, pending: Map<string, number>, retry: boolean) {
    if (!(error instanceof ApiError)) {
      // No answer from the server: the connection dropped. The backup holds the answers; try again.
      this.update({ saveState: 'offline' });
      if (retry) this.schedule(DraftSync.RETRY_DELAY_MS);
      return;
    }
    if (error.status === 412) {
      await this.merge(error.changed, pending);
      return;
    }
    if (error.status === 409) {
      // Submitted elsewhere, or the questionnaire closed: show what the server has, keep ours in the backup.
      await this.reload();
      this.update({ saveState: 'failed', problem: error });
      return;
    }
    this.update({ saveState: 'failed', problem: error });
  }

  /** After a 412: take in what others saved, keep ours where they did not touch, ask where both did. */
  private async merge(changed: string[], pending: Map<string, number>) {
    let fresh: RespondentForm;
    try {
      fresh = await this.server.load();
    } catch {
      this.update({ saveState: 'offline' });
      this.schedule(DraftSync.RETRY_DELAY_MS);
      return;
    }
    const changedSet = new Set(changed);
    const answers: Answers = { ...fresh.answers };
    const conflicts: Conflict[] = [...this.state.conflicts];
    this.dirty.forEach((_, id) => {
      const mine = this.state.answers[id];
      const theirs = fresh.answers[id];
      // Without a list from the server, any difference in a question we sent counts as theirs.
      const touched = changed.length > 0 ? changedSet.has(id) : pending.has(id);
      if (touched && !sameAnswer(mine, theirs)) {
        if (!conflicts.some((c) => c.questionId === id)) conflicts.push({ questionId: id, mine, theirs });
        if (mine === undefined) delete answers[id];
        else answers[id] = mine;
      } else if (touched) {
        this.dirty.delete(id); // they saved the very same answer
      } else if (mine === undefined) {
        delete answers[id];
      } else {
        answers[id] = mine;
      }
    });
    this.update({
      answers,
      revision: fresh.revision,
      status: fresh.status,
      savedAt: fresh.lastSavedAt,
      submittedAt: fresh.submittedAt,
      conflicts,
      saveState: this.dirty.size > 0 ? 'pending' : 'saved',
    });
    this.writeBackup();
    if (fresh.status !== 'submitted' && this.sendable().size > 0) this.schedule(0);
  }

  private async reload() {
    try {
      const fresh = await this.server.load();
      this.dirty.clear();
      this.update({
        answers: { ...fresh.answers },
        revision: fresh.revision,
        status: fresh.status,
        savedAt: fresh.lastSavedAt,
        submittedAt: fresh.submittedAt,
        conflicts: [],
      });
    } catch {
      // The problem itself is shown; what the server holds is read on the next visit.
    }
  }

  /** Answers kept in this browser that never reached the server come back as unsaved changes. */
  private restoreBackup() {
    const saved = this.backup.read();
    if (!saved) return;
    if (this.state.status === 'submitted') {
      this.backup.clear();
      return;
    }
    const answers = { ...this.state.answers };
    const conflicts: Conflict[] = [];
    Object.entries(saved.answers).forEach(([id, mine]) => {
      const theirs = this.state.answers[id];
      if (sameAnswer(mine, theirs)) return;
      if (saved.revision === this.state.revision) {
        // Nobody saved since: these are simply ours, not yet sent.
        if (mine === null) delete answers[id];
        else answers[id] = mine;
        this.dirty.set(id, 1);
      } else {
        conflicts.push({ questionId: id, mine: mine === null ? undefined : mine, theirs });
      }
    });
    this.state = { ...this.state, answers, conflicts, saveState: this.dirty.size > 0 ? 'pending' : 'idle' };
    if (this.dirty.size === 0 && conflicts.length === 0) this.backup.clear();
  }

  private writeBackup() {
    if (this.dirty.size === 0 && this.state.conflicts.length === 0) {
      this.backup.clear();
      return;
    }
    const ids = new Set([...this.dirty.keys(), ...this.state.conflicts.map((c) => c.questionId)]);
    const answers = Object.fromEntries(
      [...ids].map((id) => [id, this.state.answers[id] === undefined ? null : this.state.answers[id]]),
    );
    this.backup.write({ revision: this.state.revision, answers });
  }
}

/** The backup in the browser's localStorage, one per questionnaire and municipality. */
export function localBackup(key: string): BackupStore {
  const storageKey = `kompetenslaget.answers.${key}`;
  return {
    read() {
      try {
        const raw = window.localStorage.getItem(storageKey);
        const value: unknown = raw ? JSON.parse(raw) : undefined;
        if (
          value &&
          typeof value === 'object' &&
          typeof (value as Backup).revision === 'number' &&
          typeof (value as Backup).answers === 'object'
        ) {
          return value as Backup;
        }
      } catch {
        // Unreadable: as if there were none.
      }
      return undefined;
    },
    write(backup) {
      try {
        window.localStorage.setItem(storageKey, JSON.stringify(backup));
      } catch {
        // Storage full or refused (private mode): the answers are still saved to the server.
      }
    },
    clear() {
      try {
        window.localStorage.removeItem(storageKey);
      } catch {
        // Nothing to do.
      }
    },
  };
}
