-- Plain GETs of the path wrk is given (reference reads), with a JSON summary.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup

function done(summary, latency, requests)
  common.done(summary, latency, {})
end
