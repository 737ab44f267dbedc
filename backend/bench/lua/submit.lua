-- One-request submit: POST /api/v1/respond/{token}/submit with all 30 answers, each token once; a thread stops
-- when its tokens are used up. BENCH_BODY names a file with the answers body.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup

local tokens, next_index, body, failures

function init(args)
  tokens = common.tokens(id, tonumber(os.getenv("BENCH_CONNECTIONS")))
  next_index = 1
  failures = 0
  local f = io.open(os.getenv("BENCH_BODY"))
  body = f:read("*a")
  f:close()
end

function request()
  common.sent()
  local token = tokens[next_index]
  if token == nil then
    common.finished()
    token = tokens[#tokens] or "kls_none"
  end
  next_index = next_index + 1
  return wrk.format("POST", "/api/v1/respond/" .. token .. "/submit",
    { ["Content-Type"] = "application/json", ["If-Match"] = '"0"' }, body)
end

function response(status, headers, body)
  common.answered()
  if status ~= 200 then
    failures = failures + 1
    if failures <= 3 then io.stderr:write("submit " .. status .. " " .. body .. "\n") end
  end
  if next_index > #tokens then common.finished() end
end

function done(summary, latency, requests)
  common.done(summary, latency, {})
end
