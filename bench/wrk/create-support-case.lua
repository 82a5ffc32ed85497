-- POST a support case at a random school, a pupil reference of its own per request. Args: a file of
-- school ids, a tag of letters and digits unique to this wrk run.
-- The reference keeps its digit runs apart with letters: digits grouped by '-' can read as a citizen
-- service number, which the platform rightly refuses.
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")
local ids, tag
local counter = 0
local headers

setup = common.setup
done = common.done

function init(args)
  ids = common.lines(args[1])
  tag = args[2]
  headers = common.headers({ ["Content-Type"] = "application/json" })
  common.seed()
end

function request()
  counter = counter + 1
  local body = string.format('{"schoolId":"%s","pupilRef":"wrk%st%dn%d","needs":["language"],"level":2}',
    common.pick(ids), tag, thread_number, counter)
  return wrk.format("POST", "/api/v1/support-cases", headers, body)
end
