-- Shared by the wrk scripts: one connection per wrk thread (run with -t N -c N), each thread taking every N-th
-- line of the token file named by the environment (BENCH_TOKENS), and a JSON summary printed at the end.
local M = {}
local counter = 0
local threads = {}

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
