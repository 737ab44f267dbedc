-- The real respondent's way, as the web form syncs a draft: GET the form, one PATCH …/answers per line of BENCH_ANSWERS (a batch of the form's: see ANSWERS_PER_SAVE in bench.py) with
-- If-Match (the ETag of the previous save), then POST …/submit with the last ETag. One questionnaire per token.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup

local tokens, token_index, step, etag, answers, completed, failures, saves

function init(args)
  tokens = common.tokens(id, tonumber(os.getenv("BENCH_CONNECTIONS")))
  token_index = 1
  step = 0
  etag = '"0"'
  completed = 0
  failures = 0
  answers = {}
  for line in io.lines(os.getenv("BENCH_ANSWERS")) do
    if line ~= "" then table.insert(answers, line) end
  end
end

function request()
  common.sent()
  local token = tokens[token_index]
  if token == nil then
    common.finished()
    return wrk.format("GET", "/api/v1/respond/kls_none")
  end
  local base = "/api/v1/respond/" .. token
  if step == 0 then
    return wrk.format("GET", base)
  elseif step <= #answers then
    return wrk.format("PATCH", base .. "/answers",
      { ["Content-Type"] = "application/json", ["If-Match"] = etag }, '{"answers":' .. answers[step] .. '}')
  else
    return wrk.format("POST", base .. "/submit", { ["If-Match"] = etag, ["Content-Length"] = "0" })
  end
end

function response(status, headers, body)
  common.answered()
  if status ~= 200 then
    failures = failures + 1
    if failures <= 3 then io.stderr:write("step " .. step .. ": " .. status .. " " .. body .. "\n") end
  end
  etag = headers["ETag"] or headers["etag"] or etag
  if step > #answers then
    if status == 200 then completed = completed + 1 end
    wrk.thread:set("completed", completed)
    token_index = token_index + 1
    step = 0
    etag = '"0"'
    if tokens[token_index] == nil then common.finished() end
  else
    step = step + 1
  end
end

function done(summary, latency, requests)
  common.done(summary, latency, { "completed" })
end
