#!/usr/bin/env python3
"""Server benchmark of Kompetensläget (a benchmark that prints figures, not a test; nothing fails on a slow machine).

Starts the packaged product on a new PostgreSQL database, drives it with wrk (Lua scripts in lua/), and measures on
the server side: the product's and PostgreSQL's CPU per response from /proc (utime + stime of the java process and of
the PostgreSQL backends connected to the benchmark's database, over the span of each run's work), throughput and
latency percentiles at 1, 4, 16 and 64 in flight, the real respondent's sequence as questionnaires per second, exports
of 5 000 and 50 000 responses (time, peak RSS and peak heap growth), reference reads next to `pgbench -S` on the same
machine in the same run, and start to ready on a new and on a migrated database. Writes results/<time>.json and
RESULTS.md. Only the standard library, wrk, pgbench, psql and a JDK (jcmd, jstat) are used. Run it through run.sh.
"""
import argparse
import contextlib
import datetime
import http.client
import json
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
LUA = os.path.join(HERE, "lua")
TICK = os.sysconf("SC_CLK_TCK")
PROFESSIONS = ["socionom", "sjukskoterska", "underskoterska", "arbetsterapeut", "fysioterapeut"]

# The respondent's sequence is what the web form sends (frontend/src/features/respond/utils/draft-sync.ts): changes
# go in one save when the respondent starts on another section, at the latest 30 s (DraftSync.MAX_WAIT_MS) after a
# batch's first change, at once when the page is hidden or closed, and with the submit. The model is a respondent who
# answers one question every 10 s (5 minutes for the 30 questions) and submits 10 s after the last: 10 saves of 3
# answers, then the submit without answers — the count draft-sync.test.ts asserts ("should send 10 saves of 3
# answers and a submit…"). A quicker respondent sends fewer saves (every 4 s: one per section, the last with the
# submit); a slower one more, up to one per question at 30 s or more per question. Before the form batched (e299612
# and earlier) it sent one save per question: 30.
ANSWERS_PER_SAVE = 3

TARGETS = {
    "submit_per_s": 1400, "submit_p95_ms": 20, "submit_cpu_ms": 1.2,
    "sequence_per_s": 150, "sequence_cpu_ms": 6, "save_p95_ms": 10,
    "csv_5000_ms": 100, "csv_50000_ms": 1000, "csv_heap_mb": 50,
    "reads_share_of_pgbench": 0.5, "ready_s": 3,
}


def log(message):
    print(message, flush=True)


# ---------------------------------------------------------------- processes and /proc

