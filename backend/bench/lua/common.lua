-- Shared by the wrk scripts: one connection per wrk thread (run with -t N -c N), each thread taking every N-th
-- line of the token file named by the environment (BENCH_TOKENS), and a JSON summary printed at the end.
local M = {}
local counter = 0
local threads = {}

-- wrk runs for its whole -d even when every thread has stopped (unless bench.py stops it), so each thread notes (in
-- microseconds of the monotonic clock, through LuaJIT's FFI) when it sent its first request and got its last
-- response; the rate is taken over that span.
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock, bench_timespec *ts);
]]
local ts = ffi.new("bench_timespec")

function M.now_us()
  ffi.C.clock_gettime(1, ts)
  return tonumber(ts.tv_sec) * 1000000 + math.floor(tonumber(ts.tv_nsec) / 1000)
end

local first_us, last_us, answered = nil, nil, 0

function M.sent()
  if first_us == nil then first_us = M.now_us() ; wrk.thread:set("first_us", first_us) end
end

function M.answered()
  answered = answered + 1
  last_us = M.now_us()
  wrk.thread:set("last_us", last_us)
  wrk.thread:set("answered", answered)
end

-- A thread whose tokens are used up notes it once, a line in the file BENCH_DONE names: when every thread has,
-- bench.py reads the CPU figures and stops wrk, so the seconds wrk would still wait are not in them.
local finished = false

function M.finished()
  if finished then return end
  finished = true
  local file = os.getenv("BENCH_DONE")
  if file then
    local f = io.open(file, "a")
    f:write("done\n")
    f:close()
  end
  wrk.thread:stop()
end

function M.setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function M.tokens(id, count)
  local mine = {}
  local file = os.getenv("BENCH_TOKENS")
  if not file then return mine end
  local i = 0
  for line in io.lines(file) do
    if line ~= "" then
      if i % count == id then table.insert(mine, line) end
      i = i + 1
    end
  end
  return mine
end

function M.done(summary, latency, extra)
  local e = summary.errors
  local out = string.format(
    '{"requests":%d,"duration_us":%d,"bytes":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"p50":%d,"p95":%d,"p99":%d,"max":%d,"mean":%.1f}',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, latency.mean)
  local total = {}
  local first, last, answered = nil, nil, 0
  for _, t in ipairs(threads) do
    local f, l = tonumber(t:get("first_us")), tonumber(t:get("last_us"))
    if f and (first == nil or f < first) then first = f end
    if l and (last == nil or l > last) then last = l end
    answered = answered + (tonumber(t:get("answered")) or 0)
  end
  if first and last and last > first then
    out = out .. string.format(',"active_us":%d,"answered":%d', last - first, answered)
  end
  for _, t in ipairs(threads) do
    for _, name in ipairs(extra or {}) do
      total[name] = (total[name] or 0) + (tonumber(t:get(name)) or 0)
    end
  end
  for name, value in pairs(total) do
    out = out .. string.format(',"%s":%d', name, value)
  end
  io.write("BENCH_JSON " .. out .. "}\n")
end

M.threads = threads
return M
