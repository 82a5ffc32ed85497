-- Shared by the path scripts (docs/adr/0064): threads numbered in setup(), ids read from a file the
-- benchmark writes, and done() printing the run's figures as one JSON line the benchmark parses.
local ffi = require("ffi")
local common = {}
local threads = {}

ffi.cdef [[
  typedef struct { long seconds; long nanoseconds; } gkdbu_timespec;
  int clock_gettime(int clock, gkdbu_timespec *time);
]]

function common.setup(thread)
  thread:set("thread_number", #threads)
  threads[#threads + 1] = thread
end

-- Microseconds on the monotonic clock (wrk's own summary.duration always spans the whole -d).
function common.now_us()
  local time = ffi.new("gkdbu_timespec")
  ffi.C.clock_gettime(1, time)
  return tonumber(time.seconds) * 1000000 + tonumber(time.nanoseconds) / 1000
end

-- Each thread draws its own sequence, so two threads do not read the same ids in step.
function common.seed()
  math.randomseed(os.time() * 31 + (thread_number or 0))
end

function common.lines(file)
  local list = {}
  for line in io.lines(file) do
    if line ~= "" then
      list[#list + 1] = line
    end
  end
  if #list == 0 then
    error("no lines in " .. file)
  end
  return list
end

function common.pick(list)
  return list[math.random(#list)]
end

-- The -H headers (the bearer token) with a body's own headers added: wrk.format takes one table.
function common.headers(extra)
  local headers = {}
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  for name, value in pairs(extra) do
    headers[name] = value
  end
  return headers
end

-- A script of GETs whose path holds an id drawn from the file args[1]: build(id, args) makes the path.
function common.get_by_id(build)
  local ids, arguments
  setup = common.setup
  done = common.done
  init = function(args)
    ids = common.lines(args[1])
    arguments = args
    common.seed()
  end
  request = function()
    return wrk.format("GET", build(common.pick(ids), arguments))
  end
end

-- wrk counts answers of 400 and above as status errors; the benchmark wants 2xx, so a 3xx would pass
-- unnoticed, and no measured path answers one.
-- A script whose work can run out (ot-referral.lua) sets "spent_us" on a thread when it stopped; the
-- run then lasted as long as its last thread, reported as activeUs (0: every thread ran the whole -d).
-- Such a script also sets "taken" on a thread: the highest line of its file it sent a request for.
function common.done(summary, latency, requests)
  local errors = summary.errors
  local active = 0
  local taken = 0
  for _, thread in ipairs(threads) do
    taken = math.max(taken, thread:get("taken") or 0)
  end
  for _, thread in ipairs(threads) do
    local spent = thread:get("spent_us")
    if spent == nil then
      active = 0
      break
    end
    active = math.max(active, spent)
  end
  io.write(string.format(
    'WRK-JSON {"requests":%d,"durationUs":%d,"activeUs":%d,"connectErrors":%d,"readErrors":%d,"writeErrors":%d,' ..
    '"statusErrors":%d,"timeouts":%d,"p50Us":%d,"p95Us":%d,"p99Us":%d,"maxUs":%d,"taken":%d}\n',
    summary.requests, summary.duration, active, errors.connect, errors.read, errors.write, errors.status, errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, taken))
end

return common