def cpu_ticks(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return 0


def postgres_backends(database):
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as f:
                    cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if cmd.startswith("postgres: ") and f" {database} " in cmd:
                pids.append(int(entry))
    return pids


class Cpu:
    """CPU seconds of the product and of the database's backends (those that exist at the start or the end), and of
    the client: a running process given as `client_pid` (read from /proc while it runs), else the children this
    script waited for in the meantime."""

    def __init__(self, java_pid, database, client_pid=None):
        self.java_pid, self.database, self.client_pid = java_pid, database, client_pid

    def __enter__(self):
        self.pg_start = {pid: cpu_ticks(pid) for pid in postgres_backends(self.database)}
        self.java_start = cpu_ticks(self.java_pid)
        self.children_start = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.client_start = cpu_ticks(self.client_pid) if self.client_pid else 0
        self.wall = time.monotonic()
        return self

    def __exit__(self, *exc):
        self.wall = time.monotonic() - self.wall
        self.java = (cpu_ticks(self.java_pid) - self.java_start) / TICK
        pg = 0
        for pid in set(self.pg_start) | set(postgres_backends(self.database)):
            pg += cpu_ticks(pid) - self.pg_start.get(pid, 0)
        self.pg = pg / TICK
        if self.client_pid:
            self.client = (cpu_ticks(self.client_pid) - self.client_start) / TICK
        else:
            end = resource.getrusage(resource.RUSAGE_CHILDREN)
            self.client = (end.ru_utime - self.children_start.ru_utime) + (end.ru_stime - self.children_start.ru_stime)
        return False


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except FileNotFoundError:
        pass
    return 0


class Sampler(threading.Thread):
    """Peak RSS of a process and peak heap in use (jstat) while a block runs."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.stop, self.peak_rss = pid, threading.Event(), 0
        self.heaps = []
        self.jstat = None

    def run(self):
        if shutil.which("jstat"):
            self.jstat = subprocess.Popen(["jstat", "-gc", str(self.pid), "20"], stdout=subprocess.PIPE,
                                          stderr=subprocess.DEVNULL, text=True)
            threading.Thread(target=self._read_jstat, daemon=True).start()
        while not self.stop.is_set():
            self.peak_rss = max(self.peak_rss, rss_kb(self.pid))
            time.sleep(0.005)

    def _read_jstat(self):
        header = None
        for line in self.jstat.stdout:
            cols = line.split()
            if cols and cols[0] == "S0C":
                header = cols
                continue
            if header and len(cols) == len(header):
                row = dict(zip(header, cols))
                try:
                    self.heaps.append(sum(float(row[k]) for k in ("S0U", "S1U", "EU", "OU")))
                except (KeyError, ValueError):
                    pass

    def __enter__(self):
        self.start()
        # Until jstat (a JVM of its own) has started and sampled once, at most 10 s.
        waited = time.monotonic()
        while self.jstat is None or not self.heaps:
            if time.monotonic() - waited > 10 or (self.jstat is not None and self.jstat.poll() is not None):
                break
            time.sleep(0.01)
        time.sleep(0.1)
        return self

    def __exit__(self, *exc):
        time.sleep(0.1)
        self.stop.set()
        self.join()
        if self.jstat:
            self.jstat.terminate()
            self.jstat.wait()
        return False


# Collections that evacuate (young, mixed, full): the heap after them is what is live (plus old garbage not yet
# collected). Not G1's Remark and Cleanup pauses of a concurrent cycle: they free no young space, so their "after" is
# the heap in use with all the garbage since the last collection (up to +70 MB on this machine after the full GC
# below starts a concurrent cycle), which the export figures counted as live until the export work of issue 16.
GC_LINE = re.compile(r"GC\((\d+)\) Pause (?:Young|Full).*?(\d+)M->(\d+)M\((\d+)M\)")


def gc_after_mb(path, start=0):
    """Heap in use after each collection logged from byte offset `start` on: [(gc number, MB after)], and the end."""
    try:
        with open(path, errors="replace") as f:
            f.seek(start)
            text = f.read()
            end = f.tell()
    except FileNotFoundError:
        return [], start
    return [(int(m.group(1)), int(m.group(3))) for m in GC_LINE.finditer(text)], end


def heap_used_kb(pid):
    out = subprocess.run(["jstat", "-gc", str(pid)], capture_output=True, text=True).stdout.split("\n")
    row = dict(zip(out[0].split(), out[1].split()))
    return sum(float(row[k]) for k in ("S0U", "S1U", "EU", "OU"))


# ---------------------------------------------------------------- database and product

class Bench:
    def __init__(self, args):
        self.args = args
        self.pg = dict(host=os.environ.get("KL_TEST_PG_HOST", "127.0.0.1"), port=os.environ.get("KL_TEST_PG_PORT", "5432"),
                       user=os.environ.get("KL_TEST_PG_USER", "postgres"))
        stamp = f"{int(time.time())}_{os.getpid()}"
        self.db = f"kl_bench_{stamp}"
        self.pgbench_db = f"kl_bench_pgb_{stamp}"
        self.port = args.port
        self.base = f"http://127.0.0.1:{self.port}"
        self.jar = os.path.join(ROOT, "backend", "target", "quarkus-app", "quarkus-run.jar")
        self.proc = None
        self.archive = None  # whether the last start used the class-data archive (archive_state)
        self.cookie = None
        self.email = "bench@kompetenslaget.test"
        self.password = f"bench-{stamp}-lösenord"
        self.work = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"kl-bench-{stamp}")
        os.makedirs(self.work, exist_ok=True)
        self.results = {}
        self.gc_log = os.path.join(self.work, "gc.log")

    def psql(self, sql, db="postgres"):
        return subprocess.run(["psql", "-qAtX", "-v", "ON_ERROR_STOP=1", "-h", self.pg["host"], "-p", self.pg["port"],
                               "-U", self.pg["user"], "-d", db, "-c", sql], check=True, capture_output=True,
                              text=True).stdout.strip()

    def start(self):
        env = dict(os.environ, KL_ADMIN_EMAIL=self.email, KL_ADMIN_PASSWORD=self.password, KL_SECURE_COOKIE="false",
                   QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://{self.pg['host']}:{self.pg['port']}/{self.db}",
                   QUARKUS_DATASOURCE_USERNAME=self.pg["user"], QUARKUS_LOG_LEVEL="WARN", PORT=str(self.port))
        # The GC log gives the live heap (heap in use right after each collection) for the export figures.
        opts = [f"-Xlog:gc:file={self.gc_log}", *os.environ.get("KL_BENCH_JAVA_OPTS", "").split()]
        # As the README starts it: from its folder, with the class-data archive the build wrote (when there is one).
        app = os.path.dirname(self.jar)
        archive = os.path.exists(os.path.join(app, "app-cds.jsa"))
        if archive:
            opts.append("-XX:SharedArchiveFile=app-cds.jsa")
        server_log = os.path.join(self.work, "server.log")
        log_start = os.path.getsize(server_log) if os.path.exists(server_log) else 0
        started = time.monotonic()
        self.proc = subprocess.Popen(["java", *opts, "-jar", os.path.basename(self.jar)], cwd=app, env=env,
                                     stdout=open(server_log, "a"), stderr=subprocess.STDOUT)
        while time.monotonic() - started < 600:
            if self.proc.poll() is not None:
                raise SystemExit("The product stopped:\n" + self.server_log())
            try:
                with urllib.request.urlopen(self.base + "/q/health/ready", timeout=2) as r:
                    if r.status == 200:
                        ready = time.monotonic() - started
                        self.archive = archive_state(archive, server_log, log_start)
                        return ready
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(0.02)
        raise SystemExit("The product did not become ready in 600 s:\n" + self.server_log())

    def row_updates(self, table):
        """(updates, HOT updates) of a table since the database's statistics began."""
        row = self.psql(f"SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables WHERE relname = '{table}'", db=self.db)
        return tuple(int(x) for x in row.split("|"))

    def server_log(self):
        try:
            with open(os.path.join(self.work, "server.log"), errors="replace") as f:
                return "".join(f.readlines()[-40:])
        except OSError:
            return ""

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def cleanup(self):
        self.stop()
        for db in (self.db, self.pgbench_db):
            try:
                self.psql(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")
            except subprocess.CalledProcessError:
                pass
        shutil.rmtree(self.work, ignore_errors=True)

    # ------------------------------------------------------------ HTTP for setting up

    def http(self, method, path, body=None, expected=None, headers=None, raw=False):
        data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        request = urllib.request.Request(self.base + path, data=data, method=method)
        if body is not None:
            request.add_header("Content-Type", "application/json")
        if self.cookie:
            request.add_header("Cookie", self.cookie)
        for k, v in (headers or {}).items():
            request.add_header(k, v)
        try:
            with urllib.request.urlopen(request, timeout=300) as r:
                status, payload, head = r.status, r.read(), r.headers
        except urllib.error.HTTPError as e:
            status, payload, head = e.code, e.read(), e.headers
        if expected is not None and status != expected:
            raise SystemExit(f"{method} {path}: {status} {payload[:500]!r}")
        return (status, payload, head) if raw else (json.loads(payload) if payload else None)

    def sign_in(self):
        status, _, head = self.http("POST", "/api/v1/auth/sign-in", {"email": self.email, "password": self.password},
                                    raw=True)
        cookies = [c.split(";")[0] for c in head.get_all("Set-Cookie") or [] if c.startswith("kl_session=")]
        if status != 200 or not cookies:
            raise SystemExit(f"Sign-in failed: {status}")
        self.cookie = cookies[0]

    def questionnaires(self, count):
        """Questionnaires of 30 questions, each open and sent to all 290 municipalities: [(id, [tokens])]."""
        made = []
        for n in range(count):
            created = self.http("POST", "/api/v1/questionnaires", questionnaire(n), 201)
            self.http("POST", f"/api/v1/questionnaires/{created['id']}/open", None, 200)
            invited = self.http("POST", f"/api/v1/questionnaires/{created['id']}/invitations", {"target": "all"}, 201)
            tokens = re.findall(r'"token":"(kls_[A-Za-z0-9_-]+)"', json.dumps(invited, separators=(",", ":")))
            made.append((created["id"], tokens))
        return made

    # ------------------------------------------------------------ wrk

    def wrk(self, script, connections, seconds, path="/", env=None, tokens=None):
        env = dict(os.environ, BENCH_LUA=LUA, BENCH_CONNECTIONS=str(connections), **(env or {}))
        if tokens is not None:
            file = os.path.join(self.work, f"tokens-{time.monotonic_ns()}")
            with open(file, "w") as f:
                f.write("\n".join(tokens) + "\n")
            env["BENCH_TOKENS"] = file
        threads = connections if tokens is not None or script != "get.lua" else min(connections, 2)
        # wrk runs for its whole -d even when every thread has used up its tokens. The CPU figures are taken over the
        # run's work only: each thread that is done notes it in the file BENCH_DONE names (common.lua); once all have,
        # the CPU is read and wrk is stopped (SIGINT: it prints its summary as at the end of -d). Until the tenth round
        # of RESULTS.md the CPU was read when -d ended, with the product's idle seconds (timers, the JIT finishing).
        done_file = os.path.join(self.work, f"done-{time.monotonic_ns()}")
        env["BENCH_DONE"] = done_file
        proc = subprocess.Popen(["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s",
                                 "--timeout", "30s", "-s", os.path.join(LUA, script), self.base + path],
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        with Cpu(self.proc.pid, self.db, client_pid=proc.pid) as cpu:
            while proc.poll() is None and done_threads(done_file) < threads:
                time.sleep(0.005)
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate()
        match = re.search(r"^BENCH_JSON (.*)$", stdout, re.M)
        if not match:
            raise SystemExit(f"wrk gave no summary:\n{stdout}\n{stderr}")
        result = json.loads(match.group(1))
        if stderr.strip():
            log("  wrk: " + stderr.strip().replace("\n", "\n  wrk: ")[:600])
        # The span from the first request sent to the last response (wrk's own duration is its whole -d).
        seconds = result.get("active_us", result["duration_us"]) / 1e6
        result.update(seconds=round(seconds, 2), per_s=round(result.get("answered", result["requests"]) / seconds, 1),
                      server_cpu_s=round(cpu.java, 2), pg_cpu_s=round(cpu.pg, 2), client_cpu_s=round(cpu.client, 2),
                      in_flight=connections)
        for k in ("p50", "p95", "p99", "max"):
            result[f"{k}_ms"] = round(result["latency_us"][k] / 1000, 2)
        del result["latency_us"]
        return result


def done_threads(path):
    """How many of wrk's threads have noted in `path` that they are done (common.lua's finished)."""
    try:
        with open(path) as f:
            return sum(1 for line in f if line.strip())
    except FileNotFoundError:
        return 0


def per(result, count):
    """CPU milliseconds per unit (response or questionnaire)."""
    count = max(1, count)
    return dict(server_cpu_ms=round(result["server_cpu_s"] * 1000 / count, 3),
                pg_cpu_ms=round(result["pg_cpu_s"] * 1000 / count, 3),
                client_cpu_ms=round(result["client_cpu_s"] * 1000 / count, 3),
                server_and_pg_cpu_ms=round((result["server_cpu_s"] + result["pg_cpu_s"]) * 1000 / count, 3))


def questionnaire(n):
    sections = []
    for s in range(5):
        opts = [{"value": v, "label": {"sv": l}} for v, l in (("a", "Inga sökande"), ("b", "Snabb tillsättning"), ("c", "Anhopning"))]
        sections.append({"id": f"s{s}", "title": {"sv": f"Del {s + 1}"}, "questions": [
            {"id": f"q{s}_yes", "type": "yes_no", "required": True, "text": {"sv": "Använder ni inhyrd personal?"}},
            {"id": f"q{s}_cost", "type": "number", "required": True, "text": {"sv": "Kostnad"},
             "number": {"unit": "sek", "decimals": 0, "min": 0}},
            {"id": f"q{s}_one", "type": "single_choice", "text": {"sv": "Främsta skäl"}, "options": opts},
            {"id": f"q{s}_many", "type": "multiple_choice", "text": {"sv": "Alla skäl"}, "options": opts},
            {"id": f"q{s}_text", "type": "text", "text": {"sv": "Kommentar"}},
            {"id": f"q{s}_prof", "type": "profession", "multiple": True, "text": {"sv": "Svårrekryterade yrken"}}]})
    return {"title": {"sv": f"Benchmark {n}"}, "definition": {"sections": sections}}


def answers(i):
    """The 30 answers of one response, in question order, as (question id, value)."""
    out = []
    for s in range(5):
        out += [(f"q{s}_yes", i % 2 == 0), (f"q{s}_cost", 10_000 + i % 9_000), (f"q{s}_one", "abc"[i % 3]),
                (f"q{s}_many", ["a", "bc"[i % 2]]), (f"q{s}_text", f"Svårt att rekrytera socionomer, svar {i}"),
                (f"q{s}_prof", [PROFESSIONS[i % 5], PROFESSIONS[(i + 1) % 5]])]
    return out


def median_of(runs, key):
    return statistics.median(r[key] for r in runs)


# ---------------------------------------------------------------- the run

def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="short runs, 5 000-response export only")
    parser.add_argument("--smoke", action="store_true", help="tiny runs that only check the benchmark works")
    parser.add_argument("--port", type=int, default=int(os.environ.get("KL_BENCH_PORT", "18590")))
    parser.add_argument("--out", default=HERE, help="where RESULTS.md and results/ go")
    parser.add_argument("--label", default="", help="a word on the conditions, printed in RESULTS.md")
    parser.add_argument("--jar", help="another build of the product to measure (e.g. a copy of an earlier one, made with "
                        "cp -a: the class-data archive only serves the jar with the modification time it was made with)")
    args = parser.parse_args()
    for tool in ("wrk", "pgbench", "psql", "java"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is needed (apt-get install -y wrk postgresql-client openjdk-17-jdk-headless)")
    bench = Bench(args)
    if args.jar:
        bench.jar = os.path.abspath(args.jar)
    if not os.path.exists(bench.jar):
        raise SystemExit("Build first: mvn -f backend/pom.xml -P '!embedded-db' -DskipTests package")
    try:
        run(bench, args)
    finally:
        bench.cleanup()


def run(bench, args):
    quick = args.quick or args.smoke
    levels = [1, 4, 16, 64]
    submit_budget = 1500 if quick else 6000           # responses per in-flight level (a level ends when they are used)
    sequence_budget = {1: 40, 4: 120} if quick else {1: 150, 4: 600}
    export_sizes = [5000] if quick else [5000, 50000]
    # wrk always runs its whole -d: each level runs that long or until its tokens are used (rates are taken over the
    # span the requests were answered in).
    submit_seconds, sequence_seconds = (8, 12) if quick else (15, 30)
    if args.smoke:
        submit_budget, sequence_budget, export_sizes = 150, {1: 3, 4: 8}, [1000]
        submit_seconds, sequence_seconds = 3, 5
    r = bench.results
    r["meta"] = meta(args)

    # Start to ready: on a new database (migrations run), then restarts on the migrated one.
    bench.psql(f"CREATE DATABASE {bench.db}")
    log(f"Database {bench.db}; starting the product on port {bench.port}…")
    fresh = bench.start()
    bench.stop()
    migrated = []
    for _ in range(1 if quick else 3):
        migrated.append(bench.start())
        bench.stop()
    r["startup"] = dict(new_database_s=round(fresh, 2), migrated_database_s=round(statistics.median(migrated), 2),
                        migrated_runs_s=[round(x, 2) for x in migrated])
    r["startup"]["class_data_archive"] = bench.archive
    log(f"Start to ready: {fresh:.2f} s new database, {statistics.median(migrated):.2f} s migrated (median); "
        f"class-data archive {bench.archive}")
    bench.start()
    r["startup"]["rss_after_start_mb"] = round(rss_kb(bench.proc.pid) / 1024)
    bench.sign_in()

    # The respondent's sequence is warmed in rounds until its CPU per questionnaire stops falling (see warm_sequence).
    warm_round, warm_rounds = (150, 3) if quick else (600, 14)
    if args.smoke:
        warm_round, warm_rounds = 8, 1
    # Invitations: submit levels + warm-up + sequences + saves, and up to 50 000 responses for the exports.
    wanted = submit_budget * (len(levels) + 1) + sum(sequence_budget.values()) * 2 + warm_round * warm_rounds + 64
    count = max(-(-wanted // 290), -(-max(export_sizes) // 290) if not quick else 0) + 1
    log(f"Setting up {count} questionnaires of 30 questions, each sent to all 290 municipalities…")
    t = time.monotonic()
    made = bench.questionnaires(count)
    log(f"  took {time.monotonic() - t:.1f} s")
    pool = [tok for _, toks in made for tok in toks]

    def take(n):
        nonlocal pool
        taken, pool = pool[:n], pool[n:]
        return taken

    body_file = os.path.join(bench.work, "submit.json")
    with open(body_file, "w") as f:
        json.dump({"answers": dict(answers(7))}, f, ensure_ascii=False)
    # One line per save the form sends (see ANSWERS_PER_SAVE): the answers changed since the save before.
    answers_file = os.path.join(bench.work, "answers.txt")
    with open(answers_file, "w") as f:
        given = answers(11)
        for i in range(0, len(given), ANSWERS_PER_SAVE):
            f.write(json.dumps(dict(given[i:i + ANSWERS_PER_SAVE]), ensure_ascii=False) + "\n")

    # Warm-up (JIT, pools) with submits, then the sequence until it no longer gets cheaper.
    log("Warming up…")
    bench.wrk("submit.lua", 4, submit_seconds, env=dict(BENCH_BODY=body_file), tokens=take(submit_budget))
    r["sequence_warm_up"] = warm_sequence(bench, take, answers_file, warm_round, warm_rounds)

    # One-request submits at each level.
    r["submit"] = []
    for level in levels:
        res = bench.wrk("submit.lua", level, submit_seconds, env=dict(BENCH_BODY=body_file), tokens=take(submit_budget))
        res.update(per(res, res["requests"]))
        r["submit"].append(res)
        log(f"submit, {level:>2} in flight: {res['per_s']:>7.1f}/s  p50 {res['p50_ms']} p95 {res['p95_ms']} p99 "
            f"{res['p99_ms']} ms  CPU/response: server {res['server_cpu_ms']} + PostgreSQL {res['pg_cpu_ms']} ms "
            f"(client {res['client_cpu_ms']} ms)  non-2xx {res['errors']['status']}")

    # The real respondent's sequence: GET, the form's batched saves (PATCH with If-Match), submit.
    r["sequence"] = []
    time.sleep(11)  # the warm-up's row statistics all sent (see below)
    updates_before = bench.row_updates("survey_response")
    for level, budget in sequence_budget.items():
        res = bench.wrk("sequence.lua", level, sequence_seconds, env=dict(BENCH_ANSWERS=answers_file), tokens=take(budget))
        done = res.get("completed", 0)
        res["questionnaires_per_s"] = round(done / res["seconds"], 1)
        res.update(per(res, done))
        r["sequence"].append(res)
        log(f"sequence, {level} in flight: {res['questionnaires_per_s']}/s questionnaires ({done} done, "
            f"{res['per_s']} requests/s, p95 per request {res['p95_ms']} ms)  CPU/questionnaire: server "
            f"{res['server_cpu_ms']} + PostgreSQL {res['pg_cpu_ms']} ms  non-2xx {res['errors']['status']}")

    # How many of the rows' updates (saves, submits) in the sequences were HOT: the new version on the row's own page,
    # no index entry (see V29). A backend sends its statistics at most once a second while it works and within 10 s
    # once it is idle (PostgreSQL 15), so the pool's connections have all sent theirs after 11 s.
    time.sleep(11)
    updated, hot = (after - before for after, before in zip(bench.row_updates("survey_response"), updates_before))
    r["sequence_row_updates"] = dict(updates=updated, hot=hot, hot_share=round(hot / max(1, updated), 3))
    log(f"sequence: {updated} updates of survey_response, {hot} HOT ({hot / max(1, updated) * 100:.0f} %)")

    # Saves alone (each a batch of the form's), for the latency of one save.
    res = bench.wrk("save.lua", 4, 3 if quick else 8, env=dict(BENCH_ANSWERS=answers_file), tokens=take(4))
    res.update(per(res, res["requests"]))
    r["save"] = res
    log(f"save, 4 in flight: {res['per_s']}/s p50 {res['p50_ms']} p95 {res['p95_ms']} ms  CPU/save: server "
        f"{res['server_cpu_ms']} + PostgreSQL {res['pg_cpu_ms']} ms")

    # Reference reads against pgbench -S on the same machine.
    r["reads"] = reads(bench, quick)

    # Exports: fill the remaining invitations with submitted responses in SQL (as the API would store them), then
    # export questionnaire after questionnaire until the size is covered.
    r["exports"] = exports(bench, made, export_sizes, csv_warm_up=(100, 300) if args.smoke else (1000, 10000))

    r["rss_end_mb"] = round(rss_kb(bench.proc.pid) / 1024)
    write(bench, args)


def reads(bench, quick):
    seconds = 5 if quick else 10
    scale = 10
    bench.psql(f"CREATE DATABASE {bench.pgbench_db}")
    subprocess.run(["pgbench", "-q", "-i", "-s", str(scale), "-h", bench.pg["host"], "-p", bench.pg["port"], "-U",
                    bench.pg["user"], bench.pgbench_db], check=True, capture_output=True)
    out = {}
    for path in ("/api/v1/municipalities?county=25", "/api/v1/counties"):
        bench.wrk("get.lua", 32, 2, path=path)  # warm
    rounds = []
    for _ in range(1 if quick else 2):
        pg = subprocess.run(["pgbench", "-S", "-n", "-c", "32", "-j", "2", "-T", str(seconds), "-h", bench.pg["host"],
                             "-p", bench.pg["port"], "-U", bench.pg["user"], bench.pgbench_db],
                            capture_output=True, text=True)
        tps = float(re.search(r"tps = ([0-9.]+)", pg.stdout).group(1))
        row = {"pgbench_S_tps": tps}
        for path in ("/api/v1/municipalities?county=25", "/api/v1/counties"):
            res = bench.wrk("get.lua", 32, seconds, path=path)
            res.update(per(res, res["requests"]))
            res["share_of_pgbench"] = round(res["per_s"] / tps, 3)
            row[path] = res
        rounds.append(row)
    out["pgbench_S_tps"] = median_of(rounds, "pgbench_S_tps")
    for path in ("/api/v1/municipalities?county=25", "/api/v1/counties"):
        best = sorted((r[path] for r in rounds), key=lambda x: x["per_s"])[len(rounds) // 2]
        out[path] = best
        log(f"GET {path}: {best['per_s']}/s p50 {best['p50_ms']} p95 {best['p95_ms']} ms = "
            f"{best['share_of_pgbench'] * 100:.0f} % of pgbench -S ({out['pgbench_S_tps']:.0f} tps), 32 connections")
    # Conditional read: what a client with the ETag gets.
    status, _, head = bench.http("GET", "/api/v1/counties", raw=True)
    etag = head.get("ETag")
    if etag:
        status, _, _ = bench.http("GET", "/api/v1/counties", headers={"If-None-Match": etag}, raw=True)
    out["counties_etag"] = etag
    out["counties_if_none_match_status"] = status if etag else None
    return out


class KeepAlive:
    """GETs on one keep-alive connection, as a script exporting questionnaire after questionnaire would make them
    (requests.Session, curl with several URLs, a browser). The time of an export is still the whole HTTP export as the
    client sees it: from the request sent to the last byte of the body read. Until the export work of issue 16 each
    export opened its own connection through urllib (Connection: close): the TCP set-up, urllib's opener and the
    server's per-connection pipeline (h2c detection) were in every export's time."""

    def __init__(self, bench):
        self.bench = bench
        self.conn = None

    def get(self, path):
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.bench.port, timeout=300)
            try:
                self.conn.request("GET", path, headers={"Cookie": self.bench.cookie})
                response = self.conn.getresponse()
                return response.status, response.read()
            except (http.client.RemoteDisconnected, ConnectionError, http.client.CannotSendRequest):
                # The server closed the idle connection: open another (its time counts) and ask again.
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise


def warm_sequence(bench, take, answers_file, per_round, most):
    """The respondent's sequence at 4 in flight in rounds of `per_round` questionnaires until three rounds in a row cost
    no more than 3 % less server + PostgreSQL CPU per questionnaire than the best round before them, or `most` rounds
    are done. The JIT goes on compiling the save path for minutes after the submits' warm-up (measured: a build's CPU
    per questionnaire still fell by a tenth from its tenth to its eleventh 20-second run); a survey morning runs for
    hours, so the figures below are taken once it no longer falls. Returns the rounds' CPU per questionnaire."""
    rounds, flat, best = [], 0, None
    # wrk runs its whole -d even when the round's links are used up: long enough for a cold server (~80/s), no longer.
    seconds = max(2, per_round // 60)
    while len(rounds) < most and flat < 3:
        res = bench.wrk("sequence.lua", 4, seconds, env=dict(BENCH_ANSWERS=answers_file), tokens=take(per_round))
        rounds.append(per(res, res.get("completed", 0))["server_and_pg_cpu_ms"])
        if best is None or rounds[-1] < best * 0.97:
            best, flat = rounds[-1], 0
        else:
            flat += 1
    log(f"Sequence warm-up: {len(rounds)} rounds of {per_round} questionnaires, server + PostgreSQL CPU ms per "
        f"questionnaire by round {rounds}")
    return dict(rounds=len(rounds), questionnaires_per_round=per_round, cpu_ms_by_round=rounds)


def warm_up(bench, ids, fmt, least, most):
    """Exports in rounds of 50 (at least `least`) until the last ten rounds together are no more than 3 % faster than
    the ten before them, or `most` are done; returns the rounds' times (ms per export). Until the tenth round of
    RESULTS.md the rule was four rounds in a row no faster than the best before them: on 2 cores one round's time
    moves by ±10 %, so it stopped after ~550 CSV exports at ~5.9 ms each, while they went on falling to ~4 ms over
    the next few thousand (the JIT's one C2 thread still compiling the per-row code)."""
    client = KeepAlive(bench)
    rounds, done = [], 0

    def falling():
        return len(rounds) < 20 or sum(rounds[-10:]) < sum(rounds[-20:-10]) * 0.97

    while done < most and (done < least or falling()):
        t = time.monotonic()
        for i in range(50):
            status, _ = client.get(f"/api/v1/questionnaires/{ids[(done + i) % len(ids)]}/export?format={fmt}")
            if status != 200:
                raise SystemExit(f"export warm-up: {status}")
        done += 50
        rounds.append(round((time.monotonic() - t) * 1000 / 50, 2))
    log(f"{fmt.upper()} export warm-up: {done} exports, ms per export by round {rounds}")
    return dict(exports=done, ms_per_export_by_round=rounds)


def export_run(bench, ids, fmt, size, memory=True):
    """One run of whole exports, questionnaire after questionnaire, until they cover `size` responses. With `memory`,
    the heap and RSS are followed too (a full collection before, jstat and /proc sampled during); without, nothing
    else runs beside the exports, as their time is taken (jstat is a JVM of its own: its start and its sampling took
    CPU from exports of 100–200 ms on 2 cores)."""
    offset = live_before = before = rss_before = None
    if memory:
        # A full collection first: the heap after it is what is live before the export.
        _, offset = gc_after_mb(bench.gc_log)
        subprocess.run(["jcmd", str(bench.proc.pid), "GC.run"], capture_output=True)
        time.sleep(0.2)
        collected, offset = gc_after_mb(bench.gc_log, offset)
        live_before = collected[-1][1] if collected else None
        before = heap_used_kb(bench.proc.pid)
        rss_before = rss_kb(bench.proc.pid)
    exported = n = 0
    took = 0.0
    client = KeepAlive(bench)
    sampler = Sampler(bench.proc.pid) if memory else contextlib.nullcontext()
    with sampler, Cpu(bench.proc.pid, bench.db) as cpu:
        for qid in ids:
            if exported >= size:
                break
            t = time.monotonic()
            status, body = client.get(f"/api/v1/questionnaires/{qid}/export?format={fmt}")
            took += time.monotonic() - t
            if status != 200:
                raise SystemExit(f"export {qid}: {status}")
            rows = body.count(b"\n") - 1 if fmt == "csv" else 290
            exported += rows
            n += 1
    res = dict(responses=exported, exports=n, ms=round(took * 1000, 1),
               ms_per_5000=round(took * 1000 * 5000 / max(1, exported), 1),
               server_cpu_ms=round(cpu.java * 1000, 1), pg_cpu_ms=round(cpu.pg * 1000, 1))
    if not memory:
        log(f"{fmt.upper()} export of {exported} responses ({n} exports): {res['ms']} ms")
        return res
    collected, _ = gc_after_mb(bench.gc_log, offset)
    # Live heap: the heap in use right after each collection during the export, against the live heap
    # before it. Allocation churn (garbage the next young collection frees) is not in it; the jstat peak
    # below (peak_heap_growth_mb, everything in use including garbage) is kept for comparison.
    live_growth = (max(after for _, after in collected) - live_before) if collected and live_before is not None else None
    res.update(collections=len(collected), live_heap_growth_mb=live_growth,
               peak_rss_growth_mb=round((sampler.peak_rss - rss_before) / 1024, 1),
               # jstat's samples (every 20 ms) and one reading at the end, before any GC it may miss.
               peak_heap_growth_mb=round((max(sampler.heaps + [heap_used_kb(bench.proc.pid)]) - before) / 1024, 1))
    log(f"{fmt.upper()} export of {exported} responses ({n} exports), memory followed: {res['ms']} ms, live heap growth "
        f"{'–' if live_growth is None else live_growth} MB ({len(collected)} collections), peak heap in use (with garbage) "
        f"+{res['peak_heap_growth_mb']} MB, peak RSS growth {res['peak_rss_growth_mb']} MB")
    return res


def exports(bench, made, sizes, csv_warm_up):
    """Exports covering each size: time (sum of whole HTTP exports), peak RSS, peak heap growth; CSV and XLSX."""
    # Complete every questionnaire with submitted responses in SQL, copying a response the API stored.
    bench.psql("""
        INSERT INTO survey_response (invitation_id, questionnaire_id, municipality_code, version, status, answers,
                                     answer_revisions, revision, started_at, updated_at, submitted_at)
        SELECT i.id, i.questionnaire_id, i.municipality_code, 1, 'submitted',
               jsonb_set(t.answers, '{q0_text}', to_jsonb('Svar från ' || i.municipality_code)),
               t.answer_revisions, 1, now(), now(), now()
          FROM invitation i
          CROSS JOIN (SELECT answers, answer_revisions FROM survey_response WHERE status = 'submitted' LIMIT 1) t
         WHERE NOT EXISTS (SELECT 1 FROM survey_response r WHERE r.invitation_id = i.id)""", db=bench.db)
    ids = [qid for qid, _ in made]
    out = {}
    for fmt in ("csv", "xlsx"):
        # Warm the export code first, to a steady state, so the figures are a warm service's, as issue 16 measured
        # LimeSurvey's: exports in rounds of 50 until ten rounds are no more than 3 % faster than the ten before them
        # (CSV at least 1 000 and at most 10 000 exports, XLSX 100 and 300). With 2 cores the JIT's one C2 thread takes
        # thousands of exports to compile the per-row code: after 30 a CSV export still took twice its steady time.
        bench.results.setdefault("export_warm_up", {})[fmt] = (warm_up(bench, ids, fmt, *csv_warm_up) if fmt == "csv"
                                                               else warm_up(bench, ids, fmt, 100, 300))
        for size in sizes:
            # One run with the memory followed; for CSV then five runs with nothing beside them, and the time is their
            # median (one run of 5 000 is 18 exports, ±20 % from run to run on 2 cores). XLSX: the one run (its memory
            # is what it is measured for).
            res = export_run(bench, ids, fmt, size, memory=True)
            if fmt == "csv":
                runs = [export_run(bench, ids, fmt, size, memory=False) for _ in range(5)]
                timed = sorted(runs, key=lambda x: x["ms"])[len(runs) // 2]
                res.update(ms_with_memory_followed=res["ms"], ms=timed["ms"], ms_per_5000=timed["ms_per_5000"],
                           server_cpu_ms=timed["server_cpu_ms"], pg_cpu_ms=timed["pg_cpu_ms"],
                           ms_runs=[x["ms"] for x in runs])
            out[f"{fmt}_{size}"] = res
    return out


def archive_state(archive, server_log, since):
    """Whether the JVM used the class-data archive: it says so only when it could not (one warning at start), e.g.
    when the jar is a copy whose modification time differs from the one the archive was made with (cp without -p)."""
    if not archive:
        return "none (no app-cds.jsa next to the jar)"
    with open(server_log, "rb") as f:
        f.seek(since)
        text = f.read().decode("utf-8", "replace")
    refused = [line.strip() for line in text.splitlines() if "[cds" in line and "warning" in line]
    return "not used: " + refused[0] if refused else "used"


def meta(args):
    def sh(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT).stdout.strip()
        except OSError:
            return ""
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "")
    except OSError:
        pass
    load = os.getloadavg()
    return dict(date=datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                commit=sh(["git", "rev-parse", "--short", "HEAD"]) + (" (with changes)" if sh(["git", "status", "--porcelain", "--untracked-files=no"]) else ""),
                machine=f"{os.cpu_count()} cores, {cpu}, {platform.system()} {platform.release()}",
                memory_gb=round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
                java=sh(["java", "-version"]) or subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.split("\n")[0],
                postgres=sh(["psql", "--version"]), wrk=sh(["wrk", "-v"]).split("\n")[0],
                load_average_at_start=[round(x, 2) for x in load], quick=args.quick or args.smoke, label=args.label + (" (smoke run: figures mean nothing)" if args.smoke else ""))


def ok(value, target, higher_is_better):
    if value is None:
        return "–"
    return "met" if (value >= target if higher_is_better else value <= target) else "not met"


def write(bench, args):
    r = bench.results
    os.makedirs(os.path.join(args.out, "results"), exist_ok=True)
    name = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ") + ("-quick" if args.quick else "")
    with open(os.path.join(args.out, "results", name + ".json"), "w") as f:
        json.dump(r, f, indent=2, ensure_ascii=False)
    m = r["meta"]
    s4 = next(x for x in r["submit"] if x["in_flight"] == 4)
    best = max(r["submit"], key=lambda x: x["per_s"])
    q4 = next(x for x in r["sequence"] if x["in_flight"] == 4)
    reads_ = r["reads"]
    share = min(reads_[p]["share_of_pgbench"] for p in ("/api/v1/municipalities?county=25", "/api/v1/counties"))
    csv5 = r["exports"].get("csv_5000", {"ms": None})
    csv50 = r["exports"].get("csv_50000")
    xlsx50 = r["exports"].get("xlsx_50000")
    T = TARGETS
    lines = [
        "# Benchmark results", "",
        "Written by `backend/bench/run.sh` (see `backend/bench/bench.py`); the JSON of every run is in `results/`.",
        "CPU is read from /proc: utime + stime of the product's java process and of the PostgreSQL backends connected",
        "to the benchmark's database over the span of each run's work (until every wrk thread has used up its links),",
        "divided by the responses served. wrk is the load generator (its own CPU is the \"client\" column).", "",
        f"- Date: {m['date']}; commit {m['commit']}{'; quick run' if m['quick'] else ''}{'; ' + m['label'] if m['label'] else ''}",
        f"- Machine: {m['machine']}, {m['memory_gb']} GB; load average at start {m['load_average_at_start']}",
        f"- {m['java']}; {m['postgres']}; {m['wrk']}", "",
        "## Against the targets of issue 16", "",
        "| Figure | Measured | Target | |", "|---|---|---|---|",
        f"| One-request submit, best level ({best['in_flight']} in flight) | {best['per_s']:.0f}/s | ≥ {T['submit_per_s']}/s | {ok(best['per_s'], T['submit_per_s'], True)} |",
        f"| One-request submit p95 (4 in flight) | {s4['p95_ms']} ms | < {T['submit_p95_ms']} ms | {ok(s4['p95_ms'], T['submit_p95_ms'], False)} |",
        f"| Server + PostgreSQL CPU per submit (4 in flight) | {s4['server_and_pg_cpu_ms']} ms | ≤ {T['submit_cpu_ms']} ms | {ok(s4['server_and_pg_cpu_ms'], T['submit_cpu_ms'], False)} |",
        f"| Respondent's sequence, 4 in flight | {q4['questionnaires_per_s']}/s | ≥ {T['sequence_per_s']}/s | {ok(q4['questionnaires_per_s'], T['sequence_per_s'], True)} |",
        f"| Server + PostgreSQL CPU per questionnaire | {q4['server_and_pg_cpu_ms']} ms | ≤ {T['sequence_cpu_ms']} ms | {ok(q4['server_and_pg_cpu_ms'], T['sequence_cpu_ms'], False)} |",
        f"| p95 per save (4 in flight) | {r['save']['p95_ms']} ms | < {T['save_p95_ms']} ms | {ok(r['save']['p95_ms'], T['save_p95_ms'], False)} |",
        f"| CSV export, 5 000 responses | {csv5.get('ms')} ms | ≤ {T['csv_5000_ms']} ms | {ok(csv5.get('ms'), T['csv_5000_ms'], False)} |",
    ]
    if csv50:
        lines.append(f"| CSV export, 50 000 responses | {csv50['ms']} ms | ≤ {T['csv_50000_ms']} ms | {ok(csv50['ms'], T['csv_50000_ms'], False)} |")
        lines.append(f"| Live heap growth, CSV 50 000 | {csv50.get('live_heap_growth_mb')} MB | < {T['csv_heap_mb']} MB | {ok(csv50.get('live_heap_growth_mb'), T['csv_heap_mb'], False)} |")
    if xlsx50:
        lines.append(f"| Live heap growth, XLSX 50 000 ({xlsx50['ms']} ms) | {xlsx50.get('live_heap_growth_mb')} MB | flat | |")
    lines += [
        f"| Reference reads, lower of the two, share of `pgbench -S` | {share * 100:.0f} % | ≥ {T['reads_share_of_pgbench'] * 100:.0f} % | {ok(share, T['reads_share_of_pgbench'], True)} |",
        f"| Start to ready, migrated database{'' if r['startup'].get('class_data_archive') == 'used' else ' (class-data archive not used)'} | {r['startup']['migrated_database_s']} s | ≤ {T['ready_s']} s | {ok(r['startup']['migrated_database_s'], T['ready_s'], False)} |",
        "", "## One-request submit (30 answers)", "",
        "| In flight | Responses/s | p50 ms | p95 ms | p99 ms | Server CPU ms | PostgreSQL CPU ms | wrk CPU ms | non-2xx |",
        "|---|---|---|---|---|---|---|---|---|"]
    for x in r["submit"]:
        lines.append(f"| {x['in_flight']} | {x['per_s']:.0f} | {x['p50_ms']} | {x['p95_ms']} | {x['p99_ms']} | "
                     f"{x['server_cpu_ms']} | {x['pg_cpu_ms']} | {x['client_cpu_ms']} | {x['errors']['status']} |")
    saves = 30 // ANSWERS_PER_SAVE
    lines += ["", f"## The respondent's sequence (GET, {saves} × PATCH …/answers of {ANSWERS_PER_SAVE} answers with If-Match, submit)", "",
              f"What the web form sends for a respondent who answers a question every 10 s: its saves go in batches (one",
              f"when the respondent starts on another section, at the latest 30 s after a batch's first change, at once",
              f"when the page is hidden or closed; see draft-sync.ts and the model in bench.py). Before the batching the",
              f"form sent 30 saves of one answer (32 requests per questionnaire).", "",
              "| In flight | Questionnaires/s | Requests/s | p50 ms per request | p95 ms | Server CPU ms per questionnaire | PostgreSQL CPU ms | non-2xx |",
              "|---|---|---|---|---|---|---|---|"]
    for x in r["sequence"]:
        lines.append(f"| {x['in_flight']} | {x['questionnaires_per_s']} | {x['per_s']:.0f} | {x['p50_ms']} | {x['p95_ms']} | "
                     f"{x['server_cpu_ms']} | {x['pg_cpu_ms']} | {x['errors']['status']} |")
    sw = r.get("sequence_warm_up")
    if sw:
        by = sw["cpu_ms_by_round"]
        lines += ["", f"Warm-up before these figures: {sw['rounds']} rounds of {sw['questionnaires_per_round']} "
                  f"questionnaires at 4 in flight, until the server + PostgreSQL CPU per questionnaire stopped falling or "
                  f"the rounds' limit was reached ({by[0]} ms in the first round, {by[-1]} in the last)."]
    ru = r.get("sequence_row_updates")
    if ru:
        lines += ["", f"Updates of survey_response in these sequences (saves after the first, submits): {ru['updates']}, of "
                  f"them HOT (new version on the row's page, no index entry; a submit changes an indexed column and "
                  f"never is): {ru['hot']} ({ru['hot_share'] * 100:.0f} %)."]
    sv = r["save"]
    lines += ["", f"Saves alone (4 in flight, {ANSWERS_PER_SAVE} answers each): {sv['per_s']:.0f}/s, p50 {sv['p50_ms']} ms, p95 {sv['p95_ms']} ms, "
              f"p99 {sv['p99_ms']} ms; CPU per save {sv['server_cpu_ms']} ms server + {sv['pg_cpu_ms']} ms PostgreSQL.",
              "", "## Exports (sum of whole HTTP exports, at most 290 responses each)", "",
              "A questionnaire has one invitation per municipality (UNIQUE (questionnaire_id, municipality_code)), so one",
              "export holds at most 290 responses: the figures for 5 000 and 50 000 are sums of whole exports, and the cost",
              "that matters is each export's own (sign-in check, questionnaire and definition, one streamed query).",
              "A CSV time is the median of five runs with nothing else running (the range beside it); the memory columns",
              "come from one more run with the heap and RSS followed (jstat is a JVM of its own and took CPU from the",
              "exports while it ran). XLSX: one run, memory followed.",
              "Live heap growth is the heap in use right after each garbage collection during the exports (from the",
              "product's -Xlog:gc) against the live heap after a full collection before them: what the exports hold.",
              "The jstat peak counts everything in use, garbage included, so it grows with the young generation's size;",
              "– where no collection ran during the exports (all they allocated fitted in the young generation).", "",
              "| Export | Responses | Time ms | Live heap growth MB (collections) | Peak heap in use, with garbage, MB | Peak RSS growth MB | Server CPU ms | PostgreSQL CPU ms |",
              "|---|---|---|---|---|---|---|---|"]
    for key, x in r["exports"].items():
        live = x.get('live_heap_growth_mb')
        took = x['ms'] if len(x.get('ms_runs', [])) < 2 else \
            f"{x['ms']} (median of {len(x['ms_runs'])}: {min(x['ms_runs'])}–{max(x['ms_runs'])})"
        lines.append(f"| {key} | {x['responses']} | {took} | {'–' if live is None else live} ({x.get('collections')}) | "
                     f"{x['peak_heap_growth_mb']} | {x['peak_rss_growth_mb']} | {x['server_cpu_ms']} | {x['pg_cpu_ms']} |")
    for fmt, w in r.get("export_warm_up", {}).items():
        by = w["ms_per_export_by_round"]
        lines += ["", f"Warm-up before the {fmt.upper()} figures: {w['exports']} exports in rounds of 50 until the time "
                  f"per export stopped falling ({by[0]} ms per export in the first round, {by[-1]} in the last)."]
    lines += ["", f"## Reference reads (32 connections) next to `pgbench -S` ({reads_['pgbench_S_tps']:.0f} tps, 32 clients, scale 10)", "",
              "| Read | Requests/s | Share of pgbench -S | p50 ms | p95 ms | Server CPU ms | PostgreSQL CPU ms |",
              "|---|---|---|---|---|---|---|"]
    for p in ("/api/v1/municipalities?county=25", "/api/v1/counties"):
        x = reads_[p]
        lines.append(f"| `GET {p}` | {x['per_s']:.0f} | {x['share_of_pgbench'] * 100:.0f} % | {x['p50_ms']} | {x['p95_ms']} | "
                     f"{x['server_cpu_ms']} | {x['pg_cpu_ms']} |")
    lines += ["", f"`If-None-Match` with the counties' ETag {reads_.get('counties_etag')}: status {reads_.get('counties_if_none_match_status')}.",
              "", "## Start to ready", "",
              f"New database (migrations run): {r['startup']['new_database_s']} s; migrated database: "
              f"{r['startup']['migrated_database_s']} s (runs {r['startup']['migrated_runs_s']}); RSS after start "
              f"{r['startup']['rss_after_start_mb']} MB, at the end {r['rss_end_mb']} MB.", "",
              f"Class-data archive (app-cds.jsa): {r['startup'].get('class_data_archive')}.", ""]
    with open(os.path.join(args.out, "RESULTS.md"), "w") as f:
        f.write("\n".join(lines))
    log(f"Wrote {os.path.join(args.out, 'RESULTS.md')} and results/{name}.json")


if __name__ == "__main__":
    main()
