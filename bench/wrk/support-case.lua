-- GET /api/v1/support-cases/{id}, ids spread over the seeded cases. Args: a file of case ids.
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")
local ids

setup = common.setup
done = common.done

function init(args)
  ids = common.lines(args[1])
  common.seed()
end

function request()
  return wrk.format("GET", "/api/v1/support-cases/" .. common.pick(ids))
end
