-- Draft saves alone: each thread keeps saving a batch of answers (a line of BENCH_ANSWERS) to its own draft with
-- If-Match, for the latency of a save.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup

local token, etag, answers, n, failures

function init(args)
  token = common.tokens(id, tonumber(os.getenv("BENCH_CONNECTIONS")))[1]
  etag = '"0"'
  n = 0
  failures = 0
  answers = {}
  for line in io.lines(os.getenv("BENCH_ANSWERS")) do
    if line ~= "" then table.insert(answers, line) end
  end
end

function request()
  common.sent()
  n = n + 1
  return wrk.format("PATCH", "/api/v1/respond/" .. token .. "/answers",
    { ["Content-Type"] = "application/json", ["If-Match"] = etag }, '{"answers":' .. answers[(n % #answers) + 1] .. '}')
end

function response(status, headers, body)
  common.answered()
  if status ~= 200 then
    failures = failures + 1
    if failures <= 3 then io.stderr:write("save " .. status .. " " .. body .. "\n") end
  end
  etag = headers["ETag"] or headers["etag"] or etag
end

function done(summary, latency, requests)
  common.done(summary, latency, {})
end
