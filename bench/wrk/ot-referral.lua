-- POST an OT meeting that refers, once per prepared case (open, level 5, OPP, parents involved).
-- Args: a file of prepared case ids, the number of wrk threads. Thread t takes ids t+1, t+1+threads, ...;
-- a thread whose share is spent stops, so the run ends early rather than send a case twice. done() reports the
-- highest line any thread took, so the benchmark gives the next run only the cases after it.
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")
local ids, threads, headers
local next_index, started
local body = '{"heldOn":"%s","participants":[{"role":"swv"},{"role":"school"},{"role":"parents"}],' ..
  '"decision":"refer","referral":{"type":"sbo","category":null}}'

setup = common.setup
done = common.done

function init(args)
  ids = common.lines(args[1])
  threads = tonumber(args[2])
  body = string.format(body, args[3])
  headers = common.headers({ ["Content-Type"] = "application/json" })
  next_index = thread_number + 1
  started = common.now_us()
end

function request()
  local index = next_index
  if index > #ids then
    -- Spent: stop this thread; the request still asked for is a harmless read of the last case.
    if spent_us == nil then
      spent_us = common.now_us() - started
      wrk.thread:set("spent_us", spent_us)
      wrk.thread:stop()
    end
    return wrk.format("GET", "/api/v1/support-cases/" .. ids[#ids])
  end
  next_index = index + threads
  -- The benchmark counts a case as spent once a request for it was made, answered or not.
  wrk.thread:set("taken", index)
  return wrk.format("POST", "/api/v1/support-cases/" .. ids[index] .. "/ot-meetings", headers, body)
end
